import type { JsonValue } from "./json.js";

/** Thrown when a value handed to the engine is not JSON (a function, NaN, a Date, a cycle…). */
export class InvalidJsonError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where} is not JSON: ${problem}`);
    this.name = "InvalidJsonError";
  }
}

/**
 * Checks that `value` is plain JSON and returns a private copy of it. Step Functions only ever sees JSON text,
 * so anything JSON.stringify would silently drop or mangle is reported instead, with the path to it.
 */
export function toJsonValue(value: unknown, what: string): JsonValue {
  checkJson(value, [], new Set(), what);
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** `$.items[3].name`, built only for the message: a large input is checked without a string per value. */
const pathText = (trail: readonly (string | number)[]): string =>
  `$${trail.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("")}`;

const fail = (what: string, problem: string, trail: readonly (string | number)[]): never => {
  throw new InvalidJsonError(what, `${problem} at ${pathText(trail)}`);
};

function checkJson(value: unknown, trail: (string | number)[], seen: Set<object>, what: string): void {
  switch (typeof value) {
    case "string":
    case "boolean":
      return;
    case "number":
      if (!Number.isFinite(value)) fail(what, `${value} is not a JSON number`, trail);
      return;
    case "undefined":
      fail(what, "undefined has no JSON form (use null)", trail);
      return;
    case "object":
      break;
    default:
      fail(what, `a ${typeof value} has no JSON form`, trail);
      return;
  }
  if (value === null) return;
  if (seen.has(value)) fail(what, "the value contains a cycle", trail);
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    fail(what, `a ${value.constructor?.name ?? "class"} instance is not a plain JSON object`, trail);
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      trail.push(index);
      checkJson(value[index], trail, seen, what);
      trail.pop();
    }
  } else {
    for (const key of Object.keys(value)) {
      trail.push(key);
      checkJson((value as Record<string, unknown>)[key], trail, seen, what);
      trail.pop();
    }
  }
  seen.delete(value);
}

/** Parses JSON text, naming what was being read and where the text goes wrong. */
export function parseJsonText(text: string, what: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new InvalidJsonError(what, error instanceof Error ? error.message : String(error));
  }
}
