/**
 * The predefined error names. https://states-language.net/spec.html#appendix-a and
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
export const STATES_ERRORS = Object.freeze([
  "States.ALL",
  "States.BranchFailed",
  "States.DataLimitExceeded",
  "States.ExceedToleratedFailureThreshold",
  "States.HeartbeatTimeout",
  "States.Http.Socket",
  "States.IntrinsicFailure",
  "States.ItemReaderFailed",
  "States.NoChoiceMatched",
  "States.ParameterPathFailure",
  "States.Permissions",
  "States.QueryEvaluationError",
  "States.ResultPathMatchFailure",
  "States.ResultWriterFailed",
  "States.Runtime",
  "States.TaskFailed",
  "States.Timeout",
] as const);

export type StatesErrorName = (typeof STATES_ERRORS)[number];
