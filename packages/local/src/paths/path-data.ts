import type { JsonPathRoot } from "@statesmith/dsl";
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

/**
 * Where a path that names nothing looked, for AWS's "could not be found in …" messages: the input or the
 * context object shown as JSON, or the variable (which may never have been assigned).
 */
export function whereMissing(root: JsonPathRoot, data: PathData): string {
  if (root.kind === "input") return `in the input '${JSON.stringify(data.input)}'`;
  if (root.kind === "context") return `in the context object '${JSON.stringify(data.context())}'`;
  const value = data.variable(root.name);
  return value === MISSING
    ? `because the variable $${root.name} has not been assigned`
    : `in the variable $${root.name} '${JSON.stringify(value)}'`;
}
