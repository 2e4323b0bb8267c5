import type { JsonObject, JsonValue } from "@statesmith/dsl";

export type { JsonObject, JsonValue };

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Sets an own field. `object[key] = value` with the key "__proto__" would set the prototype instead, and
 * the field would be lost; JSON has no such special key.
 */
export function setField<V>(object: Record<string, V>, key: string, value: NoInfer<V>): void {
  if (key === "__proto__") {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else object[key] = value;
}

/** Structural equality of two JSON values (key order does not matter), as ArrayContains/ArrayUnique need. */
export function jsonEquals(left: JsonValue, right: JsonValue): boolean {
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => jsonEquals(item, right[index]!));
  }
  if (Array.isArray(right)) return false;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEquals(left[key]!, right[key]!));
}

/** Compact JSON text, as Step Functions shows payloads in the history (no spaces). */
export const toJsonText = (value: JsonValue): string => JSON.stringify(value);

/** UTF-8 byte length without allocating a Buffer for the common short, ASCII-only case. */
export function utf8Length(text: string): number {
  if (text.length < 65_536) {
    let ascii = true;
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) return text.length;
  }
  return Buffer.byteLength(text, "utf8");
}

/** A JSON-safe deep copy: whatever a caller or handler holds can no longer change our values. */
export const cloneJson = <T extends JsonValue>(value: T): T =>
  value === null || typeof value !== "object" ? value : (JSON.parse(JSON.stringify(value)) as T);
