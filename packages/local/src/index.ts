/**
 * @statesmith/local: run Amazon States Language definitions on one machine with AWS Step Functions'
 * semantics — every state type, JSONPath and JSONata, intrinsics, Retry/Catch, a virtual clock, local
 * Lambda handlers, DynamoDB on an embedded server, and Step Functions Local mock configurations.
 */
export type { Clock, RealClock, TimerHandle, VirtualClock } from "./clock/clock.js";
export { isVirtualClock } from "./clock/clock.js";
export { createRealClock } from "./clock/real-clock.js";
export { createVirtualClock, type VirtualClockOptions } from "./clock/virtual-clock.js";
export { createEngine } from "./engine/create-engine.js";
export type { DefinitionSubstitutions } from "./engine/definition-substitutions.js";
export type {
  ChildExecution,
  Engine,
  EngineOptions,
  Execution,
  ExecutionResult,
  ExecutionStatus,
  LoadedMachine,
  LoadOptions,
  StartOptions,
} from "./engine/engine-types.js";
export { DefinitionRefusedError } from "./errors/definition-refused-error.js";
export { StartExecutionError, TaskTokenError } from "./errors/engine-errors.js";
export { StatesErrors } from "./errors/error-names.js";
export { isStatesError, StatesError } from "./errors/states-error.js";
export type * from "./history/history-event.js";
export type { DynamoDbOptions } from "./integrations/dynamodb/dynamodb-endpoint.js";
export type { LambdaContext, LambdaHandler } from "./integrations/lambda/lambda-handler.js";
export {
  loadMockConfig,
  MockConfigError,
  type MockConfigFile,
  type MockedResponse,
} from "./integrations/mock/mock-config.js";
export { formatTrace } from "./trace/format-trace.js";
export type { JsonObject, JsonValue } from "./util/json.js";
export { InvalidJsonError } from "./util/json-input.js";
