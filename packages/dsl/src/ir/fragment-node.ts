import { freezeDeep } from "./freeze.js";
import type { StateNode } from "./state-nodes.js";

/** A `Next` edge. Edges live in fragments, not in state nodes, so one state value can sit in many machines. */
export interface TransitionNode {
  readonly from: StateNode;
  readonly to: StateNode;
}

/**
 * A piece of graph inside one scope (the top level, a Parallel branch or a Map processor): its entry state,
 * every state it defines, its edges, and its open ends (states still waiting for a `Next`).
 */
export interface FragmentNode {
  readonly kind: "fragment";
  readonly entry: StateNode;
  readonly states: readonly StateNode[];
  readonly transitions: readonly TransitionNode[];
  readonly ends: readonly StateNode[];
}

export const FragmentNode = Object.freeze({
  /** A fragment holding one state and, for states with sub-graphs (Catch, Choice), their fragments. */
  of(entry: StateNode, parts: readonly FragmentNode[], ends: readonly StateNode[]): FragmentNode {
    return freezeDeep({
      kind: "fragment",
      entry,
      states: unique([entry, ...parts.flatMap((part) => part.states)]),
      transitions: parts.flatMap((part) => part.transitions),
      ends: unique(ends),
    });
  },
  /** `first` then `second`: every open end of `first` transitions to `second`'s entry. */
  sequence(first: FragmentNode, second: FragmentNode): FragmentNode {
    return freezeDeep({
      kind: "fragment",
      entry: first.entry,
      states: unique([...first.states, ...second.states]),
      transitions: [
        ...first.transitions,
        ...first.ends.map((from) => ({ from, to: second.entry })),
        ...second.transitions,
      ],
      ends: second.ends,
    });
  },
  /**
   * A branch that only jumps: it continues at `target`, which is defined elsewhere in the scope (a Catch or a
   * Choice rule that goes to a shared state). It defines no state and leaves no open end.
   */
  reference(target: StateNode): FragmentNode {
    return freezeDeep({ kind: "fragment", entry: target, states: [], transitions: [], ends: [] });
  },
  /** Every open end of `fragment` transitions to `target`, which is defined elsewhere (a loop or a join). */
  jump(fragment: FragmentNode, target: StateNode): FragmentNode {
    return freezeDeep({
      kind: "fragment",
      entry: fragment.entry,
      states: fragment.states,
      transitions: [...fragment.transitions, ...fragment.ends.map((from) => ({ from, to: target }))],
      ends: [],
    });
  },
});

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
