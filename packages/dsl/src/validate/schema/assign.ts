import { RESERVED_VARIABLE } from "../expressions/jsonata-names.js";
import { jsonataTemplate } from "../expressions/jsonata-values.js";
import { dynamicValue, payloadTemplate } from "../expressions/payload-values.js";
import { describeJson, isJsonObject } from "../json/json-value.js";
import { type Site, siteAt, type ValueCheck, type WalkContext, whereOf } from "./walk-context.js";

/**
 * Assign: variable names and their values (a payload template in JSONPath states, JSONata templates in
 * JSONata states). Names follow Unicode identifier rules, up to 80 characters, and `states` is reserved.
 * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
 */
// The docs say ID_Start then ID_Continue; we also accept a leading "_" (UAX #31 lets languages add it, and
// JSONata reads `$_x` as a variable), preferring a missed refusal to refusing a name AWS takes.
const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
const MAX_NAME_LENGTH = 80;

export const assign: ValueCheck = (value, site, walk) => {
  if (!isJsonObject(value)) {
    walk.report.refused(
      whereOf(site),
      "shape",
      `Assign must be an object of variable names and values, not ${describeJson(value)}.`,
      'Write Assign as { "name": value }.',
    );
    return;
  }
  for (const key of Object.keys(value)) {
    const at = siteAt(site, key);
    const dynamic = site.language === "JSONPath" && key.endsWith(".$");
    checkVariableName(dynamic ? key.slice(0, -2) : key, at, walk);
    if (site.language === "JSONata") jsonataTemplate(value[key]!, at, walk);
    else if (dynamic) dynamicValue(value[key]!, at, walk);
    else payloadTemplate(value[key]!, at, walk);
  }
};

function checkVariableName(name: string, site: Site, walk: WalkContext): void {
  if (name === RESERVED_VARIABLE) {
    walk.report.refused(
      whereOf(site),
      "variable",
      "$states is reserved by Step Functions and cannot be assigned.",
      "Pick another variable name.",
    );
  } else if ([...name].length > MAX_NAME_LENGTH) {
    walk.report.refused(
      whereOf(site),
      "variable",
      `The variable name "${name.slice(0, 20)}…" is longer than ${MAX_NAME_LENGTH} characters.`,
      `Use a name of ${MAX_NAME_LENGTH} characters or fewer.`,
    );
  } else if (!VARIABLE_NAME.test(name)) {
    walk.report.refused(
      whereOf(site),
      "variable",
      `"${name}" is not a valid variable name.`,
      "Start with a letter (or _) and continue with letters, digits or _, e.g. orderId.",
    );
  }
}
