import { type ComparisonTest, ConditionNode } from "../ir/condition-nodes.js";
import { type JsonPathNode, type LiteralNode, ValueNode } from "../ir/value-nodes.js";
import { type PathRef, refNode } from "../path/refs.js";
import { BuilderError } from "./builder-error.js";
import { checkTimestamp } from "./checks.js";

/*
 * JSONPath Choice rules, typed by the leaf they compare: `numericGreaterThan($.total, 100)` needs a number
 * field, `stringEquals` a string field and a string value, `timestamp…` a string field and an RFC 3339 time.
 * A mismatch reads e.g. "Argument of type 'JsonPath<string>' is not assignable to parameter of type
 * 'NumberField'". https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
 */

const CONDITION: unique symbol = Symbol("statesmith.condition");

/** A Choice rule condition (JSONPath). */
export interface Condition {
  readonly [CONDITION]: ConditionNode;
}

// Optional and nullable fields are accepted: a rule guarded by isPresent / isNull (inside and(…)) reads them,
// and the types cannot see the guard. Unguarded, a field that is absent fails the execution with
// States.Runtime, as AWS does (state-choice.html); a null simply does not match.
export type StringField = PathRef<string | null | undefined>;
export type NumberField = PathRef<number | null | undefined>;
export type BooleanField = PathRef<boolean | null | undefined>;
/** Timestamps travel as strings. */
export type TimestampField = PathRef<string | null | undefined>;

/** The path a reference holds, or the error written for this argument. */
function pathOf(value: unknown, operator: string, problem: string, hint: string): JsonPathNode {
  const ref = refNode(value);
  if (ref?.kind !== "json-path") throw new BuilderError(operator, problem, hint);
  return ref;
}

function node(path: unknown, operator: string): JsonPathNode {
  return pathOf(
    path,
    operator,
    "compares a field, so its first argument must be a path",
    "Pass $.field or vars.name.",
  );
}

/** The compared value: a literal, or (for the …Path operators) a path; any other object is refused. */
function against(value: unknown, operator: string): JsonPathNode | LiteralNode {
  if ((typeof value !== "object" || value === null) && typeof value !== "function")
    return ValueNode.literal(value as string | number | boolean | null);
  return pathOf(
    value,
    operator,
    "compares against a string, number or boolean, or a path; got an object",
    "Pass a literal such as 100, or $.field / vars.name.",
  );
}

function compare(test: ComparisonTest, operator: string) {
  return (path: unknown, value: unknown): Condition =>
    wrap(ConditionNode.comparison(test, node(path, operator), against(value, operator)));
}

function timestamp(test: ComparisonTest, operator: string) {
  const make = compare(test, operator);
  return (path: TimestampField, value: string | Date): Condition =>
    make(path, value instanceof Date ? value.toISOString() : checkTimestamp("Choice", operator, value));
}

function typeTest(test: ComparisonTest, operator: string) {
  const make = compare(test, operator);
  return (path: PathRef<unknown>, expected = true): Condition => make(path, expected);
}

/** A condition's run-time value: its node in a private field, so it cannot change and needs no freezing. */
class ConditionValue implements Condition {
  readonly #node: ConditionNode;

  constructor(node: ConditionNode) {
    this.#node = node;
  }

  get [CONDITION](): ConditionNode {
    return this.#node;
  }
}

function wrap(condition: ConditionNode): Condition {
  return new ConditionValue(condition);
}

/** The node of a condition; `where` (made only when it is not one) says where it was written. */
export function conditionNode(condition: unknown, where: string | (() => string)): ConditionNode {
  const found = (condition as Partial<Condition> | undefined)?.[CONDITION];
  if (found === undefined) {
    throw new BuilderError(
      typeof where === "string" ? where : where(),
      "expects a condition",
      "Return e.g. numericGreaterThan($.total, 100).",
    );
  }
  return found;
}

export const stringEquals: (path: StringField, value: string) => Condition = compare(
  "string-equals",
  "StringEquals",
);
export const stringEqualsPath: (path: StringField, other: StringField) => Condition = compare(
  "string-equals",
  "StringEqualsPath",
);
export const stringLessThan: (path: StringField, value: string) => Condition = compare(
  "string-less-than",
  "StringLessThan",
);
export const stringLessThanPath: (path: StringField, other: StringField) => Condition = compare(
  "string-less-than",
  "StringLessThanPath",
);
export const stringGreaterThan: (path: StringField, value: string) => Condition = compare(
  "string-greater-than",
  "StringGreaterThan",
);
export const stringGreaterThanPath: (path: StringField, other: StringField) => Condition = compare(
  "string-greater-than",
  "StringGreaterThanPath",
);
export const stringLessThanEquals: (path: StringField, value: string) => Condition = compare(
  "string-less-than-equals",
  "StringLessThanEquals",
);
export const stringLessThanEqualsPath: (path: StringField, other: StringField) => Condition = compare(
  "string-less-than-equals",
  "StringLessThanEqualsPath",
);
export const stringGreaterThanEquals: (path: StringField, value: string) => Condition = compare(
  "string-greater-than-equals",
  "StringGreaterThanEquals",
);
export const stringGreaterThanEqualsPath: (path: StringField, other: StringField) => Condition = compare(
  "string-greater-than-equals",
  "StringGreaterThanEqualsPath",
);
/** `*` matches any run of characters; escape a literal star as `\\*`. */
export const stringMatches: (path: StringField, pattern: string) => Condition = compare(
  "string-matches",
  "StringMatches",
);

export const numericEquals: (path: NumberField, value: number) => Condition = compare(
  "numeric-equals",
  "NumericEquals",
);
export const numericEqualsPath: (path: NumberField, other: NumberField) => Condition = compare(
  "numeric-equals",
  "NumericEqualsPath",
);
export const numericLessThan: (path: NumberField, value: number) => Condition = compare(
  "numeric-less-than",
  "NumericLessThan",
);
export const numericLessThanPath: (path: NumberField, other: NumberField) => Condition = compare(
  "numeric-less-than",
  "NumericLessThanPath",
);
export const numericGreaterThan: (path: NumberField, value: number) => Condition = compare(
  "numeric-greater-than",
  "NumericGreaterThan",
);
export const numericGreaterThanPath: (path: NumberField, other: NumberField) => Condition = compare(
  "numeric-greater-than",
  "NumericGreaterThanPath",
);
export const numericLessThanEquals: (path: NumberField, value: number) => Condition = compare(
  "numeric-less-than-equals",
  "NumericLessThanEquals",
);
export const numericLessThanEqualsPath: (path: NumberField, other: NumberField) => Condition = compare(
  "numeric-less-than-equals",
  "NumericLessThanEqualsPath",
);
export const numericGreaterThanEquals: (path: NumberField, value: number) => Condition = compare(
  "numeric-greater-than-equals",
  "NumericGreaterThanEquals",
);
export const numericGreaterThanEqualsPath: (path: NumberField, other: NumberField) => Condition = compare(
  "numeric-greater-than-equals",
  "NumericGreaterThanEqualsPath",
);

export const booleanEquals: (path: BooleanField, value: boolean) => Condition = compare(
  "boolean-equals",
  "BooleanEquals",
);
export const booleanEqualsPath: (path: BooleanField, other: BooleanField) => Condition = compare(
  "boolean-equals",
  "BooleanEqualsPath",
);

export const timestampEquals = timestamp("timestamp-equals", "TimestampEquals");
export const timestampEqualsPath: (path: TimestampField, other: TimestampField) => Condition = compare(
  "timestamp-equals",
  "TimestampEqualsPath",
);
export const timestampLessThan = timestamp("timestamp-less-than", "TimestampLessThan");
export const timestampLessThanPath: (path: TimestampField, other: TimestampField) => Condition = compare(
  "timestamp-less-than",
  "TimestampLessThanPath",
);
export const timestampGreaterThan = timestamp("timestamp-greater-than", "TimestampGreaterThan");
export const timestampGreaterThanPath: (path: TimestampField, other: TimestampField) => Condition = compare(
  "timestamp-greater-than",
  "TimestampGreaterThanPath",
);
export const timestampLessThanEquals = timestamp("timestamp-less-than-equals", "TimestampLessThanEquals");
export const timestampLessThanEqualsPath: (path: TimestampField, other: TimestampField) => Condition =
  compare("timestamp-less-than-equals", "TimestampLessThanEqualsPath");
export const timestampGreaterThanEquals = timestamp(
  "timestamp-greater-than-equals",
  "TimestampGreaterThanEquals",
);
export const timestampGreaterThanEqualsPath: (path: TimestampField, other: TimestampField) => Condition =
  compare("timestamp-greater-than-equals", "TimestampGreaterThanEqualsPath");

export const isPresent = typeTest("is-present", "IsPresent");
export const isNull = typeTest("is-null", "IsNull");
export const isNumeric = typeTest("is-numeric", "IsNumeric");
export const isString = typeTest("is-string", "IsString");
export const isBoolean = typeTest("is-boolean", "IsBoolean");
export const isTimestamp = typeTest("is-timestamp", "IsTimestamp");

export function and(...conditions: readonly [Condition, Condition, ...Condition[]]): Condition {
  return wrap(ConditionNode.and(conditions.map((item) => conditionNode(item, "And"))));
}

export function or(...conditions: readonly [Condition, Condition, ...Condition[]]): Condition {
  return wrap(ConditionNode.or(conditions.map((item) => conditionNode(item, "Or"))));
}

export function not(condition: Condition): Condition {
  return wrap(ConditionNode.not(conditionNode(condition, "Not")));
}
