import { freezeDeep } from "./freeze.js";
import type { StateNode } from "./state-nodes.js";

/** A `Next` edge. Edges live in fragments, not in state nodes, so one state value can sit in many machines. */
export interface TransitionNode {
  readonly from: StateNode;
  readonly to: StateNode;
}

/**
 * A piece of graph inside one scope (the top level, a Parallel branch or a Map processor): its entry state, its
 * open ends (states still waiting for a `Next`), and how it was put together. A fragment does not copy the
 * states and edges of its parts, it points at them (a persistent structure), so appending a state to a chain
 * of n states costs O(1), not O(n); `fragmentGraph` flattens a fragment once, when it is compiled.
 */
export interface FragmentNode {
  readonly kind: "fragment";
  readonly entry: StateNode;
  /** The state this piece itself defines (none for a sequence, a join or a jump). */
  readonly defines: readonly StateNode[];
  /** Sub-fragments: a state's Catch handlers and Choice branches, or the two halves of a sequence. */
  readonly parts: readonly FragmentNode[];
  /** Edges this piece adds; they come after its first part's edges, before the others'. */
  readonly edges: readonly TransitionNode[];
  readonly ends: readonly StateNode[];
}

export const FragmentNode = Object.freeze({
  /** A fragment holding one state and, for states with sub-graphs (Catch, Choice), their fragments. */
  of(entry: StateNode, parts: readonly FragmentNode[], ends: readonly StateNode[]): FragmentNode {
    return freezeDeep({ kind: "fragment", entry, defines: [entry], parts, edges: [], ends: unique(ends) });
  },
  /** `first` then `second`: every open end of `first` transitions to `second`'s entry. */
  sequence(first: FragmentNode, second: FragmentNode): FragmentNode {
    return freezeDeep({
      kind: "fragment",
      entry: first.entry,
      defines: [],
      parts: [first, second],
      edges: first.ends.map((from) => ({ from, to: second.entry })),
      ends: second.ends,
    });
  },
  /**
   * A branch that only jumps: it continues at `target`, which is defined elsewhere in the scope (a Catch or a
   * Choice rule that goes to a shared state). It defines no state and leaves no open end.
   */
  reference(target: StateNode): FragmentNode {
    return freezeDeep({ kind: "fragment", entry: target, defines: [], parts: [], edges: [], ends: [] });
  },
  /** Every open end of `fragment` transitions to `target`, which is defined elsewhere (a loop or a join). */
  jump(fragment: FragmentNode, target: StateNode): FragmentNode {
    return freezeDeep({
      kind: "fragment",
      entry: fragment.entry,
      defines: [],
      parts: [fragment],
      edges: fragment.ends.map((from) => ({ from, to: target })),
      ends: [],
    });
  },
});

/** Every state a fragment defines (first occurrence first) and every edge, in the order they were written. */
export interface FragmentGraph {
  readonly states: readonly StateNode[];
  readonly transitions: readonly TransitionNode[];
}

const flattened = new WeakMap<FragmentNode, FragmentGraph>();

export function fragmentGraph(fragment: FragmentNode): FragmentGraph {
  const known = flattened.get(fragment);
  if (known) return known;
  const states = new Set<StateNode>();
  const transitions: TransitionNode[] = [];
  const seen = new Set<FragmentNode>();
  // Iterative, so a chain of thousands of states cannot overflow the stack.
  const stack: (FragmentNode | readonly TransitionNode[])[] = [fragment];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (Array.isArray(item)) {
      transitions.push(...item);
      continue;
    }
    const piece = item as FragmentNode;
    if (seen.has(piece)) continue;
    seen.add(piece);
    for (const state of piece.defines) states.add(state);
    const [first, ...rest] = piece.parts;
    for (let index = rest.length - 1; index >= 0; index--) stack.push(rest[index]!);
    if (piece.edges.length > 0) stack.push(piece.edges);
    if (first) stack.push(first);
  }
  const graph = Object.freeze({
    states: Object.freeze([...states]),
    transitions: Object.freeze(transitions),
  });
  flattened.set(fragment, graph);
  return graph;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
