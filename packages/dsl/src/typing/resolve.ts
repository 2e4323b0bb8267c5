import type { Legs, Opaque, ParsePath, ShowLegs, Wildcard } from "./legs.js";
import type { TypeCheckError } from "./type-error.js";

/**
 * The type a path selects from `T`, or a readable error naming the missing field.
 * Optional fields are navigated through (JSONPath fails at run time if they are absent; Choice rules check).
 */
export type Resolve<
  T,
  L extends Legs,
  Seen extends Legs = [],
  Each extends boolean = false,
> = L extends readonly [infer K, ...infer Rest extends Legs]
  ? ResolveLeg<NonNullable<T>, K, Rest, Seen, Each>
  : T;

/**
 * `Each`: past a wildcard, legs apply to every node selected so far and the path's result is one flat list
 * of what they select (Jayway: `$[*][*]` flattens an array of arrays), so a later wildcard does not nest.
 */
type ResolveLeg<O, K, Rest extends Legs, Seen extends Legs, Each extends boolean> = unknown extends O
  ? unknown
  : K extends Wildcard
    ? O extends readonly (infer E)[]
      ? Each extends true
        ? Resolve<E, Rest, [...Seen, K], true>
        : ResolveAll<E, Rest, [...Seen, K]>
      : TypeCheckError<`${ShowLegs<Seen>} is not an array, [*] cannot read it`>
    : K extends number
      ? O extends readonly unknown[]
        ? Resolve<
            number extends O["length"] ? O[number] : K extends keyof O ? O[K] : undefined,
            Rest,
            [...Seen, K],
            Each
          >
        : TypeCheckError<`${ShowLegs<Seen>} is not an array, [${K}] cannot read it`>
      : K extends keyof O & string
        ? Resolve<O[K], Rest, [...Seen, K], Each>
        : TypeCheckError<`no field '${K & string}' at ${ShowLegs<Seen>}`>;

type ResolveAll<E, Rest extends Legs, Seen extends Legs> =
  Resolve<E, Rest, Seen, true> extends infer R ? (R extends `✘ ${string}` ? R : R[]) : never;

/** Checks a literal path against `T`: the path itself when it resolves, else the error message. */
export type CheckPath<T, P extends string> =
  ParsePath<P> extends infer L
    ? L extends Opaque
      ? P
      : L extends Legs
        ? Resolve<T, L> extends infer R
          ? R extends `✘ ${string}`
            ? R
            : P
          : never
        : L
    : never;

/** The type at a literal path (`unknown` for syntax we do not model). */
export type AtPath<T, P extends string> =
  ParsePath<P> extends infer L
    ? L extends Legs
      ? Resolve<T, L> extends infer R
        ? R extends `✘ ${string}`
          ? unknown
          : R
        : never
      : unknown
    : never;

/** Legs of a literal path, or `null` for syntax we do not model. */
export type LegsOf<P extends string> = ParsePath<P> extends infer L extends Legs ? L : null;
