import { describeJson, fieldOf, isJsonObject } from "../json/json-value.js";
import type { MachineNode } from "../model/definition-model.js";
import { childField } from "../model/field-path.js";
import { checkFields } from "../schema/check-fields.js";
import type { ObjectShape } from "../schema/field-spec.js";
import { BRANCH, ITEM_PROCESSOR, ITERATOR, TOP_LEVEL } from "../schema/machine-shapes.js";
import type { Site, WalkContext } from "../schema/walk-context.js";
import type { Check } from "./check.js";

/** The fields of each state machine object: the top level, every branch and every Map processor. */
export const checkMachineFields: Check = (input) => {
  const { model, report } = input;
  if (model.raw === null) {
    report.refused(
      { state: null, field: null },
      "shape",
      "The definition must be a JSON object with StartAt and States.",
      'Write it as { "StartAt": "First", "States": { "First": { "Type": "Pass", "End": true } } }.',
    );
    return;
  }
  const walk: WalkContext = input;
  for (const machine of model.machines) {
    const site: Site = {
      state: machine.owner,
      field: machine.ownerField,
      language: machine.owner?.language ?? model.language,
      access: "input",
    };
    checkFields(machine.raw, shapeOf(machine), site, walk);
    const states = fieldOf(machine.raw, "States");
    if (states !== undefined && !isJsonObject(states)) {
      report.refused(
        { state: machine.owner?.name ?? null, field: childField(machine.ownerField, "States") },
        "shape",
        `States must be an object of named states, not ${describeJson(states)}.`,
        'Write States as { "Name": { "Type": … } }.',
      );
    }
  }
};

function shapeOf(machine: MachineNode): ObjectShape {
  if (machine.kind === "top") return TOP_LEVEL;
  if (machine.kind === "branch") return BRANCH;
  return machine.ownerField === "Iterator" ? ITERATOR : ITEM_PROCESSOR;
}
