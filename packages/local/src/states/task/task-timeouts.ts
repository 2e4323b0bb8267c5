import type { AslTaskState, QueryLanguage } from "@statesmith/dsl";
import { unusableValue } from "../../errors/runtime-errors.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import { isJsonataText } from "../../jsonata/compile-jsonata.js";
import { compilePath } from "../../paths/compile-path.js";
import { readOrFail } from "../../paths/payload-template.js";
import { planJsonataField, statesOf } from "../../plan/jsonata-io.js";
import type { PlanContext } from "../../plan/plan-context.js";
import type { JsonValue } from "../../util/json.js";

export interface TaskTimeouts {
  readonly timeoutSeconds: number | undefined;
  readonly heartbeatSeconds: number | undefined;
}

type Resolve = (entry: StateEntry, effective: JsonValue) => Promise<number | undefined>;

/**
 * TimeoutSeconds / HeartbeatSeconds: a number, a `…Path` into the effective input (JSONPath), or a JSONata
 * expression. Without them no timer is set (AWS's default is 99999999 seconds).
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html#task-state-fields
 */
export function planTaskTimeouts(
  state: AslTaskState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
) {
  const timeout = planOne(state, name, context, language, "TimeoutSeconds");
  const heartbeat = planOne(state, name, context, language, "HeartbeatSeconds");
  return async (entry: StateEntry, effective: JsonValue): Promise<TaskTimeouts> => ({
    timeoutSeconds: await timeout(entry, effective),
    heartbeatSeconds: await heartbeat(entry, effective),
  });
}

function planOne(
  state: AslTaskState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  field: "TimeoutSeconds" | "HeartbeatSeconds",
): Resolve {
  const value = state[field];
  if (language === "JSONata" && isJsonataText(value)) {
    const evaluate = planJsonataField(context, name, field, value)!;
    return async (entry) => positive(await evaluate(entry, statesOf(entry)), field, true);
  }
  if (value !== undefined) return async () => positive(value as JsonValue, field);
  const pathText = state[`${field}Path`];
  if (pathText === undefined) return async () => undefined;
  const read = context.field(name, `${field}Path`, () => readOrFail(compilePath(pathText), `${field}Path`));
  return async (entry, effective) => positive(read(entry.over(effective)), `${field}Path`);
}

function positive(value: JsonValue, field: string, fromJsonata = false): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  throw unusableValue(
    fromJsonata,
    `The value of ${field} must be a positive integer number of seconds, got ${JSON.stringify(value)}.`,
  );
}
