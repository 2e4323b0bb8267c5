import { Cancelled } from "../interpreter/cancellation.js";
import { childFrame, type Frame } from "../interpreter/execution-run.js";
import { runScope } from "../interpreter/run-scope.js";
import { childVariables } from "../interpreter/variables.js";
import type { ScopePlan } from "../plan/state-runner.js";
import type { JsonValue } from "../util/json.js";

/**
 * Runs the branches of a Parallel state at once. The first branch that fails stops the others ("all of its
 * branches are stopped") and its error becomes the Parallel state's; outputs keep the branches' order.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
 */
export async function runBranches(
  branches: readonly ScopePlan[],
  input: JsonValue,
  frame: Frame,
  startedEventId: number,
): Promise<JsonValue[]> {
  const group = frame.cancellation.child();
  let failure: unknown;
  const runs = branches.map((branch) =>
    runScope(branch, input, childFrame(frame, group, startedEventId, childVariables(frame.vars))).catch(
      (error: unknown) => {
        if (!(error instanceof Cancelled) && failure === undefined) {
          failure = error;
          group.cancel({ kind: "sibling-failed" });
        }
        throw error;
      },
    ),
  );
  const settled = await Promise.allSettled(runs);
  group.release();
  if (failure !== undefined) throw failure;
  const cancelled = settled.find((outcome) => outcome.status === "rejected");
  if (cancelled) throw (cancelled as PromiseRejectedResult).reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<JsonValue>).value);
}
