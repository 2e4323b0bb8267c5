export * from "./choice-rule-node.js";
export * from "./condition-nodes.js";
export * from "./error-handling-nodes.js";
export * from "./fragment-node.js";
export * from "./freeze.js";
export * from "./machine-node.js";
export type * from "./map-nodes.js";
export * from "./state-nodes.js";
export * from "./value-nodes.js";
