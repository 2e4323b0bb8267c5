import { fieldOf } from "../json/json-value.js";
import type { MachineNode, StateNode } from "../model/definition-model.js";
import type { VariableRead } from "../schema/walk-context.js";
import type { Check } from "./check.js";

/**
 * A variable read that no state which can run before it assigns: the read fails when it runs (AWS accepts
 * the definition). "Can run before" is data flow over the graph: a variable is available on entry to a state
 * when some path from StartAt to it passes an Assign of it (a may-analysis, so a read is only reported when
 * no path at all assigns it). Scopes: a Parallel branch or Map iteration starts with the variables available
 * on entry to its Parallel/Map state (none for a Distributed Map, whose child executions cannot read them);
 * what it assigns stays inside it. A state's own Assign takes effect after the state, so its other fields,
 * and its Assign itself, still see the values from before.
 * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
 */
export const checkVariableReads: Check = ({ model, report, reads }) => {
  if (reads.length === 0 || model.top === null) return;
  const flow = new VariableFlow(model.states.length);
  flow.run(model.top, new Set());
  const assignedAnywhere = new Map<string, StateNode>();
  for (const state of model.states) {
    for (const name of state.assigns) if (!assignedAnywhere.has(name)) assignedAnywhere.set(name, state);
  }
  const reported = new Set<string>();
  for (const read of reads) {
    const available = flow.availableAt(read.state);
    if (available === undefined || available.has(read.name)) continue;
    const assigner = assignedAnywhere.get(read.name);
    // `$count` not called is the $count function unless the machine assigns a variable of that name.
    if (read.maybeFunction && assigner === undefined) continue;
    const key = `${read.state.id}\u0000${read.field}\u0000${read.name}`;
    if (reported.has(key)) continue;
    reported.add(key);
    report.atRunTime(
      { state: read.state.name, field: read.field },
      "variable",
      messageFor(read, assigner),
      hintFor(read, assigner),
    );
  }
};

function messageFor(read: VariableRead, assigner: StateNode | undefined): string {
  if (assigner === undefined) return `$${read.name} is read here, but no state assigns it.`;
  if (insideOf(read.state, assigner)) {
    return `$${read.name} is assigned by "${assigner.name}" inside ${scopeName(assigner.machine)}, which is not visible here.`;
  }
  if (distributedBetween(read.state)) {
    return `$${read.name} is read inside a Distributed Map, whose iterations cannot read variables assigned outside it.`;
  }
  return `$${read.name} is read here, but no state that runs before "${read.state.name}" assigns it (it is assigned by "${assigner.name}").`;
}

function hintFor(read: VariableRead, assigner: StateNode | undefined): string {
  if (assigner === undefined) return `Assign ${read.name} in an earlier state, or fix the name.`;
  if (insideOf(read.state, assigner))
    return "Return the value in the branch's Output and Assign it in the Parallel or Map state from its result.";
  if (distributedBetween(read.state)) return "Pass the value to each iteration through ItemSelector.";
  return `Assign ${read.name} on every path that leads here, or move the read after "${assigner.name}".`;
}

/** True when `assigner` sits in a branch or processor that does not contain `reader`. */
function insideOf(reader: StateNode, assigner: StateNode): boolean {
  for (let machine: MachineNode | undefined = reader.machine; machine; machine = machine.owner?.machine) {
    if (machine === assigner.machine) return false;
  }
  return assigner.machine.owner !== null;
}

function distributedBetween(reader: StateNode): boolean {
  for (let machine: MachineNode | undefined = reader.machine; machine; machine = machine.owner?.machine) {
    if (machine.distributed) return true;
  }
  return false;
}

const scopeName = (machine: MachineNode): string =>
  machine.owner ? `${machine.owner.name}.${machine.ownerField}` : "the top level";

/** Variables available on entry to each state, as sets of names, machine by machine from the top down. */
class VariableFlow {
  private readonly entry: (Set<string> | undefined)[];

  constructor(stateCount: number) {
    this.entry = new Array(stateCount);
  }

  availableAt(state: StateNode): ReadonlySet<string> | undefined {
    return this.entry[state.id];
  }

  run(machine: MachineNode, initial: ReadonlySet<string>): void {
    const startAt = fieldOf(machine.raw, "StartAt");
    const start = typeof startAt === "string" ? machine.byName.get(startAt) : undefined;
    if (!start) return;
    this.merge(start, initial);
    const queue: StateNode[] = [start];
    const queued = new Set<StateNode>(queue);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      queued.delete(state);
      const available = this.entry[state.id]!;
      for (const transition of state.transitions) {
        const next = machine.byName.get(transition.target);
        if (!next) continue;
        const changed = this.merge(next, available, transition.assigns);
        if (changed && !queued.has(next)) {
          queued.add(next);
          queue.push(next);
        }
      }
    }
    for (const state of machine.states) {
      const available = this.entry[state.id];
      if (available === undefined) continue; // unreachable: reported elsewhere, reads not judged
      for (const child of state.children) this.run(child, child.distributed ? new Set() : available);
    }
  }

  /** Adds `from` (and `assigns`) to the state's entry set; true when the set grew or was first set. */
  private merge(state: StateNode, from: ReadonlySet<string>, assigns: readonly string[] = []): boolean {
    let target = this.entry[state.id];
    const first = target === undefined;
    if (target === undefined) {
      target = new Set();
      this.entry[state.id] = target;
    }
    const before = target.size;
    for (const name of from) target.add(name);
    for (const name of assigns) target.add(name);
    return first || target.size > before;
  }
}
