import type { Frame } from "../interpreter/execution-run.js";
import { type JsonObject, type JsonValue, setField } from "../util/json.js";

/**
 * Applies an Assign's values at once, after all of them were evaluated against the variables as they were
 * when the state was entered ("evaluated … simultaneously").
 * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
 */
export function applyAssignment(frame: Frame, values: JsonObject | undefined): JsonObject | undefined {
  if (!values) return undefined;
  const vars = frame.vars;
  for (const key of Object.keys(values)) setField(vars, key, values[key]!);
  return values;
}

export type AssignedValues = Readonly<Record<string, JsonValue>> | undefined;
