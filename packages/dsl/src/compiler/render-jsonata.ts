import { mapItems } from "../ir/freeze.js";
import type { JsonataNode, JsonataRoot } from "../ir/value-nodes.js";
import { type RenderContext, report } from "./render-context.js";
import { jsonataRefText } from "./render-path.js";

/** Which `$states.*` a field may read (`result` only after the task ran, `errorOutput` only in Catch). */
export type JsonataScope = ReadonlySet<JsonataRoot>;

export const BEFORE_RESULT: JsonataScope = new Set<JsonataRoot>(["input", "context", "variable"]);
export const AFTER_RESULT: JsonataScope = new Set<JsonataRoot>(["input", "context", "variable", "result"]);
export const IN_CATCH: JsonataScope = new Set<JsonataRoot>(["input", "context", "variable", "errorOutput"]);

const NAME: Readonly<Record<JsonataRoot, string>> = Object.freeze({
  input: "$states.input",
  result: "$states.result",
  errorOutput: "$states.errorOutput",
  context: "$states.context",
  variable: "variables",
});

/** The expression text (without the `{% %}` wrapper). */
export function jsonataText(
  node: JsonataNode,
  context: RenderContext,
  field: string,
  scope: JsonataScope,
): string {
  return mapItems(node.parts, (part) => {
    if (part.kind === "jsonata-text") return part.text;
    if (part.kind === "jsonata-literal") return JSON.stringify(part.value);
    if (!scope.has(part.root)) {
      report(
        context,
        field,
        `${NAME[part.root]} is not defined in ${field}`,
        part.root === "result"
          ? "Read $states.result only in Output or Assign of a Task, Parallel or Map."
          : "Read $states.errorOutput only in a Catch's Output or Assign.",
      );
    }
    return jsonataRefText(part);
  }).join("");
}

export function jsonataString(
  node: JsonataNode,
  context: RenderContext,
  field: string,
  scope: JsonataScope,
): string {
  return `{% ${jsonataText(node, context, field, scope)} %}`;
}
