import { looksLikeIntrinsic } from "../../../asl/intrinsic.js";
import { checkIntrinsicText } from "../../expressions/intrinsic-values.js";
import { orJsonata } from "../../expressions/jsonata-values.js";
import { checkPathText } from "../../expressions/path-values.js";
import { describeJson } from "../../json/json-value.js";
import { BASE } from "../common-fields.js";
import { type FieldTable, field, jsonPathOnly } from "../field-spec.js";
import { string } from "../values.js";
import { fieldName, type ValueCheck, whereOf } from "../walk-context.js";

/**
 * A Fail state takes only Type, Comment, Error, Cause and their Path forms: no InputPath, OutputPath or Output.
 * ErrorPath and CausePath take a Reference Path or one of the string-returning intrinsics.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html
 */
const STRING_INTRINSICS: ReadonlySet<string> = new Set([
  "States.Format",
  "States.JsonToString",
  "States.ArrayGetItem",
  "States.Base64Encode",
  "States.Base64Decode",
  "States.Hash",
  "States.UUID",
]);

const referencePathOrIntrinsic: ValueCheck = (value, site, walk) => {
  if (typeof value !== "string") {
    walk.report.refused(
      whereOf(site),
      "shape",
      `${fieldName(site)} must be a path string, not ${describeJson(value)}.`,
      'Write a Reference Path such as "$.error".',
    );
  } else if (looksLikeIntrinsic(value)) checkIntrinsicText(value, site, walk, STRING_INTRINSICS);
  else checkPathText(value, "reference", site, walk);
};

export const FAIL_FIELDS: FieldTable = {
  ...BASE,
  Error: field(orJsonata(string())),
  Cause: field(orJsonata(string())),
  ErrorPath: jsonPathOnly(referencePathOrIntrinsic),
  CausePath: jsonPathOnly(referencePathOrIntrinsic),
};
