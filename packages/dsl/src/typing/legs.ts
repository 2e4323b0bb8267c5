import type { TypeCheckError } from "./type-error.js";

/**
 * A path is a list of legs. A string leg reads a field, a number leg an array item, `Wildcard` every item.
 * Literal paths (`"$.order.items[0].sku"`) are parsed here at type level; the typed proxy builds the same legs.
 */
export type Wildcard = { readonly wildcard: true };
export type Leg = string | number | Wildcard;
export type Legs = readonly Leg[];

/** Marks syntax we do not model (filters, slices, `..`): the path is kept, its type is `unknown`. */
export type Opaque = { readonly opaque: true };

export type ParsePath<P extends string> = P extends "$"
  ? []
  : P extends `$${infer Rest}`
    ? ParseRest<Rest, []>
    : TypeCheckError<`a path starts with "$", got "${P}"`>;

type ParseRest<S extends string, Acc extends Legs> = S extends ""
  ? Acc
  : S extends `..${string}`
    ? Opaque
    : S extends `.${infer Rest}`
      ? ParseField<Rest, "", Acc>
      : S extends `[*]${infer Rest}`
        ? ParseRest<Rest, [...Acc, Wildcard]>
        : S extends `[${infer N extends number}]${infer Rest}`
          ? ParseRest<Rest, [...Acc, N]>
          : S extends `['${infer K}']${infer Rest}`
            ? ParseRest<Rest, [...Acc, K]>
            : S extends `[${infer Inside}]${infer Rest}`
              ? // A slice selects some of the items, so what follows reads each of them, as after [*].
                IsSlice<Inside> extends true
                ? ParseRest<Rest, [...Acc, Wildcard]>
                : Opaque
              : S extends `[${string}`
                ? Opaque
                : TypeCheckError<`cannot read the path near "${S}"`>;

/** `1:`, `:2`, `-2:`, `0:4:2`: a slice's start, end and step, each a number or left out. */
type IsSlice<Inside extends string> = Inside extends `${infer Start}:${infer End}`
  ? Start extends "" | `${number}`
    ? End extends "" | `${number}` | `${"" | `${number}`}:${"" | `${number}`}`
      ? true
      : false
    : false
  : false;

// One character at a time until "." or "["; field names are short, so the recursion stays shallow.
type ParseField<S extends string, Name extends string, Acc extends Legs> = S extends `${infer C}${infer Rest}`
  ? C extends "." | "["
    ? Name extends ""
      ? TypeCheckError<"empty field name in path">
      : ParseRest<S, [...Acc, Name]>
    : ParseField<Rest, `${Name}${C}`, Acc>
  : Name extends ""
    ? TypeCheckError<"empty field name in path">
    : [...Acc, Name];

/** `$.a.b` from legs, for messages. */
export type ShowLegs<L extends Legs> = `$${ShowRest<L>}`;
type ShowRest<L extends Legs> = L extends readonly [infer H, ...infer R extends Legs]
  ? `${H extends number ? `[${H}]` : H extends string ? `.${H}` : "[*]"}${ShowRest<R>}`
  : "";
