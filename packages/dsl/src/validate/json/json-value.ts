import type { JsonObject, JsonValue } from "../../asl/types.js";

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Own fields only: a key such as "constructor" must not find Object.prototype's. */
export const fieldOf = (object: JsonObject, key: string): JsonValue | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** "a string", "an array", … for messages such as `Next must be a string, not a number`. */
export function describeJson(value: JsonValue | undefined): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return String(value);
  return typeof value === "number" ? "a number" : "a string";
}

/** Short, quoted rendering of a value for a message; long values are cut. */
export function quote(value: JsonValue | undefined): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** CloudFormation/CDK definition substitutions (`${TableName}`) are replaced before AWS sees the text. */
const PLACEHOLDER = /\$\{[^}]+\}/;
export const hasPlaceholder = (text: string): boolean => PLACEHOLDER.test(text);
