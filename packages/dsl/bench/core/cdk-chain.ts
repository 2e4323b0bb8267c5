/** The generated chain (see chain.ts) built with aws-cdk-lib/aws-stepfunctions constructs, for comparison. */
import type { Stack } from "aws-cdk-lib";
import {
  Choice,
  Condition,
  Fail,
  type INextable,
  Pass,
  Result,
  type State,
  StateGraph,
} from "aws-cdk-lib/aws-stepfunctions";
import { chainOf, LAST, stepIndex } from "./chain.js";

function chainState(stack: Stack, name: string): State & INextable {
  const index = stepIndex(name);
  if (index !== undefined)
    return new Pass(stack, name, { result: Result.fromObject({ step: index }), resultPath: "$.step" });
  return new Pass(stack, name, name === LAST ? { outputPath: "$.step" } : { inputPath: "$" });
}

/** Builds the chain in `stack` (which must be fresh: CDK states belong to one graph) and renders its JSON text. */
export function cdkJson(stack: Stack, size: number): string {
  const chain = chainOf(size);
  const states = chain.map((name) => chainState(stack, name));
  states.forEach((state, position) => {
    const next = states[position + 1];
    const index = stepIndex(chain[position]!);
    if (next === undefined) return;
    if (index === undefined) {
      state.next(next);
      return;
    }
    state.next(
      new Choice(stack, `Check ${index}`)
        .when(Condition.numberLessThanEquals("$.step.step", index), next)
        .when(Condition.and(Condition.isPresent("$.flag"), Condition.booleanEquals("$.flag", true)), next)
        .otherwise(
          new Fail(stack, `Fail ${index}`, { error: "StepFailed", cause: `Step ${index} went wrong` }),
        ),
    );
  });
  return `${JSON.stringify(new StateGraph(states[0]!, `chain-${size}`).toGraphJson(), null, 2)}\n`;
}
