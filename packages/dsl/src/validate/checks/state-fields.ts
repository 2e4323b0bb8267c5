import type { StateType } from "../../asl/types.js";
import { describeJson, fieldOf, quote } from "../json/json-value.js";
import { STATE_TYPES } from "../model/build-model.js";
import type { StateNode } from "../model/definition-model.js";
import { checkFields } from "../schema/check-fields.js";
import { stateShape, stateTypesWithField } from "../schema/state-shapes.js";
import type { WalkContext } from "../schema/walk-context.js";
import { didYouMean } from "../suggest.js";
import type { Check } from "./check.js";

/**
 * Every field of every state against its type's table in its query language: unknown and misplaced fields,
 * value types and ranges, paths, payload templates, intrinsics and JSONata, all in one walk.
 */
export const checkStateFields: Check = (input) => {
  const walk: WalkContext = input;
  for (const state of input.model.states) {
    if (!state.isObject) {
      input.report.refused(
        { state: state.name, field: null },
        "shape",
        "A state must be a JSON object.",
        'Write the state as { "Type": "Pass", … }.',
      );
    } else if (state.type === undefined) reportType(state, input);
    else {
      const type: StateType = state.type;
      checkFields(
        state.raw,
        stateShape(type, state.language),
        { state, field: "", language: state.language, access: "input" },
        walk,
        {
          elsewhere: (name) => {
            const types = stateTypesWithField(name, type);
            return types.length > 0 ? `only ${types.join(", ")} states have it` : undefined;
          },
        },
      );
    }
  }
};

function reportType(state: StateNode, input: Parameters<Check>[0]): void {
  const type = fieldOf(state.raw, "Type");
  input.report.refused(
    { state: state.name, field: "Type" },
    "shape",
    type === undefined
      ? "The state has no Type."
      : `${typeof type === "string" ? quote(type) : describeJson(type)} is not a state type.`,
    typeof type === "string"
      ? didYouMean(type, STATE_TYPES, `Use one of ${STATE_TYPES.join(", ")}.`)
      : `Add "Type": one of ${STATE_TYPES.join(", ")}.`,
  );
}
