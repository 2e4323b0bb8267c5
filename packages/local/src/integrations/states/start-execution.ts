import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import type { TaskRequest } from "../../interpreter/task-invoker.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../../util/json.js";

/** What the engine offers this integration: find a machine it loaded, start it, wait for it. */
export interface ChildExecutions {
  start(
    stateMachine: string,
    input: JsonValue,
    name: string | undefined,
  ): {
    readonly executionArn: string;
    readonly stateMachineArn: string;
    readonly name: string;
    readonly startDate: Date;
    readonly result: Promise<{
      status: string;
      output?: JsonValue;
      error?: string;
      cause?: string;
      stopDate: Date;
    }>;
  };
}

/**
 * `arn:aws:states:::states:startExecution[.sync[:2]]` on machines loaded in the same engine.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */
export function createStartExecutionIntegration(children: ChildExecutions) {
  return async (request: TaskRequest): Promise<JsonValue> => {
    const parameters = request.payload;
    if (!isJsonObject(parameters) || typeof parameters.StateMachineArn !== "string") {
      throw new StatesError(
        StatesErrors.Runtime,
        `State '${request.stateName}': startExecution needs a StateMachineArn.`,
      );
    }
    const input =
      typeof parameters.Input === "string"
        ? (JSON.parse(parameters.Input) as JsonValue)
        : (parameters.Input ?? {});
    const child = children.start(
      parameters.StateMachineArn,
      input,
      typeof parameters.Name === "string" ? parameters.Name : undefined,
    );
    if (request.description.pattern !== "sync") {
      return { ExecutionArn: child.executionArn, StartDate: child.startDate.getTime() };
    }
    const done = await request.cancellation.race(child.result);
    const asJson = request.description.resource.endsWith(":2");
    const described: JsonObject = {
      ExecutionArn: child.executionArn,
      Input: asJson ? input : JSON.stringify(input),
      InputDetails: { Included: true },
      Name: child.name,
      StartDate: child.startDate.getTime(),
      StateMachineArn: child.stateMachineArn,
      Status: done.status,
      StopDate: done.stopDate.getTime(),
    };
    if (done.status === "SUCCEEDED") {
      return {
        ...described,
        Output: asJson ? (done.output ?? null) : JSON.stringify(done.output ?? null),
        OutputDetails: { Included: true },
      };
    }
    throw new StatesError(
      StatesErrors.TaskFailed,
      JSON.stringify({ ...described, Error: done.error, Cause: done.cause }),
    );
  };
}
