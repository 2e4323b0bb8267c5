import type { JsonPrimitive } from "../asl/types.js";
import { freezeDeep } from "./freeze.js";

/** One step of a path: a field, an array index, every item (`[*]`), or syntax kept verbatim. */
export type LegNode =
  | { readonly type: "field"; readonly name: string }
  | { readonly type: "index"; readonly index: number }
  | { readonly type: "wildcard" }
  | { readonly type: "verbatim"; readonly text: string };

/**
 * What a JSONPath `$` means depends on the field: the state input, the task result (ResultSelector,
 * Assign), the error output (Catch). The root records which, so the compiler can check placement.
 */
export type JsonPathRoot = "input" | "result" | "error" | "context" | "variable";

export interface JsonPathNode {
  readonly kind: "json-path";
  readonly root: JsonPathRoot;
  /** Variable name when root is "variable". */
  readonly variable?: string;
  readonly legs: readonly LegNode[];
}

export type IntrinsicArgNode = JsonPathNode | IntrinsicNode | LiteralNode;

export interface IntrinsicNode {
  readonly kind: "intrinsic";
  /** Function name without the `States.` prefix, e.g. "Format". */
  readonly name: string;
  readonly args: readonly IntrinsicArgNode[];
}

export interface LiteralNode {
  readonly kind: "literal";
  readonly value: JsonPrimitive;
}

/** JSONata reference roots: `$states.input`, `$states.result`, `$states.errorOutput`, `$states.context`, `$name`. */
export type JsonataRoot = "input" | "result" | "errorOutput" | "context" | "variable";

export interface JsonataRefNode {
  readonly kind: "jsonata-ref";
  readonly root: JsonataRoot;
  readonly variable?: string;
  readonly legs: readonly LegNode[];
}

/** A JSONata expression: source text interleaved with typed references. */
export interface JsonataNode {
  readonly kind: "jsonata";
  readonly parts: readonly (JsonataTextNode | JsonataRefNode | JsonataLiteralNode)[];
}
export interface JsonataTextNode {
  readonly kind: "jsonata-text";
  readonly text: string;
}
/** A value embedded in an expression (rendered as a JSONata literal). */
export interface JsonataLiteralNode {
  readonly kind: "jsonata-literal";
  readonly value: JsonPrimitive;
}

export interface ObjectTemplateNode {
  readonly kind: "object-template";
  readonly entries: readonly { readonly key: string; readonly value: TemplateNode }[];
}

export interface ArrayTemplateNode {
  readonly kind: "array-template";
  readonly items: readonly TemplateNode[];
}

/** A payload template (Parameters, Arguments, Output, Assign, ResultSelector, Result …). */
export type TemplateNode =
  | ObjectTemplateNode
  | ArrayTemplateNode
  | LiteralNode
  | JsonPathNode
  | IntrinsicNode
  | JsonataNode;

export type TemplateKind = TemplateNode["kind"];

// true, false and null are written often (isPresent, booleanEquals): one node each.
const CONSTANTS: Readonly<Record<string, LiteralNode>> = Object.freeze({
  true: Object.freeze({ kind: "literal", value: true }),
  false: Object.freeze({ kind: "literal", value: false }),
  null: Object.freeze({ kind: "literal", value: null }),
});

export const ValueNode = Object.freeze({
  literal: (value: JsonPrimitive): LiteralNode =>
    typeof value === "boolean" || value === null
      ? CONSTANTS[String(value)]!
      : Object.freeze({ kind: "literal", value }),
  path: (root: JsonPathRoot, legs: readonly LegNode[], variable?: string): JsonPathNode =>
    Object.freeze(
      variable === undefined
        ? { kind: "json-path", root, legs: freezeDeep(legs) }
        : { kind: "json-path", root, variable, legs: freezeDeep(legs) },
    ),
  intrinsic: (name: string, args: readonly IntrinsicArgNode[]): IntrinsicNode =>
    freezeDeep({ kind: "intrinsic", name, args }),
  jsonataRef: (root: JsonataRoot, legs: readonly LegNode[], variable?: string): JsonataRefNode =>
    freezeDeep(
      variable === undefined
        ? { kind: "jsonata-ref", root, legs }
        : { kind: "jsonata-ref", root, variable, legs },
    ),
  jsonata: (parts: JsonataNode["parts"]): JsonataNode => freezeDeep({ kind: "jsonata", parts }),
  object: (entries: ObjectTemplateNode["entries"]): ObjectTemplateNode =>
    freezeDeep({ kind: "object-template", entries }),
  array: (items: readonly TemplateNode[]): ArrayTemplateNode => freezeDeep({ kind: "array-template", items }),
  isTemplate: (value: unknown): value is TemplateNode =>
    typeof value === "object" &&
    value !== null &&
    TEMPLATE_KINDS.has((value as { kind?: unknown }).kind as string),
});

const TEMPLATE_KINDS = new Set<string>([
  "object-template",
  "array-template",
  "literal",
  "json-path",
  "intrinsic",
  "jsonata",
] satisfies TemplateKind[]);
