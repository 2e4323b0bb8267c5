import type { AslCatcher, AslRetrier, AslStateBase, QueryLanguage } from "@statesmith/dsl";
import type { StatesError } from "../errors/states-error.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { errorOutput } from "../interpreter/to-states-error.js";
import { compilePayloadTemplate } from "../paths/payload-template.js";
import { compileResultPath } from "../paths/result-path.js";
import type { JsonObject } from "../util/json.js";
import { andThen, type MaybePromise } from "../util/maybe-promise.js";
import { applyAssignment } from "./assign.js";
import { finishJsonata, planJsonataField, statesOf } from "./jsonata-io.js";
import type { PlanContext } from "./plan-context.js";
import type { StepOutcome } from "./state-runner.js";

/** A Retrier with AWS's defaults filled in. https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error */
export interface Retrier {
  readonly errorEquals: readonly string[];
  readonly intervalSeconds: number;
  readonly maxAttempts: number;
  readonly backoffRate: number;
  readonly maxDelaySeconds: number | undefined;
  readonly fullJitter: boolean;
}

export interface Catcher {
  readonly errorEquals: readonly string[];
  /** The catcher's output (from the raw state input and the error) and its Next. */
  handle(entry: StateEntry, error: StatesError): MaybePromise<StepOutcome>;
}

export const planRetriers = (retriers: readonly AslRetrier[] | undefined): Retrier[] =>
  (retriers ?? []).map((retrier) => ({
    errorEquals: retrier.ErrorEquals,
    intervalSeconds: retrier.IntervalSeconds ?? 1,
    maxAttempts: retrier.MaxAttempts ?? 3,
    backoffRate: retrier.BackoffRate ?? 2,
    maxDelaySeconds: retrier.MaxDelaySeconds,
    fullJitter: retrier.JitterStrategy === "FULL",
  }));

/** Delay before retry number `attempt` (0-based): IntervalSeconds × BackoffRate^attempt, capped, jittered. */
export function retryDelayMs(retrier: Retrier, attempt: number): number {
  let seconds = retrier.intervalSeconds * retrier.backoffRate ** attempt;
  if (retrier.maxDelaySeconds !== undefined) seconds = Math.min(seconds, retrier.maxDelaySeconds);
  const ms = seconds * 1000;
  return retrier.fullJitter ? Math.random() * ms : ms;
}

export function planCatchers(
  state: AslStateBase,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): Catcher[] {
  return (state.Catch ?? []).map((catcher, index) =>
    language === "JSONata"
      ? planJsonataCatcher(catcher, index, name, context)
      : planJsonPathCatcher(catcher, index, name, context),
  );
}

function planJsonPathCatcher(
  catcher: AslCatcher,
  index: number,
  name: string,
  context: PlanContext,
): Catcher {
  const field = `Catch[${index}]`;
  const resultPath = context.field(name, `${field}.ResultPath`, () => compileResultPath(catcher.ResultPath));
  const assign = catcher.Assign
    ? context.field(name, `${field}.Assign`, () => compilePayloadTemplate(catcher.Assign!, `${field}.Assign`))
    : undefined;
  return {
    errorEquals: catcher.ErrorEquals,
    handle(entry, error) {
      const output = errorOutput(error);
      const values = assign?.(entry.over(output)) as JsonObject | undefined;
      // A catcher's output goes to its Next as is: OutputPath does not apply to it.
      return {
        output: resultPath(entry.input, output),
        next: catcher.Next,
        assigned: applyAssignment(entry.frame, values),
      };
    },
  };
}

function planJsonataCatcher(catcher: AslCatcher, index: number, name: string, context: PlanContext): Catcher {
  const field = `Catch[${index}]`;
  const io = {
    output: planJsonataField(context, name, `${field}.Output`, catcher.Output),
    assign: planJsonataField(context, name, `${field}.Assign`, catcher.Assign),
  };
  return {
    errorEquals: catcher.ErrorEquals,
    handle(entry, error) {
      const output = errorOutput(error);
      return andThen(
        finishJsonata(io, entry, statesOf(entry, { errorOutput: output }), output),
        (finished) => ({
          output: finished.output,
          next: catcher.Next,
          assigned: applyAssignment(entry.frame, finished.assign),
        }),
      );
    },
  };
}
