import {
  type MachineType,
  parseExecutionArn,
  parseStateMachineArn,
  type StateMachineReference,
} from "../arn.js";
import type { ServerContext } from "../context.js";
import { AwsError } from "../protocol/aws-error.js";
import type { ExecutionRecord } from "../store/execution-store.js";
import type { MachineRecord } from "../store/machine-store.js";

export function requireMachine(
  context: ServerContext,
  arnText: string,
  field = "stateMachineArn",
): { readonly machine: MachineRecord; readonly reference: StateMachineReference } {
  const reference = parseStateMachineArn(arnText, field);
  const machine = context.machines.get(reference.arn);
  if (!machine) {
    throw new AwsError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${reference.arn}'`);
  }
  return { machine, reference };
}

/** The APIs on closed executions are STANDARD-only: Express executions keep no history in Step Functions. */
export function requireStandardMachine(context: ServerContext, arnText: string): MachineRecord {
  const { machine } = requireMachine(context, arnText);
  if (machine.type !== "STANDARD") throw typeNotSupported("EXPRESS");
  return machine;
}

export function requireExecution(context: ServerContext, arnText: string): ExecutionRecord {
  const reference = parseExecutionArn(arnText);
  if (reference.type === "EXPRESS") {
    throw new AwsError(
      "InvalidArn",
      `Invalid Arn: 'Resource type not valid in this context: express' (${arnText}): Express executions keep no history; read the result from StartSyncExecution or your logs`,
    );
  }
  const record = context.executions.get(reference.arn);
  if (!record) throw new AwsError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arnText}'`);
  return record;
}

export const typeNotSupported = (type: MachineType): AwsError =>
  new AwsError("StateMachineTypeNotSupported", `This operation is not supported by ${type} state machines`);
