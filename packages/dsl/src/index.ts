export type * from "./asl/types.js";
export * from "./diagnostics/diagnostic.js";
export * from "./validate/index.js";
