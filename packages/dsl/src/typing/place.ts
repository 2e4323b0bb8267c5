import type { Empty } from "./empty.js";
import type { EntriesOf, Entry, FromEntries } from "./entries.js";
import type { Legs } from "./legs.js";
import type { Resolve } from "./resolve.js";

/*
 * Type-level data flow. These types compute each state's output from the previous one, so they sit on a
 * chain as long as the machine. Two rules keep tsc linear and free of "excessively deep":
 * - every alias body is a conditional type, so a result carries no alias arguments pointing back at the
 *   previous step's type (tsc re-instantiates alias arguments, which would walk the whole chain);
 * - a placed field rebuilds the object from its entries (entries.ts), so no mapped type keeps the previous
 *   step as an outer type argument, and the same fields make the same type.
 */

/** `C` with `value` placed at the field path (ResultPath semantics: missing objects are created). */
export type Place<C, L extends Legs, V> = L extends readonly [
  infer K extends string,
  ...infer Rest extends Legs,
]
  ? C extends object
    ? [K] extends [keyof C]
      ? Place<C[K], Rest, V> extends infer Placed
        ? FromEntries<Exclude<EntriesOf<C>, Entry<K, unknown>> | Entry<K, Placed>>
        : never
      : Place<Empty, Rest, V> extends infer Placed
        ? FromEntries<{ [P in keyof C]-?: Entry<P, C[P]> }[keyof C] | Entry<K, Placed>>
        : never
    : { [P in K]: Place<Empty, Rest, V> }
  : V;

/** InputPath / OutputPath: `null` selects `{}`, legs select a part (unknown when unmodelled). */
export type Select<T, L extends Legs | null> = [L] extends [null]
  ? Empty
  : L extends Legs
    ? Resolve<T, L> extends infer R
      ? R extends `✘ ${string}`
        ? unknown
        : R
      : never
    : unknown;

/** ResultPath: `null` keeps the input, legs place the result. */
export type ApplyResultPath<Input, L extends Legs | null, Result> = [L] extends [null]
  ? Input
  : L extends Legs
    ? Place<Input, L, Result>
    : Input;

/** Variables assigned by a state override earlier ones with the same name. */
export type AssignVars<V, Assigned> = [keyof Assigned] extends [never]
  ? V
  : [Extract<keyof V, keyof Assigned>] extends [never]
    ? V & Assigned
    : FromEntries<Exclude<EntriesOf<V>, Entry<keyof Assigned, unknown>> | EntriesOf<Assigned>>;

/** Fields both branches define (what is guaranteed after paths join). */
export type CommonFields<A, B> = FromEntries<
  { [K in keyof A & keyof B]-?: Entry<K, A[K] | B[K]> }[keyof A & keyof B]
>;
