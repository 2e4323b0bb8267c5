import { jsonataTemplate } from "../expressions/jsonata-values.js";
import { jsonPath } from "../expressions/path-values.js";
import { assign } from "./assign.js";
import { type FieldSpec, field, jsonataOnly, jsonPathOnly, type ObjectShape } from "./field-spec.js";
import { AWS_MAX_INTEGER, arrayOf, integer, number, object, oneOf, string } from "./values.js";

/**
 * Retriers and Catchers. Ranges: IntervalSeconds and MaxAttempts up to 99999999 (MaxAttempts 0 = never retry),
 * BackoffRate ≥ 1.0, MaxDelaySeconds 1..31622400 (under a year), JitterStrategy FULL or NONE.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
const ERROR_EQUALS = field(arrayOf(string({ nonEmpty: true }), { minItems: 1, what: "error names" }));

export const RETRIER: ObjectShape = {
  what: "a Retry entry",
  required: ["ErrorEquals"],
  fields: {
    ErrorEquals: ERROR_EQUALS,
    IntervalSeconds: field(integer({ min: 1, max: AWS_MAX_INTEGER })),
    MaxAttempts: field(integer({ min: 0, max: AWS_MAX_INTEGER })),
    BackoffRate: field(number({ min: 1, max: Number.MAX_VALUE })),
    MaxDelaySeconds: field(integer({ min: 1, max: 31_622_400 })),
    JitterStrategy: field(oneOf(["FULL", "NONE"])),
    Comment: field(string()),
  },
};

export const CATCHER: ObjectShape = {
  what: "a Catch entry",
  required: ["ErrorEquals", "Next"],
  fields: {
    ErrorEquals: ERROR_EQUALS,
    Next: field(string({ nonEmpty: true })),
    ResultPath: jsonPathOnly(jsonPath("result", { nullable: true })),
    Output: jsonataOnly(jsonataTemplate, "error-output"),
    Assign: field(assign, { access: "error-output" }),
    Comment: field(string()),
  },
};

export const RETRY: FieldSpec = field(arrayOf(object(RETRIER), { what: "retriers" }));
export const CATCH: FieldSpec = field(arrayOf(object(CATCHER), { what: "catchers" }));
