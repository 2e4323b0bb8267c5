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
  checkJson(value, "$", new Set(), what);
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function checkJson(value: unknown, path: string, seen: Set<object>, what: string): void {
  const fail = (problem: string): never => {
    throw new InvalidJsonError(what, `${problem} at ${path}`);
  };
  switch (typeof value) {
    case "string":
    case "boolean":
      return;
    case "number":
      if (!Number.isFinite(value)) fail(`${value} is not a JSON number`);
      return;
    case "undefined":
      fail("undefined has no JSON form (use null)");
      return;
    case "object":
      break;
    default:
      fail(`a ${typeof value} has no JSON form`);
      return;
  }
  if (value === null) return;
  if (seen.has(value)) fail("the value contains a cycle");
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    fail(`a ${value.constructor?.name ?? "class"} instance is not a plain JSON object`);
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkJson(item, `${path}[${index}]`, seen, what);
  } else for (const [key, item] of Object.entries(value)) checkJson(item, `${path}.${key}`, seen, what);
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
