import type { JsonPrimitive } from "../asl/types.js";
import type { Empty } from "../typing/empty.js";
import type { Entry, ReadonlyFromEntries } from "../typing/entries.js";
import type { Legs } from "../typing/legs.js";
import type { Select } from "../typing/place.js";
import type { Passthrough, Rule, Spec, StateSpec } from "./spec.js";

/** The spec of a state whose output is its (effective) input: Pass, Wait, Choice, Succeed, Fail. */
export type PassthroughSpec<In, V, Continues extends boolean, Done = never> = Spec<
  In,
  V,
  PassthroughRule,
  Empty,
  never,
  Continues,
  Done
>;
export type PassthroughRule = Rule<[], Passthrough, [], []>;

/** JSON a Pass state's `Result` may hold (readonly, so `const` literals fit). */
export type JsonLiteral = JsonPrimitive | readonly JsonLiteral[] | { readonly [key: string]: JsonLiteral };

/**
 * A `Result` literal's type rebuilt from its entries (entries.ts). Every object literal is a type of its own,
 * and the result becomes the next state's data: without this, a chain of `result({ … })` states made every
 * later type new (200 such states cost tsc 88k instantiations instead of 4k). Tuples and primitives are
 * interned already; readonly and literal types are kept.
 */
export type CanonicalLiteral<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: CanonicalLiteral<T[K]> }
  : T extends object
    ? ReadonlyFromEntries<{ [K in keyof T]-?: Entry<K, CanonicalLiteral<T[K]>> }[keyof T]>
    : T;

export type LegsOrNull = Legs | null;

/** What OutputPath selects from in a state whose output is its effective input (after InputPath). */
export type EffectiveInput<S extends StateSpec> = Select<S["input"], S["rule"]["inputPath"]>;
