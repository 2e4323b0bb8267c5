import type { MachineNode, StateNode } from "../model/definition-model.js";
import { childField } from "../model/field-path.js";
import type { Check } from "./check.js";
import { reachableStates } from "./reachability.js";

/**
 * A machine needs a state that ends it (End: true, Succeed or Fail); CreateStateMachine refuses one without
 * (MISSING_END_STATE). When it has one but some reachable states cannot get to it (a loop with no exit),
 * AWS accepts the definition and an execution that enters the loop never ends on its own: it runs until
 * the machine's timeout or the 25,000-event history limit fails it.
 */
export const checkTerminalStates: Check = ({ model, report }) => {
  for (const machine of model.machines) {
    if (!machine.states.some((state) => state.terminal)) {
      report.refused(
        { state: machine.owner?.name ?? null, field: childField(machine.ownerField, "States") || null },
        "no-terminal",
        `${machine.kind === "top" ? "The state machine" : `This ${machine.kind === "branch" ? "branch" : "Map processor"}`} has no state that ends it.`,
        'Give a state "End": true, or add a Succeed or Fail state.',
      );
      continue;
    }
    reportTraps(machine, report);
  }
};

function reportTraps(
  machine: MachineNode,
  report: Parameters<typeof checkTerminalStates>[0]["report"],
): void {
  const reached = reachableStates(machine);
  const canFinish = statesThatCanFinish(machine);
  // Report where a trap is entered: at StartAt, or from a state that could still have finished.
  const entries = new Set<StateNode>();
  const [start] = reached;
  if (start && !canFinish.has(start)) entries.add(start);
  for (const from of reached) {
    if (!canFinish.has(from)) continue;
    for (const { target } of from.transitions) {
      const to = machine.byName.get(target);
      if (to && !canFinish.has(to)) entries.add(to);
    }
  }
  for (const state of entries) {
    report.atRunTime(
      { state: state.name, field: null },
      "no-terminal",
      "No path from this state reaches a state that ends the execution, so once here it never finishes.",
      "Give the loop an exit: a Choice rule or Default that leads to a Succeed, Fail or End state.",
    );
  }
}

/** Backwards search from the terminal states over reversed transitions. */
function statesThatCanFinish(machine: MachineNode): Set<StateNode> {
  const predecessors = new Map<string, StateNode[]>();
  for (const state of machine.states) {
    for (const { target } of state.transitions) {
      const list = predecessors.get(target);
      if (list) list.push(state);
      else predecessors.set(target, [state]);
    }
  }
  // A transition to a missing state is its own error; do not also call the states before it a trap.
  const finished = new Set(
    machine.states.filter(
      (state) => state.terminal || state.transitions.some(({ target }) => !machine.byName.has(target)),
    ),
  );
  const queue = [...finished];
  for (let index = 0; index < queue.length; index++) {
    for (const previous of predecessors.get(queue[index]!.name) ?? []) {
      if (!finished.has(previous)) {
        finished.add(previous);
        queue.push(previous);
      }
    }
  }
  return finished;
}
