/** Flattens intersections for display in hovers and tests (only at the edges, never inside the chain). */
export type Simplify<T> = T extends (...args: never[]) => unknown ? T : { [K in keyof T]: T[K] } & Empty;

import type { Empty } from "./empty.js";

/** Union to intersection (used for small unions only, e.g. the error names of a few integrations). */
export type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never;
