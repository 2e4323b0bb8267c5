import type { AslPassState, QueryLanguage } from "@statesmith/dsl";
import { applyAssignment } from "../plan/assign.js";
import { finishJsonata, planJsonataIo, statesOf } from "../plan/jsonata-io.js";
import { planJsonPathIo } from "../plan/jsonpath-io.js";
import type { PlanContext } from "../plan/plan-context.js";
import type { StateRunner } from "../plan/state-runner.js";
import { andThen } from "../util/maybe-promise.js";
import { nextOf } from "./next-state.js";

/**
 * Pass: its result is `Result`, else the Parameters output, else its input; it never awaits.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html
 */
export function planPass(
  state: AslPassState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  const next = nextOf(state);
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    return {
      name,
      type: "Pass",
      run: (entry, input) =>
        andThen(finishJsonata(io, entry, statesOf(entry), input), ({ output, assign }) => ({
          output,
          next,
          assigned: applyAssignment(entry.frame, assign),
        })),
    };
  }
  const io = planJsonPathIo(state, name, context);
  const result = state.Result;
  return {
    name,
    type: "Pass",
    run(entry, input) {
      let effective = io.inputPath(entry, input);
      if (io.parameters) effective = io.parameters(entry, effective);
      const value = result !== undefined ? result : effective;
      const assign = io.assign?.(entry, value);
      const output = io.outputPath(entry, io.resultPath(input, value));
      return { output, next, assigned: applyAssignment(entry.frame, assign) };
    },
  };
}
