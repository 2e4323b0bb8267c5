import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import { Cancelled } from "../../interpreter/cancellation.js";
import { childFrame, type Frame } from "../../interpreter/execution-run.js";
import { runScope } from "../../interpreter/run-scope.js";
import { errorOutput } from "../../interpreter/to-states-error.js";
import { childVariables, rootVariables } from "../../interpreter/variables.js";
import type { ScopePlan } from "../../plan/state-runner.js";
import type { JsonValue } from "../../util/json.js";
import { type ChildWorkflows, childWorkflowContext } from "./child-workflow.js";

export interface IterationSettings {
  readonly stateName: string;
  /** 0 means no limit. */
  readonly maxConcurrency: number;
  /**
   * Set for a Distributed Map, whose iterations are child workflow executions: they cannot read the outer
   * scope's variables, and `$$` describes the child execution.
   */
  readonly childWorkflows: ChildWorkflows | undefined;
  /** Undefined when failures are not tolerated: the first failed iteration fails the Map with its error. */
  readonly tolerance: { readonly count: number; readonly percentage: number } | undefined;
}

/**
 * Runs a Map's iterations, at most `maxConcurrency` at once, each in its own scope, and returns their outputs
 * in item order. Failures beyond the tolerated threshold fail the Map with
 * States.ExceedToleratedFailureThreshold and stop the remaining iterations.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html
 * https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html
 */
export async function runIterations(
  processor: ScopePlan,
  inputs: readonly JsonValue[],
  frame: Frame,
  settings: IterationSettings,
): Promise<JsonValue[]> {
  const history = frame.run.history;
  const group = frame.cancellation.child();
  const outputs: JsonValue[] = new Array(inputs.length);
  const startedId = frame.lastEventId;
  let failure: unknown;
  let failed = 0;
  let nextIndex = 0;

  const exceeded = (): boolean => {
    const tolerance = settings.tolerance;
    if (!tolerance) return failed > 0;
    return failed > tolerance.count || (failed / inputs.length) * 100 > tolerance.percentage;
  };

  const runOne = async (index: number): Promise<void> => {
    const details = { name: settings.stateName, index };
    const workflows = settings.childWorkflows;
    const iterationFrame = workflows
      ? childFrame(
          frame,
          group,
          startedId,
          rootVariables(),
          childWorkflowContext(frame.run, workflows, inputs[index]!, frame.run.services.clock.now()),
        )
      : childFrame(frame, group, startedId, childVariables(frame.vars));
    iterationFrame.lastEventId = history.add(
      "MapIterationStarted",
      startedId,
      "mapIterationStartedEventDetails",
      details,
    );
    try {
      outputs[index] = await runScope(processor, inputs[index]!, iterationFrame);
      history.add(
        "MapIterationSucceeded",
        iterationFrame.lastEventId,
        "mapIterationSucceededEventDetails",
        details,
      );
    } catch (error) {
      if (error instanceof Cancelled) {
        history.add(
          "MapIterationAborted",
          iterationFrame.lastEventId,
          "mapIterationAbortedEventDetails",
          details,
        );
        return;
      }
      history.add(
        "MapIterationFailed",
        iterationFrame.lastEventId,
        "mapIterationFailedEventDetails",
        details,
      );
      failed++;
      if (error instanceof StatesError) outputs[index] = errorOutput(error);
      if (failure === undefined && exceeded()) {
        failure = settings.tolerance
          ? new StatesError(
              StatesErrors.ExceedToleratedFailureThreshold,
              "The specified tolerated failure threshold was exceeded",
            )
          : error;
        group.cancel({ kind: "sibling-failed" });
      }
    }
  };

  const worker = async (): Promise<void> => {
    while (nextIndex < inputs.length && failure === undefined && !group.reason) await runOne(nextIndex++);
  };
  const workers =
    settings.maxConcurrency > 0 ? Math.min(settings.maxConcurrency, inputs.length) : inputs.length;
  await Promise.all(Array.from({ length: workers }, worker));
  group.release();
  if (failure !== undefined) throw failure;
  frame.cancellation.throwIfCancelled();
  return outputs;
}
