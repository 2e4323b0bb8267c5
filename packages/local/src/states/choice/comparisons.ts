import type { JsonValue } from "../../util/json.js";

/**
 * An RFC 3339 timestamp, as Choice rules and Wait states read them: "an uppercase T character MUST be used to
 * separate date and time, and an uppercase Z character MUST be present in the absence of a numeric time zone
 * offset". https://states-language.net/spec.html#timestamps
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const parseTimestamp = (value: JsonValue): number | undefined => {
  if (typeof value !== "string" || !TIMESTAMP.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
};

type Order = (left: number, right: number) => boolean;

const ORDERS = {
  Equals: (left, right) => left === right,
  LessThan: (left, right) => left < right,
  GreaterThan: (left, right) => left > right,
  LessThanEquals: (left, right) => left <= right,
  GreaterThanEquals: (left, right) => left >= right,
} satisfies Record<string, Order>;

export type OrderName = keyof typeof ORDERS;

const compareStrings = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** A comparison: false when either side is not of the operator's type (that is not an error in AWS). */
export type Comparison = (variable: JsonValue, operand: JsonValue) => boolean;

const orderComparisons = (prefix: "String" | "Numeric" | "Timestamp", order: Order): Comparison => {
  switch (prefix) {
    case "String":
      return (variable, operand) =>
        typeof variable === "string" &&
        typeof operand === "string" &&
        order(compareStrings(variable, operand), 0);
    case "Numeric":
      return (variable, operand) =>
        typeof variable === "number" && typeof operand === "number" && order(variable, operand);
    case "Timestamp":
      return (variable, operand) => {
        const left = parseTimestamp(variable);
        const right = parseTimestamp(operand);
        return left !== undefined && right !== undefined && order(left, right);
      };
  }
};

/** `*` matches any run of characters; `\*` is a literal star and `\\` a literal backslash. */
export function matchesPattern(value: string, pattern: string): boolean {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === "\\" && index + 1 < pattern.length) source += escapeRegex(pattern[++index]!);
    else if (char === "*") source += "[\\s\\S]*";
    else source += escapeRegex(char);
  }
  return new RegExp(`^${source}$`).test(value);
}

const escapeRegex = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Every JSONPath comparison operator of a Choice rule (each also exists with a `Path` suffix, comparing with
 * another value of the input).
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html#amazon-states-language-choice-state-rules
 */
export const COMPARISONS: Readonly<Record<string, Comparison>> = Object.freeze({
  ...Object.fromEntries(
    (["String", "Numeric", "Timestamp"] as const).flatMap((prefix) =>
      (Object.keys(ORDERS) as OrderName[]).map((name) => [
        `${prefix}${name}`,
        orderComparisons(prefix, ORDERS[name]),
      ]),
    ),
  ),
  BooleanEquals: (variable, operand) => typeof variable === "boolean" && variable === operand,
  StringMatches: (variable, operand) =>
    typeof variable === "string" && typeof operand === "string" && matchesPattern(variable, operand),
});

/** The type tests; each takes `true` or `false`. IsPresent is handled before the variable is read. */
export const TYPE_TESTS: Readonly<Record<string, (value: JsonValue) => boolean>> = Object.freeze({
  IsNull: (value) => value === null,
  IsBoolean: (value) => typeof value === "boolean",
  IsNumeric: (value) => typeof value === "number",
  IsString: (value) => typeof value === "string",
  IsTimestamp: (value) => parseTimestamp(value) !== undefined,
});
