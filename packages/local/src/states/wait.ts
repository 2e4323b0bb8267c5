import type { AslWaitState, QueryLanguage } from "@statesmith/dsl";
import { unusableValue } from "../errors/runtime-errors.js";
import { sleep } from "../interpreter/sleep.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { compilePath } from "../paths/compile-path.js";
import { readOrFail } from "../paths/payload-template.js";
import { applyAssignment } from "../plan/assign.js";
import { finishJsonata, planJsonataField, planJsonataIo, statesOf } from "../plan/jsonata-io.js";
import { planJsonPathIo } from "../plan/jsonpath-io.js";
import type { PlanContext } from "../plan/plan-context.js";
import type { StateRunner } from "../plan/state-runner.js";
import type { JsonValue } from "../util/json.js";
import { andThen, type MaybePromise } from "../util/maybe-promise.js";
import { parseTimestamp } from "./choice/comparisons.js";
import { nextOf } from "./next-state.js";

/** How long to wait, in ms of clock time, from the state's data. */
type Delay = (entry: StateEntry, effective: JsonValue) => MaybePromise<number>;

/** "The maximum value is 99999999 seconds." https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html */
const MAX_SECONDS = 99_999_999;

/**
 * Wait: Seconds, Timestamp, SecondsPath or TimestampPath (JSONPath) or a JSONata Seconds/Timestamp. On the
 * virtual clock a wait of any length costs no real time.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html
 */
export function planWait(
  state: AslWaitState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  const next = nextOf(state);
  const delay =
    language === "JSONata" ? planJsonataDelay(state, name, context) : planJsonPathDelay(state, name, context);
  const waitFor = (entry: StateEntry, ms: number): Promise<void> => {
    const { clock, waitScale } = entry.frame.run.services;
    return sleep(clock, clock.kind === "real" ? ms * waitScale : ms, entry.frame.cancellation);
  };
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    return {
      name,
      type: "Wait",
      run: async (entry, input) => {
        await waitFor(entry, await delay(entry, input));
        const { output, assign } = await finishJsonata(io, entry, statesOf(entry), input);
        return { output, next, assigned: applyAssignment(entry.frame, assign) };
      },
    };
  }
  const io = planJsonPathIo(state, name, context);
  return {
    name,
    type: "Wait",
    run: async (entry, input) => {
      const effective = io.inputPath(entry, input);
      await waitFor(entry, await delay(entry, effective));
      const assign = io.assign?.(entry, effective);
      return {
        output: io.outputPath(entry, effective),
        next,
        assigned: applyAssignment(entry.frame, assign),
      };
    },
  };
}

function planJsonPathDelay(state: AslWaitState, name: string, context: PlanContext): Delay {
  if (state.Seconds !== undefined) return () => secondsToMs(state.Seconds as JsonValue, "Seconds");
  if (state.Timestamp !== undefined) return (entry) => untilMs(state.Timestamp!, "Timestamp", entry);
  for (const field of ["SecondsPath", "TimestampPath"] as const) {
    const text = state[field];
    if (text === undefined) continue;
    const read = context.field(name, field, () => readOrFail(compilePath(text), field));
    return field === "SecondsPath"
      ? (entry, effective) => secondsToMs(read(entry.over(effective)), field)
      : (entry, effective) => untilMs(read(entry.over(effective)), field, entry);
  }
  context.refuse(
    name,
    null,
    "A Wait state needs one of Seconds, Timestamp, SecondsPath or TimestampPath.",
    "Add Seconds: 10.",
  );
  return () => 0;
}

function planJsonataDelay(state: AslWaitState, name: string, context: PlanContext): Delay {
  const field = state.Seconds !== undefined ? "Seconds" : "Timestamp";
  const evaluate = planJsonataField(context, name, field, state[field]);
  if (!evaluate) {
    context.refuse(
      name,
      null,
      "A JSONata Wait state needs Seconds or Timestamp.",
      'Add Seconds: "{% $delay %}".',
    );
    return () => 0;
  }
  return (entry) =>
    andThen(evaluate(entry, statesOf(entry)), (value) =>
      field === "Seconds" ? secondsToMs(value, field, true) : untilMs(value, field, entry, true),
    );
}

function secondsToMs(value: JsonValue, field: string, fromJsonata = false): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_SECONDS) {
    throw unusableValue(
      fromJsonata,
      `The ${field} value ${JSON.stringify(value)} is not a valid number of seconds (an integer from 0 to ${MAX_SECONDS}).`,
    );
  }
  return value * 1000;
}

function untilMs(value: JsonValue, field: string, entry: StateEntry, fromJsonata = false): number {
  const time = parseTimestamp(value);
  if (time === undefined) {
    throw unusableValue(
      fromJsonata,
      `The ${field} value ${JSON.stringify(value)} is not an ISO-8601 timestamp such as 2026-03-14T01:59:00Z.`,
    );
  }
  return Math.max(0, time - entry.frame.run.services.clock.now());
}
