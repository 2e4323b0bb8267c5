import type { AslTaskState, QueryLanguage } from "@statesmith/dsl";
import { MissingSubstitution } from "../../engine/definition-substitutions.js";
import { retryAndCatch } from "../../interpreter/retry-and-catch.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import type { ResourceDescription } from "../../interpreter/task-invoker.js";
import { applyAssignment } from "../../plan/assign.js";
import { finishJsonata, planJsonataField, planJsonataIo, statesOf } from "../../plan/jsonata-io.js";
import { planJsonPathIo } from "../../plan/jsonpath-io.js";
import type { PlanContext } from "../../plan/plan-context.js";
import { planCatchers, planRetriers } from "../../plan/retry-catch-plan.js";
import type { StateRunner, StepOutcome } from "../../plan/state-runner.js";
import { newTaskToken } from "../../util/ids.js";
import type { JsonValue } from "../../util/json.js";
import { nextOf } from "../next-state.js";
import { invokeTask } from "./invoke-task.js";
import { planTaskTimeouts } from "./task-timeouts.js";

/**
 * Task: prepares its parameters, calls the resource (or its mock), then shapes the result; Retry and Catch
 * wrap the whole attempt.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 */
export function planTask(
  state: AslTaskState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  const next = nextOf(state);
  const description: ResourceDescription = context.field(name, "Resource", () => {
    MissingSubstitution.check(state.Resource);
    return context.environment.describeResource(state.Resource);
  });
  const timeouts = planTaskTimeouts(state, name, context, language);
  const retriers = planRetriers(state.Retry);
  const catchers = planCatchers(state, name, context, language);
  const newToken = (entry: StateEntry): void => {
    if (description?.pattern === "wait-for-task-token") entry.taskToken = newTaskToken();
  };
  const call = (entry: StateEntry, payload: JsonValue, effective: JsonValue) =>
    timeouts(entry, effective).then((resolved) =>
      invokeTask(entry, state.Resource, description, payload, resolved),
    );

  let attempt: (entry: StateEntry, input: JsonValue) => Promise<StepOutcome>;
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    const args = planJsonataField(context, name, "Arguments", state.Arguments);
    attempt = async (entry, input) => {
      newToken(entry);
      const payload = args ? await args(entry, statesOf(entry)) : input;
      const result = await call(entry, payload, input);
      const { output, assign } = await finishJsonata(io, entry, statesOf(entry, { result }), result);
      return { output, next, assigned: applyAssignment(entry.frame, assign) };
    };
  } else {
    const io = planJsonPathIo(state, name, context);
    attempt = async (entry, input) => {
      newToken(entry);
      const effective = io.inputPath(entry, input);
      const payload = io.parameters ? io.parameters(entry, effective) : effective;
      const result = await call(entry, payload, effective);
      const assign = io.assign?.(entry, result);
      const selected = io.resultSelector ? io.resultSelector(entry, result) : result;
      const output = io.outputPath(entry, io.resultPath(input, selected));
      return { output, next, assigned: applyAssignment(entry.frame, assign) };
    };
  }
  return {
    name,
    type: "Task",
    run: (entry, input) => retryAndCatch(entry, () => attempt(entry, input), retriers, catchers),
  };
}
