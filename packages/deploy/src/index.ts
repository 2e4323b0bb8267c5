export type { StatesmithLogOptions, StatesmithStateMachineProps } from "./construct/props.js";
export { StatesmithStateMachine } from "./construct/statesmith-state-machine.js";
export { StatesmithDeployError } from "./definition/deploy-error.js";
export {
  type CompiledMachine,
  type DefinitionInput,
  type LoadedDefinition,
  loadDefinition,
} from "./definition/load-definition.js";
export { findPlaceholders } from "./definition/placeholders.js";
export { type DeriveOptions, derivePermissions } from "./iam/derive-permissions.js";
export { type Permission, type ResourcePattern, wildcardWarnings } from "./iam/permission.js";
export { CircuitBreakerStack, type CircuitBreakerStackProps } from "./stacks/circuit-breaker-stack.js";
export { asCircuitTableDesign, type CircuitTableDesign } from "./stacks/circuit-table.js";
export type { NodeVersion } from "./stacks/operation-function.js";
