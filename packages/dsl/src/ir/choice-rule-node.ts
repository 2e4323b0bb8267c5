import type { ConditionNode } from "./condition-nodes.js";
import { freezeDeep } from "./freeze.js";
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
  create: (fields: Omit<ChoiceRuleNode, "kind">): ChoiceRuleNode =>
    freezeDeep({ kind: "choice-rule", ...fields }),
});
