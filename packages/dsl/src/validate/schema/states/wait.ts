import { orJsonata } from "../../expressions/jsonata-values.js";
import { jsonPath } from "../../expressions/path-values.js";
import { ASSIGN, BASE, INPUT_OUTPUT, TRANSITION } from "../common-fields.js";
import { type FieldTable, field, jsonPathOnly } from "../field-spec.js";
import { AWS_MAX_INTEGER, integer, timestamp } from "../values.js";

/** https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html */
export const WAIT_FIELDS: FieldTable = {
  ...BASE,
  ...TRANSITION,
  ...INPUT_OUTPUT,
  ...ASSIGN,
  Seconds: field(orJsonata(integer({ min: 0, max: AWS_MAX_INTEGER }))),
  Timestamp: field(orJsonata(timestamp)),
  SecondsPath: jsonPathOnly(jsonPath("reference")),
  TimestampPath: jsonPathOnly(jsonPath("reference")),
};
