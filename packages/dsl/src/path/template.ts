import type { JsonPrimitive, QueryLanguage } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import { type TemplateNode, ValueNode } from "../ir/value-nodes.js";
import type { Entry, FromEntries } from "../typing/entries.js";
import type { Expr, PathRef, REF_NODE, RefValue } from "./refs.js";
import { refNode } from "./refs.js";

/**
 * Payload templates are plain objects whose leaves may be references: `{ orderId: $.order.id, fixed: 1 }`.
 * The compiler spells them per query language (`"orderId.$": "$.order.id"` or `"{% $states.input… %}"`).
 */
export type Template =
  | JsonPrimitive
  | PathRef<unknown>
  | Expr<unknown>
  | readonly Template[]
  | TemplateObject;
export interface TemplateObject {
  readonly [key: string]: Template | undefined;
}

/**
 * The JSON a template produces: references replaced by the type of what they select. Objects are rebuilt
 * from their entries (entries.ts), which makes the result canonical: two templates of the same shape give the
 * same type, so Choice branches that rejoin collapse into one type instead of a union that doubles at every
 * join. Every callback's object literal is a new type, so this runs in full at nearly every state: the tests
 * are ordered for it (one brand test for both kinds of reference, no separate test for primitives, which the
 * last branch returns as they are), and each field is resolved in the mapped type that makes the entries.
 */
export type Resolved<T> = T extends { readonly [REF_NODE]: unknown }
  ? RefValue<T>
  : T extends readonly unknown[]
    ? T extends readonly (infer Item)[]
      ? ResolvedItems<Item>
      : never
    : T extends object
      ? FromEntries<{ [K in keyof T]-?: Entry<K, Resolved<Exclude<T[K], undefined>>> }[keyof T]>
      : T;

// `infer Item` (not `T[number]`) keeps generic templates in declarations from expanding forever.
type ResolvedItems<Item> = Resolved<Item> extends infer R ? R[] : never;

/** Converts a template written by the user to IR, refusing references of the other query language. */
export function toTemplate(
  value: unknown,
  language: QueryLanguage,
  where: string,
  inArray = false,
): TemplateNode {
  if (typeof value === "string" || typeof value === "boolean" || value === null)
    return ValueNode.literal(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new BuilderError(where, `${value} is not a JSON number`, "Use a finite number.");
    return ValueNode.literal(value);
  }
  const node = refNode(value);
  if (node !== undefined) return referenceTemplate(node, language, where, inArray);
  if (Array.isArray(value)) {
    return ValueNode.array(
      value.map((item, index) => toTemplate(item, language, `${where}[${index}]`, true)),
    );
  }
  if (isPlainObject(value)) {
    const entries: { key: string; value: TemplateNode }[] = [];
    for (const key in value) {
      const item = value[key];
      if (item !== undefined)
        entries.push({ key, value: toTemplate(item, language, `${where}.${key}`, inArray) });
    }
    return ValueNode.object(entries);
  }
  throw new BuilderError(
    where,
    `${describe(value)} is not JSON`,
    "Use JSON values (convert dates with toISOString()) and references.",
  );
}

function referenceTemplate(
  node: NonNullable<ReturnType<typeof refNode>>,
  language: QueryLanguage,
  where: string,
  inArray: boolean,
): TemplateNode {
  if (node.kind === "json-path" || node.kind === "intrinsic") {
    if (language === "JSONata") {
      throw new BuilderError(
        where,
        "a JSONPath reference ($…) in a JSONata state",
        "Use input.…/vars.… references here.",
      );
    }
    if (inArray) {
      throw new BuilderError(
        where,
        "JSONPath payload templates cannot hold a path inside an array",
        "Build the array with the States.Array intrinsic: array($.a, $.b).",
      );
    }
    return node;
  }
  if (language === "JSONPath") {
    throw new BuilderError(where, "a JSONata expression in a JSONPath state", "Use $-path references here.");
  }
  return node.kind === "jsonata" ? node : ValueNode.jsonata([node]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (value instanceof Date) return "a Date";
  return typeof value === "object" && value !== null
    ? `a ${value.constructor?.name ?? "object"}`
    : String(value);
}
