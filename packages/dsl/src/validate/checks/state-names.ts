import type { StateNode } from "../model/definition-model.js";
import type { Check } from "./check.js";

/**
 * State names are unique across the whole machine, branches and Map processors included, and 1 to 80
 * characters long. https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
const MAX_NAME_LENGTH = 80;

export const checkStateNames: Check = ({ model, report }) => {
  const byName = new Map<string, StateNode[]>();
  for (const state of model.states) {
    const same = byName.get(state.name);
    if (same) same.push(state);
    else byName.set(state.name, [state]);
    const length = [...state.name].length;
    if (length === 0 || length > MAX_NAME_LENGTH) {
      report.refused(
        { state: state.name, field: null },
        "shape",
        length === 0
          ? "A state name cannot be empty."
          : `The state name is ${length} characters long; at most ${MAX_NAME_LENGTH} are allowed.`,
        `Name the state with 1 to ${MAX_NAME_LENGTH} characters.`,
      );
    }
  }
  for (const [name, states] of byName) {
    if (states.length < 2) continue;
    report.refused(
      { state: name, field: null },
      "duplicate-name",
      `${states.length} states are named "${name}" (${states.map(whereIs).join(", ")}); names must be unique across the whole machine, branches included.`,
      "Rename all but one of them.",
      name,
    );
  }
};

function whereIs(state: StateNode): string {
  const owner = state.machine.owner;
  return owner ? `in ${owner.name}.${state.machine.ownerField}` : "at the top level";
}
