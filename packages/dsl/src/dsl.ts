/** The DSL's public surface (re-exported by index.ts). IR nodes stay internal: other packages read ASL. */
export { type BuilderError, isBuilderError } from "./builder/builder-error.js";
export * from "./builder/conditions.js";
export type { ErrorList, ErrorOutput, StatesErrorName } from "./builder/error-names.js";
export { STATES_ERRORS } from "./builder/error-names.js";
export type { EndedFlow, Flow, FlowData, FlowDone, FlowLike, FlowOutput, FlowVars } from "./builder/flow.js";
export { isEmptyFlow } from "./builder/flow.js";
export type { Retrier } from "./builder/retry.js";
export type { JsonataHelpers, JsonPathHelpers } from "./builder/scope.js";
export type { Attachable, OutputOf, StateSpec } from "./builder/spec.js";
export { type Fragment, jsonataStates, type States, states } from "./builder/states.js";
export { type CompileOptions, type CompileResult, compile } from "./compiler/compile.js";
export * from "./integrations/index.js";
export * from "./intrinsics/intrinsics.js";
export {
  isStateMachine,
  type MachineInput,
  type MachineOptions,
  type MachineOutput,
  machine,
  type StateMachine,
} from "./machine/machine.js";
export type { ContextObject } from "./path/context-object.js";
export type { JsonPath, JsonPathRootRef, JsonPathVars } from "./path/json-path-proxy.js";
export type { JsonataRef, JsonataVars } from "./path/jsonata.js";
export { jsonata } from "./path/jsonata-tag.js";
export type { Expr, PathRef } from "./path/refs.js";
export type { Resolved, Template } from "./path/template.js";
