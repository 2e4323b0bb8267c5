import type { ContextParts, ExecutionRun } from "../../interpreter/execution-run.js";
import { isoTime, newUuid } from "../../util/ids.js";
import type { JsonValue } from "../../util/json.js";

/** A Distributed Map's child workflows: the Map Run's label and the executions' type. */
export interface ChildWorkflows {
  readonly label: string;
  readonly express: boolean;
}

/**
 * Each iteration of a Distributed Map runs as a child workflow execution of its own, so its `$$.Execution`
 * is that execution (its input is the item) and its `$$.StateMachine` is the labelled state machine
 * `name/label` the Map Run's children belong to.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html
 */
export function childWorkflowContext(
  run: ExecutionRun,
  workflows: ChildWorkflows,
  input: JsonValue,
  startTime: number,
): ContextParts {
  const machine = `${run.stateMachineName}/${workflows.label}`;
  const name = newUuid();
  const arnPrefix = run.stateMachineArn.slice(0, run.stateMachineArn.lastIndexOf(":stateMachine:"));
  const executionArn = `${arnPrefix}:${workflows.express ? "express" : "execution"}:${machine}:${name}`;
  const parent = run.executionContext;
  return {
    execution: {
      Id: executionArn,
      Input: input,
      Name: name,
      ...(parent.RoleArn !== undefined && { RoleArn: parent.RoleArn }),
      StartTime: isoTime(startTime),
      RedriveCount: 0,
    },
    stateMachine: { Id: `${run.stateMachineArn}/${workflows.label}`, Name: machine },
  };
}

/** The label a Map Run is known by: the state's Label, or one Step Functions makes up. */
export const mapRunLabel = (label: unknown): string =>
  typeof label === "string" && label !== "" ? label : newUuid().slice(0, 8);
