import type { JsonPrimitive } from "../asl/types.js";
import type { Empty } from "../typing/empty.js";
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

export type LegsOrNull = Legs | null;

/** What OutputPath selects from in a state whose output is its effective input (after InputPath). */
export type EffectiveInput<S extends StateSpec> = Select<S["input"], S["rule"]["inputPath"]>;
