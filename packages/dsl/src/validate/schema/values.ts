import type { JsonValue } from "../../asl/types.js";
import { describeJson, hasPlaceholder, quote } from "../json/json-value.js";
import { closestName } from "../suggest.js";
import { capitalize, checkFields } from "./check-fields.js";
import type { ObjectShape } from "./field-spec.js";
import { fieldName, type Site, siteAt, type ValueCheck, whereOf } from "./walk-context.js";

/** Value checks shared by the field tables. Each reports in the site's terms and returns nothing. */

/** AWS's ceiling for every seconds and counter field (TimeoutSeconds, IntervalSeconds, MaxAttempts, …). */
export const AWS_MAX_INTEGER = 99_999_999;

export const anyJson: ValueCheck = () => {};

const wrongType = (site: Site, expected: string, value: JsonValue, walk: Parameters<ValueCheck>[2]) =>
  walk.report.refused(
    whereOf(site),
    "shape",
    `${fieldName(site)} must be ${expected}, not ${describeJson(value)}.`,
    `Make ${fieldName(site)} ${expected}.`,
  );

export const string =
  (options: { nonEmpty?: boolean; maxLength?: number } = {}): ValueCheck =>
  (value, site, walk) => {
    if (typeof value !== "string") return wrongType(site, "a string", value, walk);
    if (options.nonEmpty && value === "") {
      walk.report.refused(
        whereOf(site),
        "shape",
        `${fieldName(site)} must not be empty.`,
        `Fill in ${fieldName(site)}.`,
      );
    } else if (options.maxLength !== undefined && [...value].length > options.maxLength) {
      walk.report.refused(
        whereOf(site),
        "range",
        `${fieldName(site)} is ${[...value].length} characters long; at most ${options.maxLength} are allowed.`,
        `Shorten ${fieldName(site)} to ${options.maxLength} characters or fewer.`,
      );
    }
  };

/** `End` takes only true: a state that does not end names its Next instead. */
export const trueOnly: ValueCheck = (value, site, walk) => {
  if (value !== true) {
    walk.report.refused(
      whereOf(site),
      "shape",
      `End must be true, not ${quote(value)}.`,
      'Write "End": true, or remove End and give the state a Next.',
    );
  }
};

export const boolean: ValueCheck = (value, site, walk) => {
  if (typeof value !== "boolean") wrongType(site, "true or false", value, walk);
};

interface Range {
  readonly min: number;
  readonly max: number;
}

const rangeText = ({ min, max }: Range) => `from ${min} to ${max}`;

export const integer =
  (range: Range): ValueCheck =>
  (value, site, walk) => {
    if (typeof value !== "number") return wrongType(site, "an integer", value, walk);
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      walk.report.refused(
        whereOf(site),
        "range",
        `${fieldName(site)} must be an integer ${rangeText(range)}, not ${value}.`,
        `Use a whole number ${rangeText(range)}.`,
      );
    }
  };

export const number =
  (range: Range): ValueCheck =>
  (value, site, walk) => {
    if (typeof value !== "number") return wrongType(site, "a number", value, walk);
    if (value < range.min || value > range.max) {
      walk.report.refused(
        whereOf(site),
        "range",
        `${fieldName(site)} must be a number ${rangeText(range)}, not ${value}.`,
        `Use a number ${rangeText(range)}.`,
      );
    }
  };

export const oneOf =
  (allowed: readonly string[]): ValueCheck =>
  (value, site, walk) => {
    if (typeof value === "string" && (allowed.includes(value) || hasPlaceholder(value))) return;
    const suggestion = typeof value === "string" ? closestName(value, allowed) : undefined;
    walk.report.refused(
      whereOf(site),
      "range",
      `${fieldName(site)} must be one of ${allowed.map((item) => `"${item}"`).join(", ")}, not ${quote(value)}.`,
      suggestion ? `Did you mean "${suggestion}"?` : `Use one of ${allowed.join(", ")}.`,
    );
  };

export const arrayOf =
  (item: ValueCheck, options: { minItems?: number; what: string }): ValueCheck =>
  (value, site, walk) => {
    if (!Array.isArray(value)) return wrongType(site, `an array of ${options.what}`, value, walk);
    if (value.length < (options.minItems ?? 0)) {
      walk.report.refused(
        whereOf(site),
        "shape",
        `${fieldName(site)} must hold at least ${options.minItems} ${options.what}; it is empty.`,
        `Add ${options.what} to ${fieldName(site)}, or remove the field.`,
      );
    }
    value.forEach((element, index) => {
      item(element, siteAt(site, index), walk);
    });
  };

export const object =
  (shape: ObjectShape): ValueCheck =>
  (value, site, walk) => {
    checkFields(value, shape, site, walk);
  };

/** RFC 3339 as AWS reads it: an uppercase T between date and time, Z or a numeric offset. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const isTimestamp = (text: string): boolean => TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text));

export const timestamp: ValueCheck = (value, site, walk) => {
  if (typeof value !== "string") return wrongType(site, "a timestamp string", value, walk);
  if (!isTimestamp(value) && !hasPlaceholder(value)) {
    walk.report.refused(
      whereOf(site),
      "range",
      `${fieldName(site)} ${quote(value)} is not an RFC 3339 timestamp.`,
      'Write it like "2016-08-18T17:33:00Z" (uppercase T, and Z or an offset such as +01:00).',
    );
  }
};

export { capitalize };
