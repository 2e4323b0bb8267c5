import { type JsonPathNode, type JsonPathRoot, type LegNode, ValueNode } from "../ir/value-nodes.js";
import type { AtPath, CheckPath } from "../typing/resolve.js";
import { parseInputPath } from "./parse-json-path.js";
import { type PathRef, REF_NODE } from "./refs.js";

/**
 * The typed path builder: `$.order.items.at(0).sku` is a `PathRef<string>` holding the legs
 * `["order", "items", 0, "sku"]`. Navigation is typed by the data at that point, so a misspelt field is
 * tsc's own error naming the key. (`at` is an object's field `at`, and on an array the index method.)
 */
export type JsonPath<T> = PathRef<T> & PathNavigation<NonNullable<T>>;

type PathNavigation<T> = unknown extends T
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

const IGNORED = new Set<string | symbol>(["then", "toJSON", "constructor", "$$typeof", "asymmetricMatch"]);

/** A proxy's target: a function (the root can be called with a literal path) that holds the path's node. */
interface Target {
  (): undefined;
  node: JsonPathNode;
}

// One handler for every reference: a path is built one proxy per leg, so nothing else is allocated per leg.
const HANDLER: ProxyHandler<Target> = {
  get(target, key) {
    if (key === REF_NODE) return target.node;
    if (typeof key === "symbol" || IGNORED.has(key)) return undefined;
    return proxyFor(extend(target.node, { type: "field", name: key }));
  },
  apply(target, _, args: unknown[]) {
    const node = target.node;
    // `.at(0)` on an array: the `at` field proxy, called with a number, is an index of its parent.
    const last = node.legs.at(-1);
    if (typeof args[0] === "number" && last?.type === "field" && last.name === "at") {
      return proxyFor(
        ValueNode.path(
          node.root,
          [...node.legs.slice(0, -1), { type: "index", index: args[0] }],
          node.variable,
        ),
      );
    }
    const legs = parseInputPath(String(args[0]), `path "${String(args[0])}"`);
    return proxyFor(ValueNode.path(node.root, [...node.legs, ...legs], node.variable));
  },
  has: (_, key) => key === REF_NODE,
};

function proxyFor(node: JsonPathNode): unknown {
  const target = (() => undefined) as Target;
  target.node = node;
  return new Proxy(target, HANDLER);
}

function extend(node: JsonPathNode, leg: LegNode): JsonPathNode {
  return ValueNode.path(node.root, [...node.legs, leg], node.variable);
}

/** A root reference: `$` of the input, of a task result, of an error output, `$$` or a variable. */
export function jsonPathRoot<T>(root: JsonPathRoot, variable?: string): JsonPathRootRef<T> {
  if (variable !== undefined) return proxyFor(ValueNode.path(root, [], variable)) as JsonPathRootRef<T>;
  // References are immutable (reading a field makes a new one), so each root is made once.
  let proxy = ROOTS.get(root);
  if (proxy === undefined) {
    proxy = proxyFor(ValueNode.path(root, []));
    ROOTS.set(root, proxy);
  }
  return proxy as JsonPathRootRef<T>;
}

const ROOTS = new Map<JsonPathRoot, unknown>();

/** Variables in JSONPath states: `vars.total` is `$total`. */
export type JsonPathVars<V> = { readonly [K in keyof V & string]-?: JsonPath<V[K]> };

export function jsonPathVars<V>(): JsonPathVars<V> {
  return new Proxy(
    {},
    {
      get: (_, key) =>
        typeof key === "string" && !IGNORED.has(key) ? jsonPathRoot("variable", key) : undefined,
    },
  ) as JsonPathVars<V>;
}
