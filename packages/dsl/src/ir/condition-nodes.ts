import { freezeDeep } from "./freeze.js";
import type { JsonataNode, JsonPathNode, LiteralNode } from "./value-nodes.js";

/** Comparison tests by the type they compare; the compiler maps them to ASL operator names. */
export type ComparisonTest =
  | "string-equals"
  | "string-less-than"
  | "string-greater-than"
  | "string-less-than-equals"
  | "string-greater-than-equals"
  | "string-matches"
  | "numeric-equals"
  | "numeric-less-than"
  | "numeric-greater-than"
  | "numeric-less-than-equals"
  | "numeric-greater-than-equals"
  | "boolean-equals"
  | "timestamp-equals"
  | "timestamp-less-than"
  | "timestamp-greater-than"
  | "timestamp-less-than-equals"
  | "timestamp-greater-than-equals"
  | "is-null"
  | "is-present"
  | "is-numeric"
  | "is-string"
  | "is-boolean"
  | "is-timestamp";

export interface ComparisonNode {
  readonly kind: "comparison";
  readonly test: ComparisonTest;
  readonly variable: JsonPathNode;
  /** A literal, or another path (the `…Path` operators). */
  readonly against: LiteralNode | JsonPathNode;
}

export interface AndNode {
  readonly kind: "and";
  readonly conditions: readonly ConditionNode[];
}

export interface OrNode {
  readonly kind: "or";
  readonly conditions: readonly ConditionNode[];
}

export interface NotNode {
  readonly kind: "not";
  readonly condition: ConditionNode;
}

/** JSONata `Condition`: an expression (or a constant) that evaluates to a boolean. */
export interface JsonataConditionNode {
  readonly kind: "jsonata-condition";
  readonly expression: JsonataNode | LiteralNode;
}

export type ConditionNode = ComparisonNode | AndNode | OrNode | NotNode | JsonataConditionNode;
export type ConditionKind = ConditionNode["kind"];

// Parts are nodes, frozen when made: only new arrays need freezing.
export const ConditionNode = Object.freeze({
  comparison: (
    test: ComparisonTest,
    variable: JsonPathNode,
    against: LiteralNode | JsonPathNode,
  ): ComparisonNode => Object.freeze({ kind: "comparison", test, variable, against }),
  and: (conditions: readonly ConditionNode[]): AndNode =>
    Object.freeze({ kind: "and", conditions: Object.freeze(conditions) }),
  or: (conditions: readonly ConditionNode[]): OrNode =>
    Object.freeze({ kind: "or", conditions: Object.freeze(conditions) }),
  not: (condition: ConditionNode): NotNode => Object.freeze({ kind: "not", condition }),
  jsonata: (expression: JsonataNode | LiteralNode): JsonataConditionNode =>
    freezeDeep({ kind: "jsonata-condition", expression }),
});
