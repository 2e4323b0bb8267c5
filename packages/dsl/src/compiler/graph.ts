import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type FragmentNode, fragmentGraph } from "../ir/fragment-node.js";
import { eachItem } from "../ir/freeze.js";
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

  /** True when `node` holds its name in `scope`. */
  owns(node: StateNode, scope: string): boolean {
    const owner = this.#owners.get(node.name);
    return owner?.node === node && owner.scope === scope;
  }
}

export function buildScope(
  fragment: FragmentNode,
  scope: string,
  names: NameRegistry,
  diagnostics: Diagnostic[],
): ScopeGraph {
  const flat = fragmentGraph(fragment);
  let states = flat.states;
  let members = flat.members;
  // A state whose name another state holds is left out (and reported once by claim).
  let claimed = true;
  eachItem(states, (node) => {
    claimed = names.claim(node, scope, diagnostics) && claimed;
  });
  if (!claimed) {
    states = states.filter((node) => names.owns(node, scope));
    members = new Set(states);
  }
  const next = new Map<StateNode, StateNode>();
  eachItem(flat.transitions, ({ from, to }) => {
    if (!members.has(from)) return;
    const existing = next.get(from);
    if (existing === undefined) {
      next.set(from, to);
      if (!members.has(to)) unknownTarget(from, to, scope, diagnostics);
    } else if (existing !== to) {
      conflict(from, `State "${existing.name}" and State "${to.name}"`, diagnostics);
    }
  });
  const ends = new Set(fragment.ends.filter((node) => members.has(node)));
  for (const node of ends)
    if (next.has(node)) conflict(node, `State "${next.get(node)!.name}" and the end`, diagnostics);
  const outside: Visit = (from, target, field) => {
    if (!members.has(target)) unknownTarget(from, target, scope, diagnostics, field);
  };
  eachItem(states, (node) => (TARGETS[node.kind] as Targets<StateKind>)(node as never, outside));
  return { start: fragment.entry, states, next, ends };
}

/** `field` is where the jump is written (`Catch[0].Next`, `Choices[1].Next`, `Default`). */
type Visit = (from: StateNode, target: StateNode, field: string) => void;
type Targets<K extends StateKind> = (node: Extract<StateNode, { kind: K }>, visit: Visit) => void;

const catchTargets = (node: Extract<StateNode, { catch: unknown }>, visit: Visit) => {
  eachItem(node.catch, (catcher, index) => visit(node, catcher.next, `Catch[${index}].Next`));
};

/** Visits the states a state jumps to besides its Next: Choice rules and Default, Catch handlers. */
const TARGETS: { readonly [K in StateKind]: Targets<K> } = {
  task: catchTargets,
  parallel: catchTargets,
  map: catchTargets,
  choice: (node, visit) => {
    eachItem(node.rules, (rule, index) => visit(node, rule.next, `Choices[${index}].Next`));
    if (node.default) visit(node, node.default, "Default");
  },
  pass: () => {},
  wait: () => {},
  succeed: () => {},
  fail: () => {},
};

function conflict(node: StateNode, targets: string, diagnostics: Diagnostic[]): void {
  report(
    { state: node.name, diagnostics },
    "Next",
    `is followed by two states (${targets}): the same state value was attached at two places`,
    "Use goto() for the second place, or create a second state.",
    "refused-by-aws",
  );
}

function unknownTarget(
  from: StateNode,
  to: StateNode,
  scope: string,
  diagnostics: Diagnostic[],
  field = "Next",
): void {
  report(
    { state: from.name, diagnostics },
    field,
    `continues at State "${to.name}", which is not attached anywhere in ${scope}`,
    `Attach it with next(…) in ${scope} too: goto() only continues at a state attached in the same machine or branch.`,
    "refused-by-aws",
  );
}
