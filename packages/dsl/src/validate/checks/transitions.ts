import { fieldOf } from "../json/json-value.js";
import type { DefinitionModel, MachineNode } from "../model/definition-model.js";
import { childField } from "../model/field-path.js";
import type { Reporter, Where } from "../report.js";
import { didYouMean } from "../suggest.js";
import type { Check } from "./check.js";

/**
 * StartAt, Next, Default and Catch targets must name a state of the same machine: a branch or Map
 * iteration cannot jump out of itself, and the top level cannot jump into one.
 */
export const checkTransitions: Check = ({ model, report }) => {
  for (const machine of model.machines) {
    const startAt = fieldOf(machine.raw, "StartAt");
    if (typeof startAt === "string") {
      const where = { state: machine.owner?.name ?? null, field: childField(machine.ownerField, "StartAt") };
      checkTarget(startAt, machine, where, model, report);
    }
    for (const state of machine.states) {
      for (const transition of state.transitions) {
        checkTarget(
          transition.target,
          machine,
          { state: state.name, field: transition.field },
          model,
          report,
        );
      }
    }
  }
};

function checkTarget(
  target: string,
  machine: MachineNode,
  where: Where,
  model: DefinitionModel,
  report: Reporter,
): void {
  // An empty name is reported by the field check ("must not be empty").
  if (target === "" || machine.byName.has(target)) return;
  const elsewhere = model.machines.find((other) => other !== machine && other.byName.has(target));
  const scope =
    machine.kind === "top"
      ? "the top level"
      : `this ${machine.kind === "branch" ? "branch" : "Map iteration"}`;
  report.refused(
    where,
    "missing-target",
    elsewhere
      ? `"${target}" is a state of another ${elsewhere.kind === "top" ? "level" : elsewhere.kind}; a transition must stay within ${scope}.`
      : `There is no state named "${target}" in ${scope}.`,
    elsewhere
      ? "Move the target into the same machine, or leave the branch with End and continue after the Parallel or Map state."
      : didYouMean(target, machine.byName.keys(), `Name one of the states in ${scope}.`),
    target,
  );
}
