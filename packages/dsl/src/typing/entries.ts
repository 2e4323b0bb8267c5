import type { Empty } from "./empty.js";

/*
 * Object types rebuilt from `{ key, value }` entries. tsc interns an `Entry<K, V>` by its arguments, so an
 * object rebuilt from the same entries is the same type, whatever it was computed from: two Choice branches
 * that produce the same shape join into one type, and what is computed from a state's data is cached for the
 * next state with that data. An interface, not a `[K, V]` tuple: tsc resolves a tuple's members with those of
 * its `Array` base type, and a comparison of two entries is a comparison of their arguments.
 */

/** One field: its name and its type. */
export interface Entry<out K extends PropertyKey, out V> {
  readonly key: K;
  readonly value: V;
}

/** The fields of `T` as a union of entries (optional fields become required ones). */
export type EntriesOf<T> = { [K in keyof T]-?: Entry<K, T[K]> }[keyof T];

/** The object type with these fields; no entries make `{}`. */
export type FromEntries<E extends Entry<PropertyKey, unknown>> = [E] extends [never]
  ? Empty
  : { [F in E as F["key"]]: F["value"] };

/** The same with readonly fields. */
export type ReadonlyFromEntries<E extends Entry<PropertyKey, unknown>> = [E] extends [never]
  ? Empty
  : { readonly [F in E as F["key"]]: F["value"] };

/** The same with optional fields. */
export type OptionalFromEntries<E extends Entry<PropertyKey, unknown>> = [E] extends [never]
  ? Empty
  : { [F in E as F["key"]]?: F["value"] };
