import type { JsonPrimitive } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import type { JsonataNode, JsonataRefNode, JsonataRoot } from "../ir/value-nodes.js";
import { ValueNode } from "../ir/value-nodes.js";
import { indexLegs, type RefGrowth, RootRefs } from "./ref-proxy.js";
import { type Expr, isExpr, REF_NODE, refNode } from "./refs.js";

/**
 * JSONata references: `input.order.id` is `$states.input.order.id` typed `Expr<string>`; `vars.total` is
 * `$total`. Expressions beyond references are written with the `jsonata` tag, which states its result type.
 */
export type JsonataRef<T> = Expr<T> & JsonataNavigation<NonNullable<T>>;

// `[T] extends [never]` for a field typed `null`, as in JsonPath (json-path-proxy.ts).
type JsonataNavigation<T> = unknown extends T
  ? unknown
  : [T] extends [never]
    ? unknown
    : T extends readonly unknown[]
      ? {
          at<const I extends number>(
            index: I,
          ): JsonataRef<number extends T["length"] ? T[number] : I extends keyof T ? T[I] : undefined>;
        }
      : T extends object
        ? { readonly [K in keyof T & string]-?: JsonataRef<T[K]> }
        : unknown;

export type JsonataVars<V> = { readonly [K in keyof V & string]-?: JsonataRef<V[K]> };

/** JSONata references grow by a field and by `.at(index)`. */
const GROWTH: RefGrowth<JsonataRefNode> = {
  field: (node, name) =>
    ValueNode.jsonataRef(node.root, [...node.legs, { type: "field", name }], node.variable),
  call(node, args) {
    const indexed = indexLegs(node.legs, args);
    if (indexed === undefined) {
      throw new BuilderError(
        "JSONata reference",
        "only .at(index) can be called on a reference",
        "Use input.items.at(0).",
      );
    }
    return ValueNode.jsonataRef(node.root, indexed, node.variable);
  },
};

const ROOTS = new RootRefs<JsonataRefNode, JsonataRoot>(GROWTH, (root, variable) =>
  ValueNode.jsonataRef(root, [], variable),
);

export function jsonataRoot<T>(name: JsonataRoot): JsonataRef<T> {
  return ROOTS.get(name) as JsonataRef<T>;
}

export function jsonataVars<V>(): JsonataVars<V> {
  return ROOTS.variables() as JsonataVars<V>;
}

/**
 * A JSONata expression from source text with typed references spliced in:
 * `` jsonata<number>`$sum(${input.items}.price)` `` renders `{% $sum($states.input.items.price) %}`.
 * The result type is what you state (default `unknown`: narrow it before use).
 */
export function jsonata<T = unknown>(
  strings: TemplateStringsArray,
  ...values: readonly (Expr<unknown> | JsonPrimitive)[]
): Expr<T> {
  const parts: JsonataNode["parts"][number][] = [];
  strings.forEach((text, index) => {
    if (text.length > 0) parts.push({ kind: "jsonata-text", text });
    if (index < values.length) parts.push(...partsOf(values[index]));
  });
  return exprOf<T>(ValueNode.jsonata(parts));
}

function partsOf(value: Expr<unknown> | JsonPrimitive | undefined): JsonataNode["parts"] {
  if (isExpr(value)) {
    const node = refNode(value)!;
    if (node.kind === "jsonata-ref") return [node];
    // A spliced expression keeps its precedence.
    return [
      { kind: "jsonata-text", text: "(" },
      ...(node as JsonataNode).parts,
      { kind: "jsonata-text", text: ")" },
    ];
  }
  if (value === undefined || (typeof value === "object" && value !== null)) {
    throw new BuilderError(
      "jsonata`…`",
      "only JSONata references, expressions, strings, numbers, booleans and null can be spliced in",
      "Splice `input.x`, `vars.x` or another jsonata`…` expression.",
    );
  }
  return [{ kind: "jsonata-literal", value }];
}

/** Internal: an expression from source text pieces (`text`) and operands (references, expressions, literals). */
export function composeJsonata<T>(
  pieces: readonly ({ readonly text: string } | Expr<unknown> | JsonPrimitive)[],
): Expr<T> {
  const parts = pieces.flatMap((piece) =>
    typeof piece === "object" && piece !== null && "text" in piece && !isExpr(piece)
      ? [{ kind: "jsonata-text" as const, text: piece.text }]
      : partsOf(piece as Expr<unknown> | JsonPrimitive),
  );
  return exprOf<T>(ValueNode.jsonata(parts));
}

export function exprOf<T>(node: JsonataNode | JsonataRefNode): Expr<T> {
  return Object.freeze({ [REF_NODE]: node }) as unknown as Expr<T>;
}
