import type { JsonObject, JsonValue } from "../../asl/types.js";
import { jsonataExpression, jsonataTemplate } from "../expressions/jsonata-values.js";
import { jsonPath } from "../expressions/path-values.js";
import { fieldOf, isJsonObject, quote } from "../json/json-value.js";
import { assign } from "./assign.js";
import { checkFields } from "./check-fields.js";
import { type FieldTable, field, jsonataOnly, jsonPathOnly, type ObjectShape } from "./field-spec.js";
import { boolean, isTimestamp, number, string } from "./values.js";
import { type Site, siteAt, type ValueCheck, type WalkContext, whereOf } from "./walk-context.js";

/**
 * Choice rules. JSONata: `Condition` and `Next`. JSONPath: a data test (`Variable` and exactly one comparison
 * operator) or a boolean (`And`/`Or` with rules, `Not` with one); only top-level rules have Next and Assign.
 * "The values of Variable and Path fields in a comparison must be valid Reference Paths."
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
 */
const timestampLiteral: ValueCheck = (value, site, walk) => {
  if (typeof value === "string" && isTimestamp(value)) return;
  // Choice literals are not documented as validated at creation; a bad one only never matches.
  walk.report.atRunTime(
    whereOf(site),
    "choice",
    `${quote(value)} is not an RFC 3339 timestamp, so this comparison can never be true.`,
    'Write it like "2016-08-18T17:33:00Z".',
  );
};

const COMPARISONS: Readonly<Record<string, ValueCheck>> = {
  ...Object.fromEntries(
    ["Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"].flatMap((suffix) => [
      [`String${suffix}`, string()],
      [`Numeric${suffix}`, number({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE })],
      [`Timestamp${suffix}`, timestampLiteral],
      [`String${suffix}Path`, jsonPath("reference")],
      [`Numeric${suffix}Path`, jsonPath("reference")],
      [`Timestamp${suffix}Path`, jsonPath("reference")],
    ]),
  ),
  StringMatches: string(),
  BooleanEquals: boolean,
  BooleanEqualsPath: jsonPath("reference"),
  IsNull: boolean,
  IsPresent: boolean,
  IsNumeric: boolean,
  IsString: boolean,
  IsBoolean: boolean,
  IsTimestamp: boolean,
};
const BOOLEAN_OPERATORS = ["And", "Or", "Not"];

const nestedOnly =
  (name: string): ValueCheck =>
  (_value, site, walk) =>
    walk.report.refused(
      whereOf(site),
      "choice",
      `A rule inside And, Or or Not cannot have ${name}; only top-level Choice rules do.`,
      `Move ${name} to the top-level rule that contains this one.`,
    );

const nestedRules: ValueCheck = (value, site, walk) => {
  if (!Array.isArray(value) || value.length === 0) {
    walk.report.refused(
      whereOf(site),
      "choice",
      `${site.field.split(".").pop()} must be a non-empty array of rules.`,
      "List one or more rules, each a Variable with a comparison.",
    );
    return;
  }
  value.forEach((rule, index) => {
    jsonPathRule(rule, siteAt(site, index), walk, false);
  });
};

/** The JSONPath rule vocabulary; every entry is JSONPath-only, so a JSONata rule using one is told so. */
const RULE_FIELDS: FieldTable = {
  Variable: jsonPathOnly(jsonPath("reference")),
  And: jsonPathOnly(nestedRules),
  Or: jsonPathOnly(nestedRules),
  Not: jsonPathOnly((value, site, walk) => jsonPathRule(value, site, walk, false)),
  ...Object.fromEntries(Object.entries(COMPARISONS).map(([name, check]) => [name, jsonPathOnly(check)])),
};
const JSONATA_FIELDS: FieldTable = {
  Condition: jsonataOnly(jsonataExpression),
  Output: jsonataOnly(jsonataTemplate),
};
const TOP_RULE: ObjectShape = {
  what: "a Choice rule",
  fields: {
    ...RULE_FIELDS,
    ...JSONATA_FIELDS,
    Comment: field(string()),
    Next: field(string({ nonEmpty: true })),
    Assign: field(assign),
  },
};
const NESTED_RULE: ObjectShape = {
  what: "a nested Choice rule",
  fields: {
    ...RULE_FIELDS,
    Comment: field(string()),
    Next: field(nestedOnly("Next")),
    Assign: field(nestedOnly("Assign")),
  },
};
const JSONATA_RULE: ObjectShape = { ...TOP_RULE, what: "a Choice rule", required: ["Condition", "Next"] };

function jsonPathRule(value: JsonValue, site: Site, walk: WalkContext, top: boolean): void {
  if (!checkFields(value, top ? TOP_RULE : NESTED_RULE, site, walk) || !isJsonObject(value)) return;
  if (top && fieldOf(value, "Next") === undefined) {
    walk.report.refused(
      whereOf(siteAt(site, "Next")),
      "choice",
      "A top-level Choice rule must have Next: the state to go to when the rule matches.",
      "Add Next with the name of a state.",
    );
  }
  checkOperators(value, site, walk);
}

function checkOperators(rule: JsonObject, site: Site, walk: WalkContext): void {
  const keys = Object.keys(rule);
  const comparisons = keys.filter((key) => Object.hasOwn(COMPARISONS, key));
  const booleans = keys.filter((key) => BOOLEAN_OPERATORS.includes(key));
  const operators = [...booleans, ...comparisons];
  const hasVariable = fieldOf(rule, "Variable") !== undefined;
  if (operators.length === 0) {
    walk.report.refused(
      whereOf(site),
      "choice",
      hasVariable
        ? "This Choice rule has a Variable but no comparison operator."
        : "This Choice rule tests nothing.",
      hasVariable
        ? 'Add one comparison such as "StringEquals", "NumericGreaterThan" or "IsPresent".'
        : "Give it a Variable and one comparison, or And/Or/Not.",
    );
  } else if (operators.length > 1) {
    walk.report.refused(
      whereOf(site),
      "choice",
      `A Choice rule holds exactly one operator, but this one has ${operators.join(", ")}.`,
      "Split the tests into separate rules, or combine them with And/Or.",
    );
  } else if (comparisons.length === 1 && !hasVariable) {
    walk.report.refused(
      whereOf(siteAt(site, "Variable")),
      "choice",
      `${comparisons[0]} compares a Variable, but this rule has none.`,
      'Add "Variable": "$.field" naming the value to compare.',
    );
  } else if (booleans.length === 1 && hasVariable) {
    walk.report.refused(
      whereOf(siteAt(site, "Variable")),
      "choice",
      `An ${booleans[0]} rule takes no Variable; the rules inside it do.`,
      "Move Variable into the rules inside.",
    );
  }
}

/** The Choices field of a Choice state. */
export const choices: ValueCheck = (value, site, walk) => {
  if (!Array.isArray(value) || value.length === 0) {
    walk.report.refused(
      whereOf(site),
      "choice",
      Array.isArray(value)
        ? "A Choice state needs at least one rule in Choices."
        : "Choices must be an array of rules.",
      "Add a rule with a test and a Next, and a Default for when none matches.",
    );
    if (!Array.isArray(value)) return;
  }
  value.forEach((rule, index) => {
    const at = siteAt(site, index);
    if (site.language === "JSONata") checkFields(rule, JSONATA_RULE, at, walk);
    else jsonPathRule(rule, at, walk, true);
  });
};
