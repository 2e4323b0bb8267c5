import type { IntrinsicNode, JsonataNode, JsonataRefNode, JsonPathNode } from "../ir/value-nodes.js";

/** Where the IR node of a reference is kept on the (proxy) value. */
export const REF_NODE: unique symbol = Symbol("statesmith.ref");

declare const JSONPATH_VALUE: unique symbol;
declare const JSONATA_VALUE: unique symbol;

// References are covariant, as tsc measures them: declared, the measurement (a structural walk) is skipped.
/**
 * A JSONPath reference (`$.order.id`, `$$.Execution.Id`, `$total`) or an intrinsic (`States.Format(…)`),
 * carrying the type of the value it selects. Only the type checker sees `[JSONPATH_VALUE]`.
 */
export interface PathRef<out T> {
  readonly [JSONPATH_VALUE]: T;
  readonly [REF_NODE]: JsonPathNode | IntrinsicNode;
}

/** A JSONata expression (`$states.input.order.id`, `$total`, `` jsonata`…` ``) typed by its result. */
export interface Expr<out T> {
  readonly [JSONATA_VALUE]: T;
  readonly [REF_NODE]: JsonataNode | JsonataRefNode;
}

/** The value type behind a reference; other values stay as they are. */
export type RefValue<T> = T extends PathRef<infer V> ? V : T extends Expr<infer V> ? V : T;

export function refNode(
  value: unknown,
): JsonPathNode | IntrinsicNode | JsonataNode | JsonataRefNode | undefined {
  if ((typeof value === "object" || typeof value === "function") && value !== null) {
    return (value as { [REF_NODE]?: JsonPathNode | IntrinsicNode | JsonataNode | JsonataRefNode })[REF_NODE];
  }
  return undefined;
}

export function isPathRef(value: unknown): value is PathRef<unknown> {
  const node = refNode(value);
  return node?.kind === "json-path" || node?.kind === "intrinsic";
}

export function isExpr(value: unknown): value is Expr<unknown> {
  const node = refNode(value);
  return node?.kind === "jsonata" || node?.kind === "jsonata-ref";
}
