import { type JsonPathNode, type JsonPathRoot, type LegNode, ValueNode } from "../ir/value-nodes.js";
import type { AtPath, CheckPath } from "../typing/resolve.js";
import { parseInputPath } from "./parse-json-path.js";
import { indexLegs, type RefGrowth, RootRefs } from "./ref-proxy.js";
import type { PathRef } from "./refs.js";

/**
 * The typed path builder: `$.order.items.at(0).sku` is a `PathRef<string>` holding the legs
 * `["order", "items", 0, "sku"]`. Navigation is typed by the data at that point, so a misspelt field is
 * tsc's own error naming the key. (`at` is an object's field `at`, and on an array the index method.)
 */
export type JsonPath<T> = PathRef<T> & PathNavigation<NonNullable<T>>;

// `[T] extends [never]`: a field typed `null` has nothing to navigate (a distributive test of `never` would make
// the whole reference `never`).
type PathNavigation<T> = unknown extends T
  ? unknown
  : [T] extends [never]
    ? unknown
    : T extends readonly unknown[]
      ? ArrayNavigation<T>
      : T extends object
        ? { readonly [K in keyof T & string]-?: JsonPath<T[K]> }
        : unknown;

interface ArrayNavigation<A extends readonly unknown[]> {
  /** `[index]`; on a tuple the item's own type. */
  at<const I extends number>(
    index: I,
  ): JsonPath<number extends A["length"] ? A[number] : I extends keyof A ? A[I] : undefined>;
}

/** The root `$` also reads literal paths, checked against the type: `$("$.order.id")`. */
export type JsonPathRootRef<T> = JsonPath<T> &
  (<const P extends string>(path: CheckPath<T, P>) => JsonPath<AtPath<T, P>>);

/** JSONPath references grow by a field, by `.at(index)`, and on the root by a literal path. */
const GROWTH: RefGrowth<JsonPathNode> = {
  field: (node, name) => extend(node, [{ type: "field", name }]),
  call(node, args) {
    const indexed = indexLegs(node.legs, args);
    if (indexed !== undefined) return ValueNode.path(node.root, indexed, node.variable);
    return extend(node, parseInputPath(String(args[0]), `path "${String(args[0])}"`));
  },
};

function extend(node: JsonPathNode, legs: readonly LegNode[]): JsonPathNode {
  return ValueNode.path(node.root, [...node.legs, ...legs], node.variable);
}

const ROOTS = new RootRefs<JsonPathNode, JsonPathRoot>(GROWTH, (root, variable) =>
  ValueNode.path(root, [], variable),
);

/** A root reference: `$` of the input, of a task result, of an error output, `$$` or a variable. */
export function jsonPathRoot<T>(root: JsonPathRoot, variable?: string): JsonPathRootRef<T> {
  return ROOTS.get(root, variable) as JsonPathRootRef<T>;
}

/** Variables in JSONPath states: `vars.total` is `$total`. */
export type JsonPathVars<V> = { readonly [K in keyof V & string]-?: JsonPath<V[K]> };

export function jsonPathVars<V>(): JsonPathVars<V> {
  return ROOTS.variables() as JsonPathVars<V>;
}
