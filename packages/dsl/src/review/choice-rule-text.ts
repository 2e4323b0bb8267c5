import type { AslChoiceRule, JsonValue } from "../asl/types.js";

/** The JSONPath comparison operators of the ASL spec, each shown as a reader would write it. */
const COMPARISONS = {
  StringEquals: "==",
  StringLessThan: "<",
  StringGreaterThan: ">",
  StringLessThanEquals: "<=",
  StringGreaterThanEquals: ">=",
  StringMatches: "matches",
  NumericEquals: "==",
  NumericLessThan: "<",
  NumericGreaterThan: ">",
  NumericLessThanEquals: "<=",
  NumericGreaterThanEquals: ">=",
  BooleanEquals: "==",
  TimestampEquals: "==",
  TimestampLessThan: "<",
  TimestampGreaterThan: ">",
  TimestampLessThanEquals: "<=",
  TimestampGreaterThanEquals: ">=",
} as const;

/** Type tests read "is present" / "is not present" depending on their boolean. */
const TYPE_TESTS = {
  IsNull: "null",
  IsPresent: "present",
  IsNumeric: "numeric",
  IsString: "string",
  IsBoolean: "boolean",
  IsTimestamp: "a timestamp",
} as const;

type Comparison = keyof typeof COMPARISONS;
type TypeTest = keyof typeof TYPE_TESTS;

const isComparison = (key: string): key is Comparison => Object.hasOwn(COMPARISONS, key);
const isTypeTest = (key: string): key is TypeTest => Object.hasOwn(TYPE_TESTS, key);

/** A Choice rule as one line, e.g. `$.total >= 100 and $.vip == true`, or a JSONata Condition without `{% %}`. */
export function choiceRuleText(rule: AslChoiceRule): string {
  if (rule.Condition !== undefined) return conditionText(rule.Condition);
  if (Array.isArray(rule.And)) return rule.And.map(nestedText).join(" and ");
  if (Array.isArray(rule.Or)) return rule.Or.map(nestedText).join(" or ");
  if (rule.Not !== undefined && typeof rule.Not === "object") return `not ${nestedText(rule.Not)}`;
  return comparisonText(rule);
}

function nestedText(rule: AslChoiceRule): string {
  const text = choiceRuleText(rule);
  const compound = Array.isArray(rule.And) || Array.isArray(rule.Or) || rule.Not !== undefined;
  return compound ? `(${text})` : text;
}

function conditionText(condition: string | boolean): string {
  if (typeof condition === "boolean") return String(condition);
  const expression = /^\s*\{%([\s\S]*)%\}\s*$/.exec(condition);
  return (expression?.[1] ?? condition).trim();
}

function comparisonText(rule: AslChoiceRule): string {
  const variable = typeof rule.Variable === "string" ? rule.Variable : "?";
  for (const [key, value] of Object.entries(rule)) {
    // `NumericLessThanPath` compares with another path: its value is shown as the path itself.
    const base = key.endsWith("Path") ? key.slice(0, -"Path".length) : key;
    if (isComparison(base)) {
      const operand = key === base ? JSON.stringify(value) : String(value);
      return `${variable} ${COMPARISONS[base]} ${operand}`;
    }
    if (isTypeTest(key)) return `${variable} is ${value === false ? "not " : ""}${TYPE_TESTS[key]}`;
  }
  return `${variable} ${JSON.stringify(withoutKnownFields(rule))}`;
}

function withoutKnownFields(rule: AslChoiceRule): JsonValue {
  const { Variable: _variable, Next: _next, Comment: _comment, ...rest } = rule;
  return rest as JsonValue;
}
