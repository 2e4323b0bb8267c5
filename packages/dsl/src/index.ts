export * from "./asl/intrinsic.js";
export * from "./asl/json-path.js";
export type * from "./asl/types.js";
export * from "./diagnostics/diagnostic.js";
export * from "./validate/index.js";
