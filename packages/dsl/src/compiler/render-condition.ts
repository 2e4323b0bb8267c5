import type { AslChoiceRule, JsonValue } from "../asl/types.js";
import type { ComparisonTest, ConditionNode } from "../ir/condition-nodes.js";
import { mapItems } from "../ir/freeze.js";
import type { RenderContext } from "./render-context.js";
import { BEFORE_RESULT, jsonataString } from "./render-jsonata.js";
import { jsonPathText } from "./render-path.js";

/** ASL operator names; the `…Path` variant compares against another path. */
const OPERATOR: Readonly<Record<ComparisonTest, string>> = Object.freeze({
  "string-equals": "StringEquals",
  "string-less-than": "StringLessThan",
  "string-greater-than": "StringGreaterThan",
  "string-less-than-equals": "StringLessThanEquals",
  "string-greater-than-equals": "StringGreaterThanEquals",
  "string-matches": "StringMatches",
  "numeric-equals": "NumericEquals",
  "numeric-less-than": "NumericLessThan",
  "numeric-greater-than": "NumericGreaterThan",
  "numeric-less-than-equals": "NumericLessThanEquals",
  "numeric-greater-than-equals": "NumericGreaterThanEquals",
  "boolean-equals": "BooleanEquals",
  "timestamp-equals": "TimestampEquals",
  "timestamp-less-than": "TimestampLessThan",
  "timestamp-greater-than": "TimestampGreaterThan",
  "timestamp-less-than-equals": "TimestampLessThanEquals",
  "timestamp-greater-than-equals": "TimestampGreaterThanEquals",
  "is-null": "IsNull",
  "is-present": "IsPresent",
  "is-numeric": "IsNumeric",
  "is-string": "IsString",
  "is-boolean": "IsBoolean",
  "is-timestamp": "IsTimestamp",
});

type Render<K extends ConditionNode["kind"]> = (
  node: Extract<ConditionNode, { kind: K }>,
  context: RenderContext,
  field: string,
) => AslChoiceRule;

const RENDER: { readonly [K in ConditionNode["kind"]]: Render<K> } = {
  comparison: (comparison, context, field) => {
    const variable = jsonPathText(comparison.variable, context, `${field}.Variable`, "input", true);
    const operator = OPERATOR[comparison.test];
    const against = comparison.against;
    // Assigned, not a computed key in a literal: V8 keeps that on a slow path.
    const rule: AslChoiceRule = { Variable: variable };
    if (against.kind === "json-path") {
      const name = `${operator}Path`;
      rule[name] = jsonPathText(against, context, `${field}.${name}`, "input", true);
    } else rule[operator] = against.value as JsonValue;
    return rule;
  },
  and: (and, context, field) => ({
    And: mapItems(and.conditions, (item, index) => renderCondition(item, context, `${field}.And[${index}]`)),
  }),
  or: (or, context, field) => ({
    Or: mapItems(or.conditions, (item, index) => renderCondition(item, context, `${field}.Or[${index}]`)),
  }),
  not: (not, context, field) => ({ Not: renderCondition(not.condition, context, `${field}.Not`) }),
  "jsonata-condition": (condition, context, field) => ({
    Condition:
      condition.expression.kind === "literal"
        ? (condition.expression.value as boolean)
        : jsonataString(condition.expression, context, `${field}.Condition`, BEFORE_RESULT),
  }),
};

/** The fields of a Choice rule's condition (without Next, Assign, Comment). */
export function renderCondition(node: ConditionNode, context: RenderContext, field: string): AslChoiceRule {
  return (RENDER[node.kind] as Render<ConditionNode["kind"]>)(node as never, context, field);
}
