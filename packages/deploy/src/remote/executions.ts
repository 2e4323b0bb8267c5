import { DescribeExecutionCommand, type ExecutionStatus, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { JsonValue } from "@statesmith/dsl";
import { createClient, type RemoteOptions } from "./client.js";
import { callStepFunctions } from "./remote-error.js";

export interface StartExecutionRequest {
  readonly stateMachineArn: string;
  /** Sent as its JSON text. Default `{}`. */
  readonly input?: JsonValue;
  /** Default: a name AWS generates. Reusing a name within 90 days returns the earlier execution (idempotent start). */
  readonly name?: string;
}

export interface StartedExecution {
  readonly executionArn: string;
  readonly startDate: Date;
}

export async function startExecution(
  request: StartExecutionRequest,
  options: RemoteOptions = {},
): Promise<StartedExecution> {
  const client = createClient(options);
  try {
    const output = await callStepFunctions("StartExecution", () =>
      client.send(
        new StartExecutionCommand({
          stateMachineArn: request.stateMachineArn,
          name: request.name,
          input: JSON.stringify(request.input ?? {}),
        }),
      ),
    );
    return Object.freeze({
      executionArn: output.executionArn ?? "",
      startDate: output.startDate ?? new Date(0),
    });
  } finally {
    client.destroy();
  }
}

export interface ExecutionDescription {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name?: string;
  readonly status: ExecutionStatus;
  readonly startDate: Date;
  readonly stopDate?: Date;
  readonly input?: JsonValue;
  readonly output?: JsonValue;
  readonly error?: string;
  readonly cause?: string;
}

export async function describeExecution(
  executionArn: string,
  options: RemoteOptions = {},
): Promise<ExecutionDescription> {
  const client = createClient(options);
  try {
    const output = await callStepFunctions("DescribeExecution", () =>
      client.send(new DescribeExecutionCommand({ executionArn })),
    );
    return Object.freeze({
      executionArn: output.executionArn ?? executionArn,
      stateMachineArn: output.stateMachineArn ?? "",
      name: output.name,
      status: output.status ?? "RUNNING",
      startDate: output.startDate ?? new Date(0),
      stopDate: output.stopDate,
      input: parseJson(output.input),
      output: parseJson(output.output),
      error: output.error,
      cause: output.cause,
    });
  } finally {
    client.destroy();
  }
}

/** Inputs and outputs travel as JSON text; callers want the value. */
function parseJson(text: string | undefined): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}
