import type { QueryLanguage } from "../asl/types.js";
import type { Empty } from "../typing/empty.js";
import { checkStateName } from "./checks.js";
import { type ChoiceOf, type ChoiceSpec, ChoiceValue } from "./choice.js";
import { type FailOptions, type FailSpec, type FailState, FailValue } from "./fail.js";
import {
  createFlow,
  type Flow,
  type FlowData,
  type FlowDone,
  type FlowLike,
  type FlowVars,
  fragmentOf,
} from "./flow.js";
import { MapValue } from "./map.js";
import type { MapOf, MapSpec } from "./map-types.js";
import { type ParallelOf, type ParallelSpec, ParallelValue } from "./parallel.js";
import { type PassOf, type PassSpec, PassValue } from "./pass.js";
import { type Scope, scopeOf } from "./scope.js";
import { type Attachable, FRAGMENT, type ReplaceRule, type Spec } from "./spec.js";
import { type SucceedOf, type SucceedSpec, SucceedValue } from "./succeed.js";
import { type TaskConstructor, TaskValue } from "./task.js";
import { type WaitFor, type WaitOf, type WaitSpec, WaitValue } from "./wait.js";

/**
 * State constructors for a given input `In`, variables `V`, query language `L` and declared errors `E`.
 * A flow hands them to `next(s => …)` typed at that point; `states<In>()` makes them for reusable values.
 */
export interface States<In, V, L extends QueryLanguage, E extends string> {
  /** A Task: `s.task("Charge", $ => lambda.invoke<typeof charge>({ … }))`. */
  task: TaskConstructor<In, V, L, E>;
  pass(name: string): PassOf<L, PassSpec<In, V>>;
  wait(name: string, waitFor: WaitFor<L, In, V>): WaitOf<L, WaitSpec<In, V>>;
  choice(name: string): ChoiceOf<L, ChoiceSpec<In, V>, E>;
  parallel(name: string): ParallelOf<L, ParallelSpec<In, V>, E>;
  map(name: string): MapOf<L, MapSpec<In, V>, E>;
  succeed(name: string): SucceedOf<L, SucceedSpec<In, V>>;
  fail(name: string, options?: FailOptions<L, In, V, E>): FailState<FailSpec<In, V>>;
  /** A reusable multi-state fragment whose input is `In`. */
  fragment<F extends FlowLike<unknown, unknown> = never>(
    build: (flow: Flow<In, V, L, E>) => F,
  ): Fragment<In, V, FlowData<F>, FlowVars<F>, FlowDone<F>>;
}

/** A pre-built sub-flow: attaching it needs the data to fit `In`; its output is fixed. */
export interface Fragment<In, V, Out, VOut, Done = never>
  extends Attachable<FragmentSpec<In, V, Out, VOut, Done>> {}

export type FragmentSpec<In, V, Out, VOut, Done = never> = Spec<
  In,
  V,
  ReplaceRule<Out>,
  VOut,
  never,
  [Out] extends [never] ? false : true,
  Done
>;

export function createStates<In, V, L extends QueryLanguage, E extends string>(
  scope: Scope,
): States<In, V, L, E> {
  const named = (name: string) => checkStateName(name);
  const states = {
    task: (name: string, integration: unknown) => TaskValue.create(scope, named(name), integration),
    pass: (name: string) => PassValue.create(scope, named(name)),
    wait: (name: string, waitFor: unknown) => WaitValue.create(scope, named(name), waitFor),
    choice: (name: string) => ChoiceValue.create(scope, named(name)),
    parallel: (name: string) => ParallelValue.create(scope, named(name)),
    map: (name: string) => MapValue.create(scope, named(name)),
    succeed: (name: string) => SucceedValue.create(scope, named(name)),
    fail: (name: string, options?: { error?: unknown; cause?: unknown }) =>
      FailValue.create(scope, named(name), options),
    fragment: (build: (flow: unknown) => unknown) =>
      Object.freeze({ [FRAGMENT]: fragmentOf(build(createFlow(scope)), "fragment()") }),
  };
  return Object.freeze(states) as unknown as States<In, V, L, E>;
}

/**
 * Constructors for reusable state values that read `In` (and variables `V`): the `$` of their callbacks is
 * typed by `In`, and a flow attaches them only where its data fits `In`.
 * `const charge = states<Order>().task("Charge", $ => lambda.invoke<typeof handler>({ … }))`.
 */
export function states<In = unknown, V extends object = Empty, E extends string = never>(
  options: { readonly queryLanguage?: "JSONPath" } = {},
): States<In, V, "JSONPath", E> {
  return createStates(scopeOf(options.queryLanguage ?? "JSONPath"));
}

/** The JSONata flavour of `states()`. */
export function jsonataStates<In = unknown, V extends object = Empty, E extends string = never>(): States<
  In,
  V,
  "JSONata",
  E
> {
  return createStates(scopeOf("JSONata"));
}
