import type { ConditionNode } from "./condition-nodes.js";
import type { StateNode } from "./state-nodes.js";
import type { ObjectTemplateNode, TemplateNode } from "./value-nodes.js";

export interface ChoiceRuleNode {
  readonly kind: "choice-rule";
  readonly condition: ConditionNode;
  readonly next: StateNode;
  readonly assign?: ObjectTemplateNode;
  /** JSONata rules may shape the output passed to the next state. */
  readonly output?: TemplateNode;
  readonly comment?: string;
}

export const ChoiceRuleNode = Object.freeze({
  // Its parts are nodes, frozen when made.
  create: (fields: Omit<ChoiceRuleNode, "kind">): ChoiceRuleNode =>
    Object.freeze({ kind: "choice-rule", ...fields }),
  /** A rule with a condition and a target only (no Assign, Output or Comment). */
  plain: (condition: ConditionNode, next: StateNode): ChoiceRuleNode =>
    Object.freeze({ kind: "choice-rule", condition, next }),
});
