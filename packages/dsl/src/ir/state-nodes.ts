import type { QueryLanguage } from "../asl/types.js";
import type { ChoiceRuleNode } from "./choice-rule-node.js";
import type { CatcherNode, RetrierNode } from "./error-handling-nodes.js";
import type { FragmentNode } from "./fragment-node.js";
import type { MapFieldsNode } from "./map-nodes.js";
import type {
  IntrinsicNode,
  JsonataNode,
  JsonPathNode,
  ObjectTemplateNode,
  TemplateNode,
} from "./value-nodes.js";

/** A number, or where to read it: a JSONPath reference path or a JSONata expression. */
export type DynamicNumber = number | JsonPathNode | JsonataNode;

/** Fields every state may carry; which ones a state type allows is the builders' business. */
interface StateCommon {
  readonly name: string;
  readonly queryLanguage: QueryLanguage;
  readonly comment?: string;
  /** JSONPath: `undefined` = `$`, `null` = `{}`. */
  readonly inputPath?: JsonPathNode | null;
  readonly outputPath?: JsonPathNode | null;
  /** JSONata `Output`. */
  readonly output?: TemplateNode;
  readonly assign?: ObjectTemplateNode;
}

/** Fields of the states that produce a result (Task, Parallel, Map). */
interface ResultFields {
  /** JSONPath `Parameters` / JSONata `Arguments`, by the state's query language. */
  readonly parameters?: TemplateNode;
  readonly resultSelector?: TemplateNode;
  readonly resultPath?: JsonPathNode | null;
  readonly retry: readonly RetrierNode[];
  readonly catch: readonly CatcherNode[];
}

export interface TaskNode extends StateCommon, ResultFields {
  readonly kind: "task";
  readonly resource: string;
  readonly timeoutSeconds?: DynamicNumber;
  readonly heartbeatSeconds?: DynamicNumber;
  readonly credentials?: TemplateNode;
}

export interface PassNode extends StateCommon {
  readonly kind: "pass";
  readonly result?: TemplateNode;
  readonly parameters?: TemplateNode;
  readonly resultPath?: JsonPathNode | null;
}

export interface ChoiceNode extends StateCommon {
  readonly kind: "choice";
  readonly rules: readonly ChoiceRuleNode[];
  readonly default?: StateNode;
}

export type WaitDuration =
  | { readonly type: "seconds"; readonly value: DynamicNumber }
  | { readonly type: "timestamp"; readonly value: string | JsonPathNode | JsonataNode };

export interface WaitNode extends StateCommon {
  readonly kind: "wait";
  readonly duration: WaitDuration;
}

export interface SucceedNode extends StateCommon {
  readonly kind: "succeed";
}

/** Error and cause: a constant, a path, an intrinsic (JSONPath) or an expression (JSONata). */
export type FailText = string | JsonPathNode | IntrinsicNode | JsonataNode;

export interface FailNode extends StateCommon {
  readonly kind: "fail";
  readonly error?: FailText;
  readonly cause?: FailText;
}

export interface ParallelNode extends StateCommon, ResultFields {
  readonly kind: "parallel";
  readonly branches: readonly FragmentNode[];
}

export interface MapNode extends StateCommon, ResultFields, MapFieldsNode {
  readonly kind: "map";
  /** Absent until `processor()` is called; the compiler reports a Map without one. */
  readonly processor?: FragmentNode;
}

export type StateNode =
  | TaskNode
  | PassNode
  | ChoiceNode
  | WaitNode
  | SucceedNode
  | FailNode
  | ParallelNode
  | MapNode;
export type StateKind = StateNode["kind"];

/** States that end their path: no `Next`, nothing can follow them. */
export const TERMINAL_KINDS: ReadonlySet<StateKind> = new Set<StateKind>(["succeed", "fail", "choice"]);
