import type { AslStateBase } from "@statesmith/dsl";
import type { StateEntry } from "../interpreter/state-entry.js";
import type { StatesBinding } from "../interpreter/variables.js";
import { compileJsonataTemplate, type JsonataEvaluator } from "../jsonata/compile-jsonata.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../util/json.js";
import { andThen, type MaybePromise } from "../util/maybe-promise.js";
import type { PlanContext } from "./plan-context.js";

/** `$states` for one evaluation; the context object is built only if an expression reads it. */
class StatesView implements StatesBinding {
  constructor(
    private readonly entry: StateEntry,
    readonly input: JsonValue,
    readonly result?: JsonValue,
    readonly errorOutput?: JsonValue,
  ) {}

  get context(): JsonValue {
    return this.entry.context();
  }
}

export const statesOf = (
  entry: StateEntry,
  extra: { result?: JsonValue; errorOutput?: JsonValue } = {},
): StatesBinding => new StatesView(entry, entry.input, extra.result, extra.errorOutput);

/** A compiled JSONata field, evaluated against one state entry (an expression that yields nothing fails). */
export type JsonataField = (entry: StateEntry, states: StatesBinding) => MaybePromise<JsonValue>;

export function planJsonataField(
  context: PlanContext,
  name: string,
  field: string,
  value: unknown,
): JsonataField | undefined {
  if (value === undefined) return undefined;
  const evaluate: JsonataEvaluator = context.field(name, field, () =>
    compileJsonataTemplate(value as JsonValue, field, context.environment.now),
  );
  return (entry, states) => evaluate({ vars: entry.frame.vars, states });
}

/** The JSONata fields every state may carry: Output and Assign. */
export interface JsonataIo {
  readonly output: JsonataField | undefined;
  readonly assign: JsonataField | undefined;
}

export function planJsonataIo(state: AslStateBase, name: string, context: PlanContext): JsonataIo {
  return Object.freeze({
    output: planJsonataField(context, name, "Output", state.Output),
    assign: planJsonataField(context, name, "Assign", state.Assign),
  });
}

/**
 * Output and Assign are evaluated against the same (pre-state) variables; the assignment happens after both.
 * Returns the output (or `fallback` without an Output field) and the values to assign.
 */
export function finishJsonata(
  io: JsonataIo,
  entry: StateEntry,
  states: StatesBinding,
  fallback: JsonValue,
): MaybePromise<{ output: JsonValue; assign: JsonObject | undefined }> {
  const output = io.output ? io.output(entry, states) : fallback;
  const assign = io.assign ? io.assign(entry, states) : undefined;
  return andThen(output, (ready) =>
    andThen(assign, (values) => ({
      output: ready,
      assign: values !== undefined && isJsonObject(values) ? values : undefined,
    })),
  );
}
