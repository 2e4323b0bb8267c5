import type { QueryLanguage } from "../asl/types.js";
import { definesState, FragmentNode, fragmentGraph } from "../ir/fragment-node.js";
import { TERMINAL_KINDS } from "../ir/state-nodes.js";
import { BuilderError } from "./builder-error.js";
import { type Scope, scopeOf } from "./scope.js";
import {
  type Accepts,
  type AnyState,
  type Attachable,
  type DoneOf,
  FRAGMENT,
  type OutputOf,
  type SpecOf,
  type StateSpec,
  type VarsAfter,
} from "./spec.js";
import { createStates, type States } from "./states.js";

export const FLOW: unique symbol = Symbol("statesmith.flow");
declare const TYPES: unique symbol;

/**
 * Any flow, open or ended, as branch callbacks return it. `C` is its data at the open ends, `V` its variables,
 * `O` what its paths that ended in a Succeed output.
 */
export interface FlowLike<out C, out V, out O = unknown> {
  readonly [FLOW]: { readonly fragment: FragmentNode | undefined; readonly scope: Scope };
  /*
   * For the type checker only. The types sit inside a required-field object: inferred from an optional
   * field, a `never` (an ended flow's data) would come back as `undefined`.
   */
  readonly [TYPES]?: { readonly data: C; readonly vars: V; readonly done: O };
}

/*
 * Builder interfaces are declared invariant (`in out`): their variance never matters to users, and
 * measuring it costs tsc a structural walk of the whole builder graph (hundreds of milliseconds).
 * A flow is invariant in its data, variables and errors (its `next` hands them to the invariant state
 * constructors) and covariant in the rest (`out L` keeps `"JSONPath"` assignable to `QueryLanguage`).
 * Code that takes any flow takes a `FlowLike`, which is covariant throughout.
 */

/**
 * A flow under construction. `C` is the data at its open ends (the input of the next state), `V` the variables
 * set so far, `L` the query language of the states appended next, `E` the error names declared for Retry/Catch.
 * Every method returns a new flow; nothing is mutated.
 */
export interface Flow<in out C, in out V, out L extends QueryLanguage, in out E extends string, out O = never>
  extends FlowLike<C, V, O> {
  /**
   * Appends a state or fragment: `flow.next(s => s.task("Charge", …).resultPath("$.charge"))`, or a value made
   * elsewhere (`flow.next(charge)`), which must accept the current data.
   */
  // Two signatures, the callback first. Typed as one parameter `((states) => T) | (T & Accepts<C, V>)`, every
  // callback was inferred and checked against both members of the union: 5% of the work of checking a
  // 200-state machine, and more of its time. A value that does not fit fails both signatures, and the second
  // one's message ends in the field the state's input lacks.
  // The default is never what `T` becomes (the argument always infers it). While tsc infers, it stands for
  // `T` in the type the callback is expected to return, and from a `never` there tsc does not walk into the
  // return types of the builder calls in the callback (otherwise it infers from `AnyState` into each of them).
  // Callbacks that return a flow (`branch`, `processor`, `fragment`, `machine`) default theirs for the same reason.
  next<T extends AnyState = never>(
    build: (states: States<C, V, L, E>) => T,
  ): FlowAfter<SpecOf<T>, C, V, L, E, O>;
  next<T extends AnyState = never>(state: T & Accepts<C, V>): FlowAfter<SpecOf<T>, C, V, L, E, O>;
  /**
   * Continues at a state defined elsewhere in this machine or branch (a loop or a join). Nothing follows.
   * A Catch or Choice branch may consist of a goto alone: `f => f.goto(fallback)`.
   */
  goto(state: AnyState & Accepts<C, V>): EndedFlow<V, O>;
  /**
   * Ends every open path here (`End: true`): a Catch or Choice branch that must not rejoin the flow after
   * it, e.g. a handler that notifies and stops. Its data becomes the execution's (or branch's) output.
   */
  end(): EndedFlow<V, O | C>;
  /** Applies a fragment function (a combinator such as a circuit breaker) to this flow. */
  pipe<R>(fragment: (flow: Flow<C, V, L, E, O>) => R): R;
  /** States appended from here on use this query language. */
  queryLanguage<L2 extends QueryLanguage>(language: L2): Flow<C, V, L2, E, O>;
}

/** A flow whose every path has ended (Succeed, Fail, a Choice whose branches end, a `goto`): nothing can follow. */
export interface EndedFlow<out V, out O = never> extends FlowLike<never, V, O> {
  readonly ended: true;
}

/**
 * The flow after a state: ended when no path continues; a Succeed's output joins `O`.
 * Shaped for tsc's return-type inference: a `next(…)` written where a type is expected (a branch callback's
 * `f => f.next(…)`) makes tsc infer from that type into this one, for nothing (every type argument comes from
 * the call's arguments), walking every branch of every conditional type on the way. So the parts are computed
 * in one conditional type (not one `extends infer` each), and the outcome is picked by an index: the walk
 * stops at an indexed access whose index is generic.
 */
export type FlowAfter<S extends StateSpec, C, V, L extends QueryLanguage, E extends string, O> = [
  OutputOf<S, C>,
  VarsAfter<S, V>,
  O | DoneOf<S, C>,
] extends [infer C2, infer V2, infer O2]
  ? [EndedFlow<V2, O2>, Flow<C2, V2, L, E, O2>][[C2] extends [never] ? 0 : 1]
  : never;

// Indexed accesses, not `infer` against FlowLike: inference would walk the flow's members.
/** The data at the flow's open ends (the next state's input). */
export type FlowData<F> = F extends FlowLike<unknown, unknown> ? FlowTypes<F>["data"] : never;
export type FlowVars<F> = F extends FlowLike<unknown, unknown> ? FlowTypes<F>["vars"] : never;
/** What the flow's paths that ended in a Succeed output. */
export type FlowDone<F> = F extends FlowLike<unknown, unknown> ? FlowTypes<F>["done"] : never;
type FlowTypes<F extends FlowLike<unknown, unknown>> = NonNullable<F[typeof TYPES]>;
/** What the flow outputs (a machine, a Parallel branch, a Map iteration): its open ends' data and its Succeeds'. */
export type FlowOutput<F> = FlowData<F> | FlowDone<F>;

export function createFlow(scope: Scope, fragment?: FragmentNode): Flow<never, never, QueryLanguage, never> {
  return new FlowImpl(scope, fragment) as unknown as Flow<never, never, QueryLanguage, never>;
}

/** True for a flow with no state yet (a combinator that must come first checks it). */
export function isEmptyFlow(flow: FlowLike<unknown, unknown>): boolean {
  return flow[FLOW].fragment === undefined;
}

/** The fragment a branch callback built; an empty branch is refused where it is written. */
export function fragmentOf(flow: unknown, where: string): FragmentNode {
  const fragment = (flow as Partial<FlowLike<unknown, unknown>>)?.[FLOW]?.fragment;
  if (fragment === undefined) {
    throw new BuilderError(
      where,
      "the branch has no states",
      'Append at least one state: f => f.next(s => s.succeed("Done")).',
    );
  }
  return fragment;
}

/**
 * The fragment of a scope of its own (the machine, a Parallel branch, a Map processor): it must define its
 * first state, since a jump cannot leave the scope.
 */
export function scopeFragmentOf(flow: unknown, where: string): FragmentNode {
  const fragment = fragmentOf(flow, where);
  if (!definesState(fragment)) {
    throw new BuilderError(
      where,
      `cannot start with goto("${fragment.entry.name}"): a jump cannot leave its scope`,
      "Start with next(…); goto() continues at a state of the same machine or branch.",
    );
  }
  return fragment;
}

/** Each scope's state constructors, made once: they are frozen and hold nothing but the scope. */
const constructors = new WeakMap<Scope, States<never, never, QueryLanguage, never>>();

function statesFor(scope: Scope): States<never, never, QueryLanguage, never> {
  let made = constructors.get(scope);
  if (made === undefined) {
    made = createStates(scope);
    constructors.set(scope, made);
  }
  return made;
}

class FlowImpl {
  // Private fields: a flow is immutable without a frozen record per step (flows are made at every next()).
  readonly #scope: Scope;
  readonly #fragment: FragmentNode | undefined;

  constructor(scope: Scope, fragment: FragmentNode | undefined) {
    this.#scope = scope;
    this.#fragment = fragment;
    Object.freeze(this);
  }

  get [FLOW](): { readonly fragment: FragmentNode | undefined; readonly scope: Scope } {
    return Object.freeze({ fragment: this.#fragment, scope: this.#scope });
  }

  get ended(): boolean {
    const fragment = this.#fragment;
    return fragment !== undefined && fragment.ends.length === 0;
  }

  next(state: unknown): FlowImpl {
    const scope = this.#scope;
    const fragment = this.#fragment;
    const value = typeof state === "function" ? state(statesFor(scope)) : state;
    const added = (value as Partial<Attachable<StateSpec>>)?.[FRAGMENT];
    if (added === undefined) {
      throw new BuilderError(
        "next()",
        "expects a state or a fragment",
        "Pass s => s.task(…) or a state value.",
      );
    }
    if (fragment === undefined) return new FlowImpl(scope, added);
    this.#refuseAfterEnd(added.entry.name);
    return new FlowImpl(scope, FragmentNode.sequence(fragment, added));
  }

  goto(state: unknown): FlowImpl {
    const scope = this.#scope;
    const fragment = this.#fragment;
    const target = (state as Partial<Attachable<StateSpec>>)?.[FRAGMENT]?.entry;
    if (target === undefined)
      throw new BuilderError("goto()", "expects a state value", "Pass the state to continue at.");
    // A branch that starts with a jump goes straight to a shared state (`catch([...], f => f.goto(fallback))`).
    if (fragment === undefined) return new FlowImpl(scope, FragmentNode.reference(target));
    this.#refuseAfterEnd(target.name);
    return new FlowImpl(scope, FragmentNode.jump(fragment, target));
  }

  end(): FlowImpl {
    const fragment = this.#fragment;
    if (fragment === undefined)
      throw new BuilderError(
        "end()",
        "the flow has no states to end",
        'Append a state first: f.next(s => s.pass("Done")).end().',
      );
    if (fragment.ends.length === 0) {
      throw new BuilderError(
        "end()",
        `every path after State "${fragment.entry.name}" has ended already`,
        "Remove end(): a Succeed, Fail, goto or a Choice whose branches all end leaves nothing open.",
      );
    }
    return new FlowImpl(this.#scope, FragmentNode.end(fragment));
  }

  pipe<R>(fragment: (flow: FlowImpl) => R): R {
    return fragment(this);
  }

  queryLanguage(language: QueryLanguage): FlowImpl {
    return new FlowImpl(scopeOf(language), this.#fragment);
  }

  #refuseAfterEnd(name: string): void {
    const fragment = this.#fragment!;
    if (fragment.ends.length > 0) return;
    const last =
      [...fragmentGraph(fragment).states].reverse().find((node) => TERMINAL_KINDS.has(node.kind)) ??
      fragment.entry;
    throw new BuilderError(
      `State "${name}"`,
      `cannot follow State "${last.name}": every path before it has ended`,
      "Attach it inside a branch, or make the previous state continue.",
    );
  }
}
