import { jsonataTemplate, orJsonata } from "../../expressions/jsonata-values.js";
import { jsonPath } from "../../expressions/path-values.js";
import { payloadTemplate } from "../../expressions/payload-values.js";
import { byLanguage } from "../by-language.js";
import { ARGUMENTS, BASE, INPUT_OUTPUT, PARAMETERS, RESULT_FIELDS, TRANSITION } from "../common-fields.js";
import { type FieldTable, field, jsonPathOnly } from "../field-spec.js";
import { resourceArn } from "../resource.js";
import { CATCH, RETRY } from "../retry-catch.js";
import { AWS_MAX_INTEGER, integer } from "../values.js";

/** https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html */
const SECONDS = field(orJsonata(integer({ min: 1, max: AWS_MAX_INTEGER })));

export const TASK_FIELDS: FieldTable = {
  ...BASE,
  ...TRANSITION,
  ...INPUT_OUTPUT,
  ...PARAMETERS,
  ...ARGUMENTS,
  ...RESULT_FIELDS,
  Resource: field(resourceArn),
  TimeoutSeconds: SECONDS,
  TimeoutSecondsPath: jsonPathOnly(jsonPath("reference")),
  HeartbeatSeconds: SECONDS,
  HeartbeatSecondsPath: jsonPathOnly(jsonPath("reference")),
  Credentials: field(byLanguage({ JSONPath: payloadTemplate, JSONata: jsonataTemplate })),
  Retry: RETRY,
  Catch: CATCH,
};
