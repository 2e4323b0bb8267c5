// `@statesmith/deploy/remote`: calls to a deployed Step Functions (or a compatible endpoint).
// Deliberately free of aws-cdk-lib, so the CLI loads only the SDK client.
export type { RemoteOptions } from "./client.js";
export {
  describeExecution,
  type ExecutionDescription,
  type StartExecutionRequest,
  type StartedExecution,
  startExecution,
} from "./executions.js";
export { NO_CREDENTIALS_MESSAGE, RemoteError } from "./remote-error.js";
export {
  type RemoteValidationResult,
  type ValidateRemoteOptions,
  validateRemote,
} from "./validate-remote.js";
