import { looksLikeIntrinsic } from "../../asl/intrinsic.js";
import type { JsonValue } from "../../asl/types.js";
import { describeJson, isJsonObject, quote } from "../json/json-value.js";
import { type Site, siteAt, type ValueCheck, type WalkContext, whereOf } from "../schema/walk-context.js";
import { checkIntrinsicText } from "./intrinsic-values.js";
import { jsonataBody } from "./jsonata-analysis.js";
import { checkPathText, isPathLike } from "./path-values.js";

/**
 * A JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign, …): any JSON, in which a
 * field whose name ends in `.$` takes a path or an intrinsic call, and no two fields may collide once the
 * `.$` is stripped. https://states-language.net/spec.html#payload-template
 */
export const payloadTemplate: ValueCheck = (value, site, walk) => walkPayload(value, site, walk);

function walkPayload(value: JsonValue, site: Site, walk: WalkContext): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walkPayload(item, siteAt(site, index), walk);
    });
    return;
  }
  if (!isJsonObject(value)) {
    literalString(value, site, walk);
    return;
  }
  const seen = new Set<string>();
  for (const key of Object.keys(value)) {
    const item = value[key]!;
    const at = siteAt(site, key);
    const dynamic = key.endsWith(".$");
    const name = dynamic ? key.slice(0, -2) : key;
    if (seen.has(name)) {
      walk.report.refused(
        whereOf(at),
        "payload",
        `${key} collides with another field named "${name}" once ".$" is stripped.`,
        `Keep only one of "${name}" and "${name}.$".`,
      );
    }
    seen.add(name);
    if (dynamic) dynamicValue(item, at, walk);
    else walkPayload(item, at, walk);
  }
}

/** The value of a `name.$` field: a path, or an intrinsic function call. */
export function dynamicValue(value: JsonValue, site: Site, walk: WalkContext): void {
  if (typeof value !== "string") {
    walk.report.refused(
      whereOf(site),
      "payload",
      `A field ending in ".$" takes a path or an intrinsic call as a string, not ${describeJson(value)}.`,
      'Remove ".$" from the field name to pass the value as it is.',
    );
  } else if (looksLikeIntrinsic(value)) checkIntrinsicText(value, site, walk);
  else checkPathText(value, "path", site, walk);
}

/**
 * Like ValidateStateMachineDefinition's NO_DOLLAR warning: a string that reads as a path or a call, in a
 * field whose name lacks `.$`, is passed on as the literal text.
 */
function literalString(value: JsonValue, site: Site, walk: WalkContext): void {
  if (typeof value !== "string") return;
  if (isPathLike(value) || looksLikeIntrinsic(value)) {
    walk.report.atRunTime(
      whereOf(site),
      "payload",
      `${quote(value)} looks like a path or intrinsic call, but the field name does not end in ".$", so the text is passed as it is.`,
      'Add ".$" to the field name to evaluate it.',
      { severity: "warning" },
    );
  } else if (jsonataBody(value) !== undefined) {
    walk.report.atRunTime(
      whereOf(site),
      "payload",
      `${quote(value)} is a JSONata expression, but this state uses JSONPath, so the text is passed as it is.`,
      'Set "QueryLanguage": "JSONata" on the state, or use a "name.$" field with a path.',
      { severity: "warning" },
    );
  }
}
