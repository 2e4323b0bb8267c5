/**
 * The `__type`s this server answers with. The SDK reads `__type` (after any `namespace#`) and throws its exception
 * class of that name (`StateMachineDoesNotExist`, `InvalidDefinition`…); a name it does not model, such as
 * `UnknownOperationException`, still arrives as an SFNServiceException with that `name`.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html
 */
export type AwsErrorType =
  | "ExecutionAlreadyExists"
  | "ExecutionDoesNotExist"
  | "InternalFailure"
  | "InvalidArn"
  | "InvalidDefinition"
  | "InvalidExecutionInput"
  | "InvalidName"
  | "InvalidOutput"
  | "InvalidToken"
  | "MissingRequiredParameter"
  | "ResourceNotFound"
  | "SerializationException"
  | "StateMachineAlreadyExists"
  | "StateMachineDoesNotExist"
  | "StateMachineTypeNotSupported"
  | "TaskDoesNotExist"
  | "TaskTimedOut"
  | "UnknownOperationException"
  | "ValidationException";

/** A failure to report to the client as `{ "__type", "message" }`; anything else thrown is a bug (500). */
export class AwsError extends Error {
  override readonly name = "AwsError";

  constructor(
    readonly type: AwsErrorType,
    message: string,
    readonly status: 400 | 413 | 500 = 400,
  ) {
    super(message);
  }
}

/** AWS's wording for constraint failures, so that messages read as they do from the real service. */
export const validationError = (field: string, constraint: string, value = "null"): AwsError =>
  new AwsError(
    "ValidationException",
    `1 validation error detected: Value ${value} at '${field}' failed to satisfy constraint: ${constraint}`,
  );
