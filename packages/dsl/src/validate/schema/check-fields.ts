import type { JsonValue } from "../../asl/types.js";
import { describeJson, fieldOf, isJsonObject } from "../json/json-value.js";
import { didYouMean } from "../suggest.js";
import type { ObjectShape } from "./field-spec.js";
import { alternativeFor } from "./language-alternatives.js";
import { type Site, siteAt, type WalkContext, whereOf } from "./walk-context.js";

export interface ShapeOptions {
  /** Where else an unknown field belongs, e.g. `Resource is a field of Task states`; undefined when nowhere. */
  readonly elsewhere?: (fieldName: string) => string | undefined;
}

/**
 * Checks a closed ASL object: every field known for this object in this query language, required fields
 * present, each value checked by its spec. Unknown fields get a "did you mean" from the known ones.
 * Returns false when the value is not an object at all.
 */
export function checkFields(
  value: JsonValue,
  shape: ObjectShape,
  site: Site,
  walk: WalkContext,
  options: ShapeOptions = {},
): boolean {
  if (!isJsonObject(value)) {
    walk.report.refused(
      whereOf(site),
      "shape",
      `${capitalize(shape.what)} must be a JSON object, not ${describeJson(value)}.`,
      `Write ${shape.what} as an object: { … }.`,
    );
    return false;
  }
  for (const key of Object.keys(value)) {
    const spec = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    const at = siteAt(site, key, spec?.access);
    if (spec === undefined) {
      unknownField(key, shape, at, walk, options);
    } else if (spec.only !== undefined && spec.only !== site.language) {
      walk.report.refused(
        whereOf(at),
        "language",
        `${key} is a ${spec.only} field, but this state uses ${site.language}.`,
        alternativeFor(key, site.language),
      );
    } else {
      spec.check(value[key]!, at, walk);
    }
  }
  for (const key of shape.required ?? []) {
    if (fieldOf(value, key) === undefined) {
      walk.report.refused(
        whereOf(siteAt(site, key)),
        "shape",
        `${capitalize(shape.what)} must have ${key}.`,
        `Add ${key}.`,
      );
    }
  }
  return true;
}

function unknownField(
  key: string,
  shape: ObjectShape,
  site: Site,
  walk: WalkContext,
  options: ShapeOptions,
): void {
  const known = Object.keys(shape.fields).filter((name) => {
    const only = shape.fields[name]!.only;
    return only === undefined || only === site.language;
  });
  const elsewhere = options.elsewhere?.(key);
  const message = elsewhere
    ? `${key} is not a field of ${shape.what}: ${elsewhere}.`
    : `${key} is not a field of ${shape.what}.`;
  walk.report.refused(whereOf(site), "unknown-field", message, didYouMean(key, known, `Remove ${key}.`));
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
