import type { JsonObject, QueryLanguage, StateType } from "../../asl/types.js";

/**
 * The definition as the checks see it: every state machine (the top level, each Parallel branch, each Map
 * processor) with its states, their effective query language and their transitions. Built once, in one pass,
 * from the JSON copy; the checks read it and never re-walk the raw JSON to find states.
 */
export type MachineKind = "top" | "branch" | "processor";

export interface Transition {
  readonly target: string;
  /** The field that names the target: `Next`, `Default`, `Choices[1].Next`, `Catch[0].Next`. */
  readonly field: string;
  /** Variables assigned when this transition is taken (the Assign that applies on it). */
  readonly assigns: readonly string[];
}

export interface MachineNode {
  readonly kind: MachineKind;
  readonly raw: JsonObject;
  /** The Parallel or Map state that runs it; null at the top. */
  readonly owner: StateNode | null;
  /** Where it sits in its owner: `Branches[0]`, `ItemProcessor`, `Iterator`; "" at the top. */
  readonly ownerField: string;
  readonly states: readonly StateNode[];
  readonly byName: ReadonlyMap<string, StateNode>;
  /** A Distributed Map's processor runs as child executions, which cannot read outer variables. */
  readonly distributed: boolean;
}

export interface StateNode {
  /** Position in DefinitionModel.states, for per-state arrays. */
  readonly id: number;
  readonly name: string;
  /** The state's fields; empty when the state is not an object (a diagnostic says so). */
  readonly raw: JsonObject;
  readonly isObject: boolean;
  readonly type: StateType | undefined;
  readonly language: QueryLanguage;
  readonly machine: MachineNode;
  readonly children: readonly MachineNode[];
  readonly transitions: readonly Transition[];
  /** Every variable the state may assign: its Assign, its Choice rules' and its Catchers'. */
  readonly assigns: readonly string[];
  /** End: true, Succeed or Fail: an execution may stop here. */
  readonly terminal: boolean;
}

export interface DefinitionModel {
  /** The top-level object, or null when the definition is not an object. */
  readonly raw: JsonObject | null;
  readonly language: QueryLanguage;
  readonly top: MachineNode | null;
  readonly machines: readonly MachineNode[];
  readonly states: readonly StateNode[];
}
