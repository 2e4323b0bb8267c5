/**
 * The predefined error names of the Amazon States Language.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
export const StatesErrors = Object.freeze({
  ALL: "States.ALL",
  BranchFailed: "States.BranchFailed",
  DataLimitExceeded: "States.DataLimitExceeded",
  ExceedToleratedFailureThreshold: "States.ExceedToleratedFailureThreshold",
  HeartbeatTimeout: "States.HeartbeatTimeout",
  IntrinsicFailure: "States.IntrinsicFailure",
  ItemReaderFailed: "States.ItemReaderFailed",
  NoChoiceMatched: "States.NoChoiceMatched",
  ParameterPathFailure: "States.ParameterPathFailure",
  Permissions: "States.Permissions",
  QueryEvaluationError: "States.QueryEvaluationError",
  ResultPathMatchFailure: "States.ResultPathMatchFailure",
  ResultWriterFailed: "States.ResultWriterFailed",
  Runtime: "States.Runtime",
  TaskFailed: "States.TaskFailed",
  Timeout: "States.Timeout",
} as const);

/**
 * "States.ALL … can't catch the States.DataLimitExceeded terminal error type and runtime error types", and a
 * States.Runtime error "isn't retriable, and will always cause the execution to fail".
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  if (error === StatesErrors.Runtime) return false;
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === StatesErrors.ALL && error !== StatesErrors.DataLimitExceeded) return true;
    // "States.TaskFailed acts as a wildcard that matches any known error name except for States.Timeout."
    if (
      name === StatesErrors.TaskFailed &&
      error !== StatesErrors.Timeout &&
      error !== StatesErrors.DataLimitExceeded
    )
      return true;
  }
  return false;
}
