import { BASE, INPUT_OUTPUT } from "../common-fields.js";
import type { FieldTable } from "../field-spec.js";

/** A Succeed state ends its machine: no Next, no End, no Assign. https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html */
export const SUCCEED_FIELDS: FieldTable = { ...BASE, ...INPUT_OUTPUT };
