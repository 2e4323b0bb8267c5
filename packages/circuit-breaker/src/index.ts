/**
 * @statesmith/circuit-breaker: the Circuit Breaker pattern as an AWS Step Functions state machine, written in
 * the Statesmith DSL — a combinator that wraps any Task, and the ready-made machine built with it.
 */
export { circuitBreaker } from "./circuit-breaker.js";
export {
  CircuitBreakerInput,
  circuitBreakerMachine,
  circuitBreakerStateMachine,
  PLACEHOLDERS,
} from "./machine/standalone.js";
export {
  DependencyError,
  type OperationRequest,
  type OperationResponse,
} from "./operation/operation-types.js";
export type * from "./options/breaker-options.js";
export { CircuitBreakerConfigError, TRANSIENT_ERRORS } from "./options/resolve-options.js";
export type { CircuitBreakerResult, CommandResult, DegradedReason } from "./result.js";
export { COMMANDS, type Command } from "./states/commands.js";
export { REASONS } from "./states/fallback.js";
export {
  ATTRIBUTE,
  CIRCUIT_STATES,
  type CircuitState,
  circuitTableDesign,
  ITEM,
} from "./table/table-design.js";
export { circuitItemKey, createCircuitTableInput, parseCircuitItem } from "./table/table-requests.js";
