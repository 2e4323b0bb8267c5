import type { AslParallelState, AslStateMachine, QueryLanguage } from "@statesmith/dsl";
import { retryAndCatch } from "../interpreter/retry-and-catch.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { applyAssignment } from "../plan/assign.js";
import { finishJsonata, planJsonataField, planJsonataIo, statesOf } from "../plan/jsonata-io.js";
import { planJsonPathIo } from "../plan/jsonpath-io.js";
import type { PlanContext } from "../plan/plan-context.js";
import { planCatchers, planRetriers } from "../plan/retry-catch-plan.js";
import type { ScopePlan, StateRunner, StepOutcome } from "../plan/state-runner.js";
import type { JsonValue } from "../util/json.js";
import { runBranches } from "./branch-group.js";
import { nextOf } from "./next-state.js";

export type ScopePlanner = (machine: AslStateMachine, language: QueryLanguage, where: string) => ScopePlan;

/**
 * Parallel: every branch gets the same input; the result is the array of their outputs, in branch order.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
 */
export function planParallel(
  state: AslParallelState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  planScope: ScopePlanner,
): StateRunner {
  const next = nextOf(state);
  const branches = (state.Branches ?? []).map((branch, index) =>
    planScope(branch, language, `${name}.Branches[${index}]`),
  );
  const retriers = planRetriers(state.Retry);
  const catchers = planCatchers(state, name, context, language);
  const runAll = async (entry: StateEntry, input: JsonValue): Promise<JsonValue[]> => {
    const frame = entry.frame;
    const history = frame.run.history;
    frame.lastEventId = history.add("ParallelStateStarted", frame.lastEventId);
    try {
      const outputs = await runBranches(branches, input, frame, frame.lastEventId);
      frame.lastEventId = history.add("ParallelStateSucceeded", history.events.length);
      return outputs;
    } catch (error) {
      if (error instanceof Error && error.name !== "Cancelled") {
        frame.lastEventId = history.add("ParallelStateFailed", history.events.length);
      }
      throw error;
    }
  };

  let attempt: (entry: StateEntry, input: JsonValue) => Promise<StepOutcome>;
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    const args = planJsonataField(context, name, "Arguments", state.Arguments);
    attempt = async (entry, input) => {
      const branchInput = args ? await args(entry, statesOf(entry)) : input;
      const result = await runAll(entry, branchInput);
      const { output, assign } = await finishJsonata(io, entry, statesOf(entry, { result }), result);
      return { output, next, assigned: applyAssignment(entry.frame, assign) };
    };
  } else {
    const io = planJsonPathIo(state, name, context);
    attempt = async (entry, input) => {
      const effective = io.inputPath(entry, input);
      const result = await runAll(entry, io.parameters ? io.parameters(entry, effective) : effective);
      const assign = io.assign?.(entry, result);
      const selected = io.resultSelector ? io.resultSelector(entry, result) : result;
      return {
        output: io.outputPath(entry, io.resultPath(input, selected)),
        next,
        assigned: applyAssignment(entry.frame, assign),
      };
    };
  }
  return {
    name,
    type: "Parallel",
    run: (entry, input) => retryAndCatch(entry, () => attempt(entry, input), retriers, catchers),
  };
}
