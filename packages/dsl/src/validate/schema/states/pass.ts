import { jsonPath } from "../../expressions/path-values.js";
import { ASSIGN, BASE, INPUT_OUTPUT, PARAMETERS, TRANSITION } from "../common-fields.js";
import { type FieldTable, field, jsonPathOnly } from "../field-spec.js";
import { anyJson } from "../values.js";

/** https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html */
export const PASS_FIELDS: FieldTable = {
  ...BASE,
  ...TRANSITION,
  ...INPUT_OUTPUT,
  ...PARAMETERS,
  ...ASSIGN,
  // A Pass has no result to select from, so no ResultSelector; its Result is a literal.
  ResultPath: jsonPathOnly(jsonPath("result", { nullable: true })),
  Result: field(anyJson),
};
