import { fieldOf } from "../json/json-value.js";
import type { MachineNode, StateNode } from "../model/definition-model.js";
import type { Check } from "./check.js";

/** States reachable from StartAt through Next, Choices, Default and Catch, per machine. */
export function reachableStates(machine: MachineNode): Set<StateNode> {
  const reached = new Set<StateNode>();
  const startAt = fieldOf(machine.raw, "StartAt");
  const start = typeof startAt === "string" ? machine.byName.get(startAt) : undefined;
  if (!start) return reached;
  const queue = [start];
  reached.add(start);
  for (let index = 0; index < queue.length; index++) {
    for (const transition of queue[index]!.transitions) {
      const next = machine.byName.get(transition.target);
      if (next && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}

/**
 * A state nothing leads to is refused by CreateStateMachine ("State … is not reachable"), also when it is
 * only part of a cycle of states that lead to each other (B -> C -> B) but that StartAt never enters.
 */
export const checkReachability: Check = ({ model, report }) => {
  for (const machine of model.machines) {
    if (typeof fieldOf(machine.raw, "StartAt") !== "string") continue;
    const reached = reachableStates(machine);
    if (reached.size === 0) continue; // StartAt names no state: the transitions check says so.
    for (const state of machine.states) {
      if (reached.has(state)) continue;
      report.refused(
        { state: state.name, field: null },
        "unreachable",
        "No path from StartAt leads to this state.",
        "Point a Next, Default, Choice rule or Catch at it, or remove it.",
      );
    }
  }
};
