import type { FragmentNode } from "../ir/fragment-node.js";
import type { Legs } from "../typing/legs.js";
import type { ApplyResultPath, AssignVars, Select } from "../typing/place.js";

/** Where a state value keeps its graph (its node, and the sub-graphs of its Catch handlers or branches). */
export const FRAGMENT: unique symbol = Symbol("statesmith.fragment");
declare const SPEC: unique symbol;
declare const ACCEPTS: unique symbol;
declare const PASSTHROUGH: unique symbol;
declare const FINISHES: unique symbol;

/** The result of a state that has none of its own (Pass, Wait, Choice …): its effective input. */
export interface Passthrough {
  readonly [PASSTHROUGH]: true;
}

/** The `done` of a Succeed: its own output (computed, like any output, for the data where it is attached). */
export interface Finishes {
  readonly [FINISHES]: true;
}

/**
 * How a state turns its input into its output, in AWS's order: InputPath → result → ResultPath → OutputPath.
 * Legs `[]` mean `$`; `null` means the ASL `null`. JSONata states use `[]` throughout and put their `Output`
 * type in `result`.
 */
export interface OutputRule {
  readonly inputPath: Legs | null;
  readonly result: unknown;
  readonly resultPath: Legs | null;
  readonly outputPath: Legs | null;
}

/**
 * The specification a state value carries. Its output is computed when it is attached to a flow, from the
 * data at that point, so one value fits several machines.
 */
export interface StateSpec {
  /** The input the state reads (its `$` was typed by it); a flow attaches it only if its data fits. */
  readonly input: unknown;
  /** The variables the state reads. */
  readonly vars: unknown;
  readonly rule: OutputRule;
  /** Variables set on every open path through the state. */
  readonly assigned: unknown;
  /** Outputs of the other open ends: Catch handlers and Choice branches that continue. */
  readonly extra: unknown;
  /** False for Succeed, Fail and Choice: nothing follows the state itself. */
  readonly continues: boolean;
  /** Outputs of the paths through the state that end in a Succeed: the execution's (or branch's) output. */
  readonly done: unknown;
}

/** Anything a flow can attach: a state value or a fragment. */
export interface Attachable<S extends StateSpec> {
  readonly [FRAGMENT]: FragmentNode;
  readonly [SPEC]?: S;
  readonly [ACCEPTS]?: (input: S["input"], vars: S["vars"]) => void;
}

/**
 * Any attachable value, without the input check: the constraint of type parameters. `S` defaults to
 * `unknown`, so checking a builder against it never compares specs (which costs tsc a structural walk).
 */
export interface AnyState<S = unknown> {
  readonly [FRAGMENT]: FragmentNode;
  readonly [SPEC]?: S;
}

/** What the current data and variables must fit (contravariant: the state's input must accept them). */
export interface Accepts<C, V> {
  readonly [ACCEPTS]?: (input: C, vars: V) => void;
}

/** The spec a value carries: an indexed access (an `infer` would make tsc re-check the spec's shape each time). */
export type SpecOf<T> = T extends AnyState ? Extract<T[typeof SPEC], StateSpec> : never;

/** The state's output for input `C`. */
export type OutputOf<S extends StateSpec, C> = [S] extends [never]
  ? never
  : (S["continues"] extends true ? ApplyRule<S["rule"], C> : never) | S["extra"];

/** What the state's paths that end in a Succeed output, for input `C`. */
export type DoneOf<S extends StateSpec, C> = [S] extends [never]
  ? never
  : [S["done"]] extends [never]
    ? never
    : S["done"] extends Finishes
      ? ApplyRule<S["rule"], C>
      : S["done"];

export type ApplyRule<R extends OutputRule, C> = Select<
  ApplyResultPath<
    C,
    R["resultPath"],
    R["result"] extends Passthrough ? Select<C, R["inputPath"]> : R["result"]
  >,
  R["outputPath"]
>;

/** The variables after the state, given those before it. */
export type VarsAfter<S extends StateSpec, V> = AssignVars<V, S["assigned"]>;

/*
 * Specs and rules are interface references with concrete type arguments, and every update below rebuilds
 * one from the parts it infers. An anonymous object type computed from the old spec would keep the old
 * spec as an outer type argument, and tsc would re-walk the whole builder chain on every call.
 */
export interface Spec<
  out In,
  out V,
  out R extends OutputRule,
  out A,
  out X,
  out Co extends boolean,
  out D = never,
> extends StateSpec {
  readonly input: In;
  readonly vars: V;
  readonly rule: R;
  readonly assigned: A;
  readonly extra: X;
  readonly continues: Co;
  readonly done: D;
}

export interface Rule<
  out IP extends Legs | null,
  out Res,
  out RP extends Legs | null,
  out OP extends Legs | null,
> extends OutputRule {
  readonly inputPath: IP;
  readonly result: Res;
  readonly resultPath: RP;
  readonly outputPath: OP;
}

/** The default rule: the result replaces the input (`ResultPath: "$"`). */
export type ReplaceRule<Res> = Rule<[], Res, [], []>;

export type SetInputPath<S, L extends Legs | null> =
  S extends Spec<
    infer In,
    infer V,
    Rule<infer _, infer Res, infer RP, infer OP>,
    infer A,
    infer X,
    infer Co,
    infer D
  >
    ? Spec<In, V, Rule<L, Res, RP, OP>, A, X, Co, D>
    : never;
export type SetResult<S, Res> =
  S extends Spec<
    infer In,
    infer V,
    Rule<infer IP, infer _, infer RP, infer OP>,
    infer A,
    infer X,
    infer Co,
    infer D
  >
    ? Spec<In, V, Rule<IP, Res, RP, OP>, A, X, Co, D>
    : never;
export type SetResultPath<S, L extends Legs | null> =
  S extends Spec<
    infer In,
    infer V,
    Rule<infer IP, infer Res, infer _, infer OP>,
    infer A,
    infer X,
    infer Co,
    infer D
  >
    ? Spec<In, V, Rule<IP, Res, L, OP>, A, X, Co, D>
    : never;
export type SetOutputPath<S, L extends Legs | null> =
  S extends Spec<
    infer In,
    infer V,
    Rule<infer IP, infer Res, infer RP, infer _>,
    infer A,
    infer X,
    infer Co,
    infer D
  >
    ? Spec<In, V, Rule<IP, Res, RP, L>, A, X, Co, D>
    : never;
/** JSONata `Output`: the output is the expression's type. */
export type SetOutput<S, Out> =
  S extends Spec<infer In, infer V, infer _, infer A, infer X, infer Co, infer D>
    ? Spec<In, V, ReplaceRule<Out>, A, X, Co, D>
    : never;
export type AddAssigned<S, Added> =
  S extends Spec<infer In, infer V, infer R, infer A, infer X, infer Co, infer D>
    ? Spec<In, V, R, AssignVars<A, Added>, X, Co, D>
    : never;
/**
 * Another open end joins the state's: its data adds to `extra`, variables keep what both set, and what its
 * paths output through a Succeed adds to `done`.
 */
export type JoinEnd<S, Data, Assigned, Continues extends boolean, Done> =
  S extends Spec<infer In, infer V, infer R, infer _, infer X, infer _Co, infer D>
    ? Spec<In, V, R, Assigned, X | Data, Continues, D | Done>
    : never;
