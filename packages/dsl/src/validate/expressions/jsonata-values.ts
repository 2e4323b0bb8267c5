import type { JsonValue } from "../../asl/types.js";
import { describeJson, hasPlaceholder, isJsonObject, quote } from "../json/json-value.js";
import {
  fieldName,
  recordRead,
  type Site,
  siteAt,
  type ValueCheck,
  type WalkContext,
  whereOf,
} from "../schema/walk-context.js";
import { jsonataBody } from "./jsonata-analysis.js";

/**
 * JSONata in JSONata states: any string of the form "{% … %}" in a field that takes expressions is evaluated.
 * Each is parsed once with the official `jsonata` package and its reads are checked where it stands.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */

/** Arguments, Output, Assign values, ItemSelector, …: any JSON, with expressions anywhere inside. */
export const jsonataTemplate: ValueCheck = (value, site, walk) => {
  if (typeof value === "string") {
    jsonataString(value, site, walk);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      jsonataTemplate(item, siteAt(site, index), walk);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value)) {
    const at = siteAt(site, key);
    if (key.endsWith(".$")) {
      walk.report.atRunTime(
        whereOf(at),
        "language",
        `"${key}" ends in ".$", which means nothing in a JSONata state: the field keeps that name and its value is not a path.`,
        `Rename it "${key.slice(0, -2)}" and write the value as "{% … %}".`,
        { severity: "warning" },
      );
    }
    jsonataTemplate(value[key]!, at, walk);
  }
};

/** Arguments (and the Arguments of ItemReader/ResultWriter): an object of values, or one expression. */
export const jsonataArguments: ValueCheck = (value, site, walk) => {
  if (isJsonObject(value) || (typeof value === "string" && jsonataBody(value) !== undefined)) {
    jsonataTemplate(value, site, walk);
    return;
  }
  walk.report.refused(
    whereOf(site),
    "shape",
    `${fieldName(site)} must be an object or a JSONata expression "{% … %}", not ${describeJson(value)}.`,
    `Write ${fieldName(site)} as { "name": value, … } or "{% <expression> %}".`,
  );
};

/** A field that must be an expression, such as a Choice rule's Condition. */
export const jsonataExpression: ValueCheck = (value, site, walk) => {
  if (typeof value === "string" && jsonataString(value, site, walk)) return;
  walk.report.refused(
    whereOf(site),
    "jsonata",
    `${fieldName(site)} must be a JSONata expression "{% … %}", not ${typeof value === "string" ? quote(value) : describeJson(value)}.`,
    `Write ${fieldName(site)} as "{% <expression> %}".`,
  );
};

/** In JSONata states, a field that otherwise takes a literal (an integer, a timestamp) may be an expression. */
export const orJsonata =
  (literal: ValueCheck): ValueCheck =>
  (value, site, walk) => {
    if (site.language === "JSONata" && typeof value === "string" && jsonataBody(value) !== undefined) {
      jsonataString(value, site, walk);
    } else literal(value, site, walk);
  };

/** Checks the string if it is an expression; true when it was one. */
function jsonataString(text: string, site: Site, walk: WalkContext): boolean {
  const body = jsonataBody(text);
  if (body === undefined) {
    // "The string must start with {% with no leading spaces, and must end with %} with no trailing spaces.
    // Improperly opening or closing the expression will result in a validation error."
    // https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
    if (text.startsWith("{%") !== text.endsWith("%}")) {
      walk.report.refused(
        whereOf(site),
        "jsonata",
        `${quote(text)} opens or closes like a JSONata expression but not both (no space may come before "{%" or after "%}").`,
        'Write the expression as "{% <expression> %}", or remove the stray "{%" / "%}" from literal text.',
      );
    }
    return false;
  }
  if (hasPlaceholder(text)) return true;
  const analysis = walk.cache.jsonataExpression(body);
  if (!analysis.ok) {
    walk.report.refused(
      whereOf(site),
      "jsonata",
      `The JSONata expression ${quote(text)} does not parse: ${analysis.message} (at character ${analysis.position}).`,
      "Fix the expression's syntax; see https://docs.jsonata.org.",
    );
    return true;
  }
  checkStatesFields(analysis.statesFields, site, walk);
  for (const name of analysis.topLevelNames) {
    // AWS evaluates expressions with no context item and refuses references to it at creation
    // (UNSUPPORTED_JSONATA_EXPRESSION: "Reference to '…' at the top level is not supported").
    walk.report.refused(
      whereOf(site),
      "jsonata",
      `The JSONata expression ${quote(text)} reads ${name === "$" || name === "$$" ? name : `"${name}"`} from the context item, which Step Functions does not set.`,
      name === "$" || name === "$$"
        ? "Read the input as $states.input."
        : `Write $states.input.${name} (or $${name} for a variable).`,
    );
  }
  if (analysis.callsEval) {
    walk.report.atRunTime(
      whereOf(site),
      "jsonata",
      "$eval is not available in Step Functions.",
      "Use $parse to turn a JSON string into a value.",
    );
  }
  for (const operator of new Set(analysis.newerOperators)) {
    // "Step Functions implements JSONata based on the 2.0.6 specification" (transforming-data.html).
    walk.report.refused(
      whereOf(site),
      "jsonata",
      `The JSONata expression ${quote(text)} uses "${operator}", which came in JSONata 2.1; Step Functions implements JSONata 2.0.6.`,
      operator === "??" ? "Write $exists(x) ? x : y." : "Write x ? x : y.",
    );
  }
  for (const read of analysis.reads) recordRead(walk, site, read.name, read.functionName);
  return true;
}

function checkStatesFields(fields: ReadonlySet<string>, site: Site, walk: WalkContext): void {
  // AWS: "Attempting to access $states.result or $states.errorOutput in fields and states where they are not
  // accessible will be caught at creation, update, or validation of the state machine."
  if (fields.has("result") && site.access !== "result") {
    walk.report.refused(
      whereOf(site),
      "states-access",
      site.access === "error-output"
        ? "$states.result is not defined in a Catcher: the state failed and has no result."
        : `$states.result is not defined in ${fieldName(site)}; only the Output and Assign of Task, Map and Parallel states see a result.`,
      site.access === "error-output"
        ? "Read the error as $states.errorOutput."
        : "Move this to the state's Output or Assign, or read $states.input.",
    );
  }
  if (fields.has("errorOutput") && site.access !== "error-output") {
    walk.report.refused(
      whereOf(site),
      "states-access",
      `$states.errorOutput is only defined in a Catcher's Output and Assign, not in ${fieldName(site)}.`,
      "Read the error in the Output or Assign of the Catch entry that handles it.",
    );
  }
}

export const isJsonataText = (value: JsonValue): boolean =>
  typeof value === "string" && jsonataBody(value) !== undefined;
