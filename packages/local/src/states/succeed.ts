import type { AslSucceedState, QueryLanguage } from "@statesmith/dsl";
import { finishJsonata, planJsonataIo, statesOf } from "../plan/jsonata-io.js";
import { planJsonPathIo } from "../plan/jsonpath-io.js";
import type { PlanContext } from "../plan/plan-context.js";
import type { StateRunner } from "../plan/state-runner.js";
import { andThen } from "../util/maybe-promise.js";

/**
 * Succeed: ends its scope successfully with its (filtered) input.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html
 */
export function planSucceed(
  state: AslSucceedState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  if (language === "JSONata") {
    const io = planJsonataIo(state, name, context);
    return {
      name,
      type: "Succeed",
      run: (entry, input) =>
        andThen(finishJsonata(io, entry, statesOf(entry), input), ({ output }) => ({
          output,
          next: undefined,
        })),
    };
  }
  const io = planJsonPathIo(state, name, context);
  return {
    name,
    type: "Succeed",
    run: (entry, input) => ({ output: io.outputPath(entry, io.inputPath(entry, input)), next: undefined }),
  };
}
