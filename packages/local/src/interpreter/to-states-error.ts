import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure, runtimeError, type StateWhere, stateError } from "../errors/runtime-errors.js";
import { StatesError } from "../errors/states-error.js";

/** Names any failure as Step Functions would: ours are already named, a bug becomes States.Runtime. */
export function toStatesError(thrown: unknown, where: StateWhere): StatesError {
  if (thrown instanceof StatesError) return thrown;
  if (thrown instanceof EvaluationFailure) return stateError(where, thrown.error, thrown.detail);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return runtimeError(where, `Internal error in the local engine: ${message}`);
}

export const errorOutput = (error: StatesError): { Error: string; Cause: string } => ({
  Error: error.error,
  Cause: error.cause,
});

/** The 256 KiB payload quota, in UTF-8 bytes. https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html */
export const PAYLOAD_LIMIT_BYTES = 262_144;

export const dataLimitExceeded = (stateName: string): StatesError =>
  new StatesError(
    StatesErrors.DataLimitExceeded,
    `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );

/**
 * "Maximum execution history size: 25,000 events … If the execution history reaches this quota the
 * execution fails." It also ends a loop that would otherwise never stop.
 * https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html
 */
export const historyLimitReached = (limit: number): StatesError =>
  new StatesError(
    StatesErrors.Runtime,
    `The execution reached the maximum number of events in its history (${limit}). Split the work into child executions, or raise historyLimit for local runs.`,
  );
