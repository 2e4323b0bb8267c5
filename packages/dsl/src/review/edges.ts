import type { AslChoiceState, AslState, StateType } from "../asl/types.js";
import { choiceRuleText } from "./choice-rule-text.js";

export type EdgeKind = "next" | "choice" | "default" | "catch";

export interface Edge {
  readonly kind: EdgeKind;
  readonly target: string;
  /** Empty for a plain Next; the rule for a Choice branch; the error names for a Catch. */
  readonly label: string;
}

/** Succeed and Fail end their branch by type; every other state ends only with `End: true`. */
const ENDS_BY_TYPE: Readonly<Record<StateType, boolean>> = Object.freeze({
  Task: false,
  Pass: false,
  Choice: false,
  Wait: false,
  Succeed: true,
  Fail: true,
  Parallel: false,
  Map: false,
});

export function isTerminal(state: AslState): boolean {
  return state.End === true || ENDS_BY_TYPE[state.Type] === true;
}

/** Every transition out of a state, read from its fields (Next, Choices, Default, Catch) in that order. */
export function stateEdges(state: AslState): readonly Edge[] {
  const fields = state as Partial<AslChoiceState>;
  const edges: Edge[] = [];
  if (typeof state.Next === "string") edges.push({ kind: "next", target: state.Next, label: "" });
  for (const rule of Array.isArray(fields.Choices) ? fields.Choices : []) {
    if (typeof rule.Next === "string")
      edges.push({ kind: "choice", target: rule.Next, label: choiceRuleText(rule) });
  }
  if (typeof fields.Default === "string")
    edges.push({ kind: "default", target: fields.Default, label: "Default" });
  for (const catcher of Array.isArray(state.Catch) ? state.Catch : []) {
    if (typeof catcher.Next === "string") {
      edges.push({ kind: "catch", target: catcher.Next, label: `catch ${errorList(catcher.ErrorEquals)}` });
    }
  }
  return edges;
}

export function errorList(errors: readonly string[] | undefined): string {
  return Array.isArray(errors) ? errors.map(String).join(", ") : "";
}
