import type { JsonValue } from "../util/json.js";

/** What a path names when there is nothing there (distinct from JSON null). */
export const MISSING: unique symbol = Symbol("missing");
export type Missing = typeof MISSING;

/** The three roots a JSONPath can start from: `$` the input, `$$` the context object, `$name` a variable. */
export interface PathData {
  readonly input: JsonValue;
  /** Built on first use: most states never read `$$`. */
  context(): JsonValue;
  variable(name: string): JsonValue | Missing;
}

/** PathData over another input, sharing the context and variables (ItemSelector, ResultSelector, Assign). */
export const withInput = (data: PathData, input: JsonValue): PathData => ({
  input,
  context: () => data.context(),
  variable: (name) => data.variable(name),
});
