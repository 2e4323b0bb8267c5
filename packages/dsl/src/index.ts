export * from "./asl/intrinsic.js";
export * from "./asl/json-path.js";
export type * from "./asl/types.js";
export * from "./diagnostics/diagnostic.js";
// The DSL: machines, state builders, paths, intrinsics, integrations and the compiler.
export * from "./dsl.js";
export * from "./review/index.js";
export * from "./validate/index.js";
