import type { JsonPrimitive, QueryLanguage } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import { type JsonataRefNode, type TemplateNode, ValueNode } from "../ir/value-nodes.js";
import type { Empty } from "../typing/empty.js";
import type { Expr, PathRef } from "./refs.js";
import { isExpr, isPathRef, refNode } from "./refs.js";

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
 * from `[key, type]` entries, which makes the result canonical: two templates of the same shape give the same
 * type, so Choice branches that rejoin collapse into one type instead of a union that doubles at every join.
 */
export type Resolved<T> =
  T extends PathRef<infer V>
    ? V
    : T extends Expr<infer V>
      ? V
      : T extends JsonPrimitive
        ? T
        : T extends readonly (infer Item)[]
          ? ResolvedItems<Item>
          : T extends object
            ? ResolvedObject<T>
            : T;

// `infer Item` (not `T[number]`) keeps generic templates in declarations from expanding forever.
type ResolvedItems<Item> = Resolved<Item> extends infer R ? R[] : never;
type ResolvedFields<T> = { [K in keyof T]-?: Resolved<Exclude<T[K], undefined>> };
type ResolvedObject<T> =
  ResolvedFields<T> extends infer F ? FromEntries<{ [K in keyof F]-?: [K, F[K]] }[keyof F]> : never;
type FromEntries<E extends readonly [PropertyKey, unknown]> = [E] extends [never]
  ? Empty
  : { [Entry in E as Entry[0]]: Entry[1] };

/** Converts a template written by the user to IR, refusing references of the other query language. */
export function toTemplate(
  value: unknown,
  language: QueryLanguage,
  where: string,
  inArray = false,
): TemplateNode {
  if (isPathRef(value)) {
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
    return refNode(value) as TemplateNode;
  }
  if (isExpr(value)) {
    if (language === "JSONPath") {
      throw new BuilderError(
        where,
        "a JSONata expression in a JSONPath state",
        "Use $-path references here.",
      );
    }
    const node = refNode(value)!;
    return node.kind === "jsonata" ? node : ValueNode.jsonata([node as JsonataRefNode]);
  }
  if (value === null || typeof value === "string" || typeof value === "boolean")
    return ValueNode.literal(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new BuilderError(where, `${value} is not a JSON number`, "Use a finite number.");
    return ValueNode.literal(value);
  }
  if (Array.isArray(value)) {
    return ValueNode.array(
      value.map((item, index) => toTemplate(item, language, `${where}[${index}]`, true)),
    );
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => ({ key, value: toTemplate(item, language, `${where}.${key}`, inArray) }));
    return ValueNode.object(entries);
  }
  throw new BuilderError(
    where,
    `${describe(value)} is not JSON`,
    "Use JSON values (convert dates with toISOString()) and references.",
  );
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
