import type { JsonObject, JsonValue } from "../../asl/types.js";

/** Something in the input that JSON cannot hold, with where it was (keys and indexes from the root). */
export interface CopyIssue {
  readonly path: readonly (string | number)[];
  readonly problem: string;
}

export interface JsonCopy {
  readonly data: JsonValue;
  readonly issues: readonly CopyIssue[];
}

/**
 * Copies any JS value into plain JSON data. It is the deep copy asl-validator needs (it mutates its input) and
 * the shield that keeps every check total: cycles, functions, getters that throw, NaN and class instances are
 * reported as issues and replaced by null, so nothing downstream meets a value JSON could not hold.
 */
export function copyJson(value: unknown): JsonCopy {
  const issues: CopyIssue[] = [];
  const ancestors = new Set<object>();
  const path: (string | number)[] = [];
  const fail = (problem: string): null => {
    issues.push({ path: [...path], problem });
    return null;
  };

  const copy = (input: unknown): JsonValue => {
    if (input === null || typeof input === "string" || typeof input === "boolean") return input;
    if (typeof input === "number")
      return Number.isFinite(input) ? input : fail(`is ${input}, not a JSON number`);
    if (typeof input !== "object") return fail(`is ${typeOfValue(input)}, not JSON data`);
    if (ancestors.has(input)) return fail("refers back to an object that contains it (a cycle)");
    ancestors.add(input);
    try {
      return Array.isArray(input) ? copyArray(input) : copyObject(input);
    } finally {
      ancestors.delete(input);
    }
  };

  const copyArray = (input: readonly unknown[]): JsonValue[] => {
    const output: JsonValue[] = [];
    for (let index = 0; index < input.length; index++) {
      path.push(index);
      const item = read(() => input[index]);
      output.push(item === undefined ? fail("is undefined, not JSON data") : item);
      path.pop();
    }
    return output;
  };

  const copyObject = (input: object): JsonValue => {
    const prototype = Object.getPrototypeOf(input);
    if (prototype !== Object.prototype && prototype !== null) {
      return fail(`is a ${prototype?.constructor?.name ?? "non-plain"} object, not JSON data`);
    }
    const output: JsonObject = {};
    for (const key of Object.keys(input)) {
      path.push(key);
      const field = read(() => (input as Record<string, unknown>)[key]);
      // JSON.stringify drops undefined fields; "__proto__" must stay a field, not become the prototype.
      if (field !== undefined) {
        Object.defineProperty(output, key, {
          value: field,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      path.pop();
    }
    return output;
  };

  /** Getters and proxies may throw. Undefined comes back as such: an object simply leaves the field out. */
  const read = (get: () => unknown): JsonValue | undefined => {
    try {
      const field = get();
      return field === undefined ? undefined : copy(field);
    } catch (error) {
      return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  };

  try {
    return { data: copy(value), issues };
  } catch (error) {
    // Only a nesting deep enough to overflow the stack gets here.
    return { data: null, issues: [{ path: [], problem: `could not be copied (${String(error)})` }] };
  }
}

function typeOfValue(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "symbol") return "a symbol";
  return String(value);
}
