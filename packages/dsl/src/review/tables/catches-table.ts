import type { AslCatcher } from "../../asl/types.js";
import type { Scope, ScopedState } from "../walk.js";
import { code, list, table } from "./markdown.js";

/**
 * Where the error output goes. Left out, a JSONPath catcher's ResultPath is `$` (the error output replaces the
 * state's input) and a JSONata catcher's Output is the error output itself.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-fallback-states
 */
function resultText(catcher: AslCatcher, scope: Scope, stateLanguage: string | undefined): string {
  const parts: string[] = [];
  if (catcher.ResultPath !== undefined) parts.push(`ResultPath ${code(String(catcher.ResultPath))}`);
  if (catcher.Output !== undefined) parts.push(`Output ${code(JSON.stringify(catcher.Output))}`);
  if (catcher.Assign !== undefined) parts.push(`Assign ${list(Object.keys(catcher.Assign).map(code))}`);
  if (parts.length > 0) return parts.join(" · ");
  const jsonata = (stateLanguage ?? scope.queryLanguage) === "JSONata";
  return jsonata ? "Output: the error output (default)" : `ResultPath ${code("$")} (default)`;
}

export function catchesTable(states: readonly ScopedState[]): string {
  const rows = states.flatMap(({ name, state, scope }) =>
    (Array.isArray(state.Catch) ? state.Catch : []).map((catcher) => [
      code(name),
      list(
        (Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals : []).map((error) => code(String(error))),
      ),
      typeof catcher.Next === "string" ? code(catcher.Next) : "",
      resultText(catcher, scope, state.QueryLanguage),
    ]),
  );
  if (rows.length === 0) return "No state catches errors.";
  return table(["State", "Errors", "Next", "Result path / output"], rows);
}
