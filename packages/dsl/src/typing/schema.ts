import type { Plain } from "./plain.js";

/**
 * What the DSL needs of a zod (v4) schema: its output type. A structural constraint, because checking a
 * `z.object(…)` against `z.ZodType` compares two large class types member by member on every use.
 */
export interface SchemaLike {
  readonly _zod: { readonly output: unknown };
}

/** The schema's output type, rebuilt as plain data (see plain.ts). */
export type SchemaOutput<S> = S extends SchemaLike ? Plain<S["_zod"]["output"]> : unknown;
