import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type FragmentNode, fragmentGraph } from "../ir/fragment-node.js";
import type { StateKind, StateNode } from "../ir/state-nodes.js";
import { report } from "./render-context.js";

/** One scope (the top level, a Parallel branch, a Map processor) with its edges resolved. */
export interface ScopeGraph {
  readonly start: StateNode;
  readonly states: readonly StateNode[];
  readonly next: ReadonlyMap<StateNode, StateNode>;
  readonly ends: ReadonlySet<StateNode>;
}

/** Machine-wide: state names are unique across every scope, and one name is one state value. */
export class NameRegistry {
  readonly #owners = new Map<string, { node: StateNode; scope: string }>();
  readonly #reported = new Set<string>();

  /** False when the name is taken by another value, or by this value in another scope. */
  claim(node: StateNode, scope: string, diagnostics: Diagnostic[]): boolean {
    const owner = this.#owners.get(node.name);
    if (owner === undefined) {
      this.#owners.set(node.name, { node, scope });
      return true;
    }
    if (owner.node === node && owner.scope === scope) return true;
    if (!this.#reported.has(node.name)) {
      this.#reported.add(node.name);
      const message =
        owner.node === node
          ? `is used in two scopes (${owner.scope} and ${scope}); state names are unique across the whole machine`
          : `names two different states (${owner.scope === scope ? `both in ${scope}` : `in ${owner.scope} and ${scope}`}); state names are unique across the whole machine, branches included`;
      report(
        { state: node.name, diagnostics },
        null,
        message,
        owner.node === node
          ? "Create a second state with its own name for the other scope."
          : "Rename one of them, or reuse the same state value.",
        "refused-by-aws",
      );
    }
    return false;
  }
}

export function buildScope(
  fragment: FragmentNode,
  scope: string,
  names: NameRegistry,
  diagnostics: Diagnostic[],
): ScopeGraph {
  const flat = fragmentGraph(fragment);
  const states = flat.states.filter((node) => names.claim(node, scope, diagnostics));
  const members = new Set(states);
  const next = new Map<StateNode, StateNode>();
  const ends = new Set(fragment.ends.filter((node) => members.has(node)));
  for (const { from, to } of flat.transitions) {
    if (!members.has(from)) continue;
    const existing = next.get(from);
    if (existing !== undefined && existing !== to) {
      conflict(from, `State "${existing.name}" and State "${to.name}"`, diagnostics);
      continue;
    }
    next.set(from, to);
    if (!members.has(to)) unknownTarget(from, to, scope, diagnostics);
  }
  for (const node of ends)
    if (next.has(node)) conflict(node, `State "${next.get(node)!.name}" and the end`, diagnostics);
  for (const node of states) checkTargets(node, members, scope, diagnostics);
  return { start: fragment.entry, states, next, ends };
}

/** The states a state jumps to besides its Next: Choice rules and Default, Catch handlers. */
const TARGETS: {
  readonly [K in StateKind]: (node: Extract<StateNode, { kind: K }>) => readonly StateNode[];
} = {
  task: (node) => node.catch.map((catcher) => catcher.next),
  parallel: (node) => node.catch.map((catcher) => catcher.next),
  map: (node) => node.catch.map((catcher) => catcher.next),
  choice: (node) => [...node.rules.map((rule) => rule.next), ...(node.default ? [node.default] : [])],
  pass: () => [],
  wait: () => [],
  succeed: () => [],
  fail: () => [],
};

function checkTargets(
  node: StateNode,
  members: ReadonlySet<StateNode>,
  scope: string,
  diagnostics: Diagnostic[],
): void {
  const targets = (TARGETS[node.kind] as (node: StateNode) => readonly StateNode[])(node);
  for (const target of targets) if (!members.has(target)) unknownTarget(node, target, scope, diagnostics);
}

function conflict(node: StateNode, targets: string, diagnostics: Diagnostic[]): void {
  report(
    { state: node.name, diagnostics },
    "Next",
    `is followed by two states (${targets}): the same state value was attached at two places`,
    "Use goto() for the second place, or create a second state.",
    "refused-by-aws",
  );
}

function unknownTarget(from: StateNode, to: StateNode, scope: string, diagnostics: Diagnostic[]): void {
  report(
    { state: from.name, diagnostics },
    "Next",
    `continues at State "${to.name}", which is not part of ${scope}`,
    "Attach that state in the same scope (a branch cannot jump outside itself).",
    "refused-by-aws",
  );
}
