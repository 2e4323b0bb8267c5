import { choices } from "../choice-rules.js";
import { ASSIGN, BASE, INPUT_OUTPUT } from "../common-fields.js";
import { type FieldTable, field } from "../field-spec.js";
import { string } from "../values.js";

/**
 * A Choice has no Next and no End of its own: its rules name where to go, and Default covers no match.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
 */
export const CHOICE_FIELDS: FieldTable = {
  ...BASE,
  ...INPUT_OUTPUT,
  ...ASSIGN,
  Choices: field(choices),
  Default: field(string({ nonEmpty: true })),
};
