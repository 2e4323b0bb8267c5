import { freezeDeep } from "./freeze.js";
import type { StateNode } from "./state-nodes.js";
import type { JsonPathNode, ObjectTemplateNode, TemplateNode } from "./value-nodes.js";

export interface RetrierNode {
  readonly kind: "retrier";
  readonly errors: readonly string[];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: "FULL" | "NONE";
  readonly comment?: string;
}

export interface CatcherNode {
  readonly kind: "catcher";
  readonly errors: readonly string[];
  /** JSONPath: where the error output goes (`null` discards it); absent means replace. */
  readonly resultPath?: JsonPathNode | null;
  /** JSONata: the catcher's output. */
  readonly output?: TemplateNode;
  readonly assign?: ObjectTemplateNode;
  readonly comment?: string;
  readonly next: StateNode;
}

export const RetrierNode = Object.freeze({
  create: (fields: Omit<RetrierNode, "kind">): RetrierNode => freezeDeep({ kind: "retrier", ...fields }),
});

export const CatcherNode = Object.freeze({
  create: (fields: Omit<CatcherNode, "kind">): CatcherNode => freezeDeep({ kind: "catcher", ...fields }),
});
