import type { QueryLanguage } from "../asl/types.js";
import type { FragmentNode } from "../ir/fragment-node.js";
import { BuilderError } from "./builder-error.js";
import {
  createFlow,
  type Flow,
  type FlowData,
  type FlowDone,
  type FlowLike,
  type FlowVars,
  fragmentOf,
} from "./flow.js";
import type { Scope } from "./scope.js";
import {
  type Accepts,
  type AnyState,
  type DoneOf,
  FRAGMENT,
  type OutputOf,
  type StateSpec,
  type VarsAfter,
} from "./spec.js";

/**
 * Where a Choice rule, a Default or a Catch goes: a state value `S` (defined here or elsewhere) or a branch
 * built by a callback that receives a flow typed at that point and returns `F`.
 */
export type Target<C, V, L extends QueryLanguage, E extends string, F, S extends StateSpec> =
  | TargetState<C, V, S>
  | BranchBuilder<C, V, L, E, F>;

/** A target given as a state value: it must accept the data passed to it. */
export type TargetState<C, V, S extends StateSpec> = AnyState<S> & Accepts<C, V>;

/** A target built by a callback: it receives a flow typed by the data passed to it. */
export type BranchBuilder<C, V, L extends QueryLanguage, E extends string, F> = (flow: Flow<C, V, L, E>) => F;

/** The data at the target's open ends (never when it ends every path). */
export type TargetData<F, S extends StateSpec, C> = [F] extends [unknown]
  ? FlowData<F> | OutputOf<S, C>
  : never;

/** What the target's paths that end in a Succeed output. */
export type TargetDone<F, S extends StateSpec, C> = [F] extends [unknown]
  ? FlowDone<F> | DoneOf<S, C>
  : never;

/** The variables at the target's open ends. */
export type TargetVars<F, S extends StateSpec, V> = [F] extends [never]
  ? [S] extends [never]
    ? V
    : VarsAfter<S, V>
  : FlowVars<F>;

/** Builds the target's fragment in the given scope; `where` names the field, made only when needed. */
export function targetFragment(scope: Scope, target: unknown, where: () => string): FragmentNode {
  if (typeof target === "function") return fragmentOf(target(createFlow(scope)), where());
  const fragment = (target as Partial<AnyState> | undefined)?.[FRAGMENT];
  if (fragment === undefined) {
    throw new BuilderError(
      where(),
      "expects a state or a branch callback",
      "Pass a state value or f => f.next(…).",
    );
  }
  return fragment;
}

export type { FlowLike };
