import { isJsonObject } from "../../json/json-value.js";
import { ARGUMENTS, BASE, INPUT_OUTPUT, PARAMETERS, RESULT_FIELDS, TRANSITION } from "../common-fields.js";
import { type FieldTable, field } from "../field-spec.js";
import { CATCH, RETRY } from "../retry-catch.js";
import { siteAt, type ValueCheck, whereOf } from "../walk-context.js";

/**
 * Branches: a non-empty array of state machines (each checked as a machine of its own).
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
 */
const branches: ValueCheck = (value, site, walk) => {
  if (!Array.isArray(value) || value.length === 0) {
    walk.report.refused(
      whereOf(site),
      "shape",
      Array.isArray(value)
        ? "A Parallel state needs at least one branch."
        : "Branches must be an array of state machines.",
      'Add a branch: { "StartAt": "…", "States": { … } }.',
    );
    return;
  }
  value.forEach((branch, index) => {
    if (!isJsonObject(branch)) {
      walk.report.refused(
        whereOf(siteAt(site, index)),
        "shape",
        "Each branch must be a state machine object.",
        'Write the branch as { "StartAt": "…", "States": { … } }.',
      );
    }
  });
};

export const PARALLEL_FIELDS: FieldTable = {
  ...BASE,
  ...TRANSITION,
  ...INPUT_OUTPUT,
  ...PARAMETERS,
  ...ARGUMENTS,
  ...RESULT_FIELDS,
  Branches: field(branches),
  Retry: RETRY,
  Catch: CATCH,
};
