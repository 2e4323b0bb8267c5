import type { StateNode } from "./state-nodes.js";

/**
 * A piece of graph inside one scope (the top level, a Parallel branch or a Map processor): its entry state and
 * its open ends (states still waiting for a `Next`). A fragment points at its parts instead of copying their
 * states and edges (a persistent structure), so appending a state to a chain of n states costs O(1), not O(n);
 * `fragmentGraph` flattens a fragment once, when it is compiled. Edges are implied by the kind (a sequence joins
 * its first part's ends to its second part's entry), so building a chain allocates no edge objects.
 */
export type FragmentNode = StateFragmentNode | SequenceNode | ReferenceNode | JumpNode | EndNode;
export type FragmentKind = FragmentNode["kind"];

/** One state, with the fragments of its Catch handlers and Choice branches. */
export interface StateFragmentNode {
  readonly kind: "state-fragment";
  readonly entry: StateNode;
  readonly branches: readonly FragmentNode[];
  readonly ends: readonly StateNode[];
}

/** `first` then `second`: every open end of `first` transitions to `second`'s entry. */
export interface SequenceNode {
  readonly kind: "sequence";
  readonly entry: StateNode;
  readonly first: FragmentNode;
  readonly second: FragmentNode;
  readonly ends: readonly StateNode[];
}

/**
 * A branch that only jumps: it continues at `entry`, which is defined elsewhere in the scope (a Catch or a
 * Choice rule that goes to a shared state). It defines no state and leaves no open end.
 */
export interface ReferenceNode {
  readonly kind: "reference";
  readonly entry: StateNode;
  readonly ends: readonly StateNode[];
}

/** Every open end of `body` transitions to `target`, which is defined elsewhere (a loop or a join). */
export interface JumpNode {
  readonly kind: "jump";
  readonly entry: StateNode;
  readonly body: FragmentNode;
  readonly target: StateNode;
  readonly ends: readonly StateNode[];
}

/** Every open end of `body` ends its scope (`End: true`): a branch that must not rejoin the flow after it. */
export interface EndNode {
  readonly kind: "end";
  readonly entry: StateNode;
  readonly body: FragmentNode;
  readonly ends: readonly StateNode[];
}

const NONE: readonly StateNode[] = Object.freeze([]);

// Parts are frozen already (fragments are only made here, from frozen nodes): a shallow freeze suffices.
export const FragmentNode = Object.freeze({
  /** One state and its sub-graphs; `ends` are the open ends (the state itself, unless it is terminal). */
  of(entry: StateNode, branches: readonly FragmentNode[], ends: readonly StateNode[]): StateFragmentNode {
    return Object.freeze({
      kind: "state-fragment",
      entry,
      branches: Object.freeze(branches),
      // Two branches that rejoin at one state leave it twice among the ends.
      ends: ends.length > 1 ? Object.freeze([...new Set(ends)]) : Object.freeze(ends),
    });
  },
  sequence(first: FragmentNode, second: FragmentNode): SequenceNode {
    return Object.freeze({ kind: "sequence", entry: first.entry, first, second, ends: second.ends });
  },
  reference(target: StateNode): ReferenceNode {
    return Object.freeze({ kind: "reference", entry: target, ends: NONE });
  },
  jump(body: FragmentNode, target: StateNode): JumpNode {
    return Object.freeze({ kind: "jump", entry: body.entry, body, target, ends: NONE });
  },
  end(body: FragmentNode): EndNode {
    return Object.freeze({ kind: "end", entry: body.entry, body, ends: NONE });
  },
});

/** A `Next` edge, as the flattened graph lists it. */
export interface TransitionNode {
  readonly from: StateNode;
  readonly to: StateNode;
}

/** Every state a fragment defines (first occurrence first) and every edge, in the order they were written. */
export interface FragmentGraph {
  readonly states: readonly StateNode[];
  /** The same states, to ask whether a state is one of them. */
  readonly members: ReadonlySet<StateNode>;
  readonly transitions: readonly TransitionNode[];
}

/** A step of the flattening walk: a fragment to enter, or the edges from some ends to a state. */
type Step = FragmentNode | { readonly from: readonly StateNode[]; readonly to: StateNode };

/** What entering each kind of fragment does: record its state, and push what comes next (last first). */
const ENTER: {
  readonly [K in FragmentKind]: (
    fragment: Extract<FragmentNode, { kind: K }>,
    states: Set<StateNode>,
    stack: Step[],
  ) => void;
} = {
  "state-fragment": (fragment, states, stack) => {
    states.add(fragment.entry);
    for (let index = fragment.branches.length - 1; index >= 0; index--) stack.push(fragment.branches[index]!);
  },
  sequence: (fragment, _, stack) => {
    stack.push(fragment.second, { from: fragment.first.ends, to: fragment.second.entry }, fragment.first);
  },
  reference: () => {},
  jump: (fragment, _, stack) => {
    stack.push({ from: fragment.body.ends, to: fragment.target }, fragment.body);
  },
  // No edge leaves the body's ends, so the compiler writes `End: true` on them.
  end: (fragment, _, stack) => {
    stack.push(fragment.body);
  },
};

const flattened = new WeakMap<FragmentNode, FragmentGraph>();

export function fragmentGraph(fragment: FragmentNode): FragmentGraph {
  const known = flattened.get(fragment);
  if (known) return known;
  const states = new Set<StateNode>();
  const transitions: TransitionNode[] = [];
  // A state value attached twice (two rules to one state) shares its fragment: walk it once.
  const seen = new Set<FragmentNode>();
  // Iterative, so a chain of thousands of states cannot overflow the stack.
  const stack: Step[] = [fragment];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (!("kind" in step)) {
      const ends = step.from;
      for (let index = 0; index < ends.length; index++) transitions.push({ from: ends[index]!, to: step.to });
      continue;
    }
    if (seen.has(step)) continue;
    seen.add(step);
    (ENTER[step.kind] as (fragment: FragmentNode, states: Set<StateNode>, stack: Step[]) => void)(
      step,
      states,
      stack,
    );
  }
  const graph = Object.freeze({
    states: Object.freeze([...states]),
    members: states,
    transitions: Object.freeze(transitions),
  });
  flattened.set(fragment, graph);
  return graph;
}

/** True when the fragment defines a state of its own (not only a jump to one defined elsewhere). */
export function definesState(fragment: FragmentNode): boolean {
  // Sequences and jumps are made only from a part with open ends, and open ends are states defined there.
  return fragment.kind !== "reference";
}
