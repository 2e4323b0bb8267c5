import type { JsonPrimitive } from "../asl/types.js";

/**
 * The same data type, rebuilt from `[key, type]` entries. Types inferred by zod (or other libraries) are deep
 * generic instantiations; tsc re-walks them on every generic call that mentions the data, which made a
 * zod-typed machine several times slower to check. Rebuilt once at the edge (machine input, schemas), the
 * data holds only plain objects, arrays and primitives, and each walk stops at the entries.
 * Optional fields stay optional; fields typed `X | undefined` become optional too.
 */
export type Plain<T> = PlainAt<T, []>;

type PlainAt<T, Depth extends unknown[]> = Depth["length"] extends 10
  ? T
  : T extends JsonPrimitive | undefined
    ? T
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
type Required<F, T> = { [K in keyof F]-?: undefined extends T[K & keyof T] ? never : [K, F[K]] }[keyof F];
type Optional<F, T> = { [K in keyof F]-?: undefined extends T[K & keyof T] ? [K, F[K]] : never }[keyof F];

type PlainObject<T, Depth extends unknown[]> =
  PlainFields<T, Depth> extends infer F ? Merge<Required<F, T>, Optional<F, T>> : never;

type Merge<R extends readonly [PropertyKey, unknown], O extends readonly [PropertyKey, unknown]> = [
  O,
] extends [never]
  ? { [E in R as E[0]]: E[1] }
  : [R] extends [never]
    ? { [E in O as E[0]]?: E[1] }
    : { [E in R as E[0]]: E[1] } & { [E in O as E[0]]?: E[1] };
