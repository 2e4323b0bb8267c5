import type { LegNode } from "../ir/value-nodes.js";
import { REF_NODE } from "./refs.js";

/** A reference node: what it reads from, and the legs read so far. */
interface PathLike {
  readonly legs: readonly LegNode[];
}

/** How one kind of reference (JSONPath, JSONata) grows: by reading a field, and by being called. */
export interface RefGrowth<N extends PathLike> {
  readonly field: (node: N, name: string) => N;
  /** `.at(0)` (a call of the `at` field), or a literal path on the JSONPath root: `$("$.a.b")`. */
  readonly call: (node: N, args: readonly unknown[]) => N;
}

/** A proxy's target: a function, so that references can be called, holding the reference's node. */
interface Target {
  (): undefined;
  node: PathLike;
  growth: RefGrowth<PathLike>;
  children?: Map<string, unknown>;
}

/** Keys that libraries probe on any value (promises, JSON, React, test matchers): never fields. */
const IGNORED = new Set<string>(["then", "toJSON", "constructor", "$$typeof", "asymmetricMatch"]);

function isProbe(key: string): boolean {
  return IGNORED.has(key);
}

/*
 * References are immutable, so reading the same field twice may return the same reference: a path read in many
 * states is built once. At most CACHE_LIMIT references are kept in all, so a program that reads ever new paths
 * pays memory only up to that, and then builds uncached references as before.
 */
const CACHE_LIMIT = 10_000;
let cached = 0;

/** Caches `value` under `key` while the budget lasts. */
function keep<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cached < CACHE_LIMIT) {
    cached++;
    cache.set(key, value);
  }
  return value;
}

// One handler for every reference: nothing but the target and its proxy is allocated per reference.
const HANDLER: ProxyHandler<Target> = {
  get(target, key) {
    if (key === REF_NODE) return target.node;
    if (typeof key === "symbol" || isProbe(key)) return undefined;
    const known = target.children?.get(key);
    if (known !== undefined) return known;
    target.children ??= new Map();
    return keep(target.children, key, refProxy(target.growth, target.growth.field(target.node, key)));
  },
  apply(target, _, args: unknown[]) {
    return refProxy(target.growth, target.growth.call(target.node, args));
  },
  has: (_, key) => key === REF_NODE,
};

/** `.at(index)`: the `at` field proxy, called with a number, is an index of its parent. Else undefined. */
export function indexLegs(
  legs: readonly LegNode[],
  args: readonly unknown[],
): readonly LegNode[] | undefined {
  const last = legs.at(-1);
  if (typeof args[0] !== "number" || last?.type !== "field" || last.name !== "at") return undefined;
  return [...legs.slice(0, -1), { type: "index", index: args[0] }];
}

/**
 * The root references of one kind (`$`, `$$`, `$states.input`, variables …): references are immutable, so
 * each root is made once, within the cache budget.
 */
export class RootRefs<N extends PathLike, R extends string> {
  readonly #roots = new Map<string, unknown>();
  readonly #growth: RefGrowth<N>;
  readonly #node: (root: R, variable?: string) => N;

  constructor(growth: RefGrowth<N>, node: (root: R, variable?: string) => N) {
    this.#growth = growth;
    this.#node = node;
  }

  get(root: R, variable?: string): unknown {
    const key = variable === undefined ? root : `${root}:${variable}`;
    const known = this.#roots.get(key);
    if (known !== undefined) return known;
    return keep(this.#roots, key, refProxy(this.#growth, this.#node(root, variable)));
  }

  /** `vars.total`: a value whose fields are the variables' roots. */
  variables(): unknown {
    return new Proxy(
      {},
      {
        get: (_, key) =>
          typeof key === "string" && !isProbe(key) ? this.get("variable" as R, key) : undefined,
      },
    );
  }
}

/** A typed reference's run-time value: reading a field or calling it makes the next reference. */
export function refProxy<N extends PathLike>(growth: RefGrowth<N>, node: N): unknown {
  const target = (() => undefined) as Target;
  target.node = node;
  target.growth = growth as unknown as RefGrowth<PathLike>;
  return new Proxy(target, HANDLER);
}
