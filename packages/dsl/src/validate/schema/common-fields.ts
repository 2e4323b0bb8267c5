import { jsonataArguments, jsonataTemplate } from "../expressions/jsonata-values.js";
import { jsonPath } from "../expressions/path-values.js";
import { payloadTemplate } from "../expressions/payload-values.js";
import { assign } from "./assign.js";
import { type FieldTable, field, jsonataOnly, jsonPathOnly } from "./field-spec.js";
import { anyJson, oneOf, string, trueOnly } from "./values.js";

/**
 * Fields several state types share, grouped as the ASL docs group them. Type is read by the model (an unknown
 * Type is its own diagnostic); QueryLanguage is checked here and by the query-language check.
 * https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
 */
export const BASE: FieldTable = {
  Type: field(anyJson),
  Comment: field(string()),
  QueryLanguage: field(oneOf(["JSONPath", "JSONata"])),
};

export const TRANSITION: FieldTable = {
  Next: field(string({ nonEmpty: true })),
  End: field(trueOnly),
};

/** InputPath/OutputPath in JSONPath, Output in JSONata: every state but Fail. */
export const INPUT_OUTPUT: FieldTable = {
  InputPath: jsonPathOnly(jsonPath("path", { nullable: true })),
  OutputPath: jsonPathOnly(jsonPath("path", { nullable: true })),
  Output: jsonataOnly(jsonataTemplate),
};

/** States that produce a result (Task, Map, Parallel): its Output and Assign may read $states.result. */
export const RESULT_FIELDS: FieldTable = {
  ResultPath: jsonPathOnly(jsonPath("result", { nullable: true })),
  ResultSelector: jsonPathOnly(payloadTemplate),
  Output: jsonataOnly(jsonataTemplate, "result"),
  Assign: field(assign, { access: "result" }),
};

export const ASSIGN: FieldTable = { Assign: field(assign) };
export const PARAMETERS: FieldTable = { Parameters: jsonPathOnly(payloadTemplate) };
export const ARGUMENTS: FieldTable = { Arguments: jsonataOnly(jsonataArguments) };
