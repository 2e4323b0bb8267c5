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

/**
 * An HTTP Task (`arn:aws:states:::http:invoke`) that gets a non-2xx answer fails with the status code in the
 * error name, e.g. `States.Http.StatusCode.429`. https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
 */
export type HttpStatusCodeError = `States.Http.StatusCode.${number}`;
export const HTTP_STATUS_CODE_ERROR = /^States\.Http\.StatusCode\.[1-5]\d\d$/;

export type StatesErrorName = (typeof STATES_ERRORS)[number] | HttpStatusCodeError;
