import { jsonataTemplate, orJsonata } from "../../expressions/jsonata-values.js";
import { jsonPath } from "../../expressions/path-values.js";
import { payloadTemplate } from "../../expressions/payload-values.js";
import { describeJson, isJsonObject } from "../../json/json-value.js";
import { byLanguage } from "../by-language.js";
import { BASE, INPUT_OUTPUT, PARAMETERS, RESULT_FIELDS, TRANSITION } from "../common-fields.js";
import { type FieldTable, field, jsonataOnly, jsonPathOnly } from "../field-spec.js";
import { ITEM_BATCHER, ITEM_READER, RESULT_WRITER } from "../map-config.js";
import { CATCH, RETRY } from "../retry-catch.js";
import { AWS_MAX_INTEGER, integer, number, object, string } from "../values.js";
import { fieldName, type ValueCheck, whereOf } from "../walk-context.js";

/**
 * Inline and Distributed Map. ItemProcessor (or the legacy Iterator) is checked as a machine of its own.
 * Items (JSONata) is an array or an expression; Parameters is the legacy spelling of ItemSelector.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
 */
const processorObject: ValueCheck = (value, site, walk) => {
  if (!isJsonObject(value)) {
    walk.report.refused(
      whereOf(site),
      "shape",
      `${fieldName(site)} must be a state machine object, not ${describeJson(value)}.`,
      'Write it as { "StartAt": "…", "States": { … } }.',
    );
  }
};

const items: ValueCheck = (value, site, walk) => {
  if (Array.isArray(value) || typeof value === "string") return jsonataTemplate(value, site, walk);
  walk.report.refused(
    whereOf(site),
    "shape",
    `Items must be an array or a JSONata expression, not ${describeJson(value)}.`,
    'Write Items as [ … ] or "{% $states.input.items %}".',
  );
};

const COUNT = orJsonata(integer({ min: 0, max: AWS_MAX_INTEGER }));

export const MAP_FIELDS: FieldTable = {
  ...BASE,
  ...TRANSITION,
  ...INPUT_OUTPUT,
  ...PARAMETERS,
  ...RESULT_FIELDS,
  ItemProcessor: field(processorObject),
  Iterator: field(processorObject),
  ItemsPath: jsonPathOnly(jsonPath("reference")),
  Items: jsonataOnly(items),
  ItemSelector: field(byLanguage({ JSONPath: payloadTemplate, JSONata: jsonataTemplate })),
  ItemReader: field(object(ITEM_READER)),
  ItemBatcher: field(object(ITEM_BATCHER)),
  ResultWriter: field(object(RESULT_WRITER)),
  MaxConcurrency: field(COUNT),
  MaxConcurrencyPath: jsonPathOnly(jsonPath("reference")),
  ToleratedFailureCount: field(COUNT),
  ToleratedFailureCountPath: jsonPathOnly(jsonPath("reference")),
  ToleratedFailurePercentage: field(orJsonata(number({ min: 0, max: 100 }))),
  ToleratedFailurePercentagePath: jsonPathOnly(jsonPath("reference")),
  // A Distributed Map's Label names its child executions: at most 40 characters.
  Label: field(string({ maxLength: 40 })),
  Retry: RETRY,
  Catch: CATCH,
};
