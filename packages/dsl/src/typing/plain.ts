import type { JsonPrimitive } from "../asl/types.js";
import type { Entry, FromEntries, OptionalFromEntries } from "./entries.js";

/**
 * The same data type, rebuilt from its entries (entries.ts). Types inferred by zod (or other libraries) are
 * deep generic instantiations; tsc re-walks them on every generic call that mentions the data, which made a
 * zod-typed machine several times slower to check. Rebuilt once at the edge (machine input, schemas), the
 * data holds only plain objects, arrays and primitives, and each walk stops at the entries.
 * Optional fields stay optional; fields typed `X | undefined` become optional too. A value with `toJSON()`
 * becomes what that returns (a `Date` a string), as it does on its way into a state machine: data is JSON.
 */
export type Plain<T> = PlainAt<T, []>;

type PlainAt<T, Depth extends unknown[]> = Depth["length"] extends 10
  ? T
  : T extends JsonPrimitive | undefined
    ? T
    : T extends { toJSON(): infer J }
      ? PlainAt<J, [...Depth, 1]>
      : T extends readonly unknown[]
        ? PlainAt<T[number], [...Depth, 1]> extends infer Item
          ? Item[]
          : never
        : T extends (...args: never[]) => unknown
          ? T
          : T extends object
            ? PlainObject<T, Depth>
            : T;

type PlainFields<T, Depth extends unknown[]> = { [K in keyof T]-?: PlainAt<T[K], [...Depth, 1]> };
// Each body is a conditional type: a union that is an alias's whole body carries the alias (`Required<F, T>`)
// and is a type of its own, so an object built from it would not be the one other code builds from the same
// entries, and paths that join (Choice branches, Catch handlers) would add up into unions of look-alikes.
type Required<F, T> = F extends unknown
  ? { [K in keyof F]-?: undefined extends T[K & keyof T] ? never : Entry<K, F[K]> }[keyof F]
  : never;
type Optional<F, T> = F extends unknown
  ? { [K in keyof F]-?: undefined extends T[K & keyof T] ? Entry<K, F[K]> : never }[keyof F]
  : never;

type PlainObject<T, Depth extends unknown[]> =
  PlainFields<T, Depth> extends infer F ? Merge<Required<F, T>, Optional<F, T>> : never;

type Merge<R extends Entry<PropertyKey, unknown>, O extends Entry<PropertyKey, unknown>> = [O] extends [never]
  ? FromEntries<R>
  : [R] extends [never]
    ? OptionalFromEntries<O>
    : FromEntries<R> & OptionalFromEntries<O>;
