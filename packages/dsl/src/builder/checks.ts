import { at, BuilderError } from "./builder-error.js";

/** Range checks shared by the builders; each names the state, the field and the allowed range. */
export function checkInteger(state: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BuilderError(
      at(state, field),
      `must be an integer from ${min} to ${max}, got ${value}`,
      `Use a whole number between ${min} and ${max}.`,
    );
  }
  return value;
}

export function checkNumber(state: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BuilderError(
      at(state, field),
      `must be a number from ${min} to ${max}, got ${value}`,
      `Use a value between ${min} and ${max}.`,
    );
  }
  return value;
}

export function checkOneOf<T extends string>(
  state: string,
  field: string,
  value: T,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value)) {
    throw new BuilderError(
      at(state, field),
      `must be one of ${allowed.map((item) => `"${item}"`).join(", ")}, got "${String(value)}"`,
      `Use ${allowed.map((item) => `"${item}"`).join(" or ")}.`,
    );
  }
  return value;
}

/** ISO 8601 / RFC 3339 timestamps as Step Functions accepts them (a `Z` or numeric offset is required). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function checkTimestamp(state: string, field: string, value: string): string {
  if (!TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    throw new BuilderError(
      at(state, field),
      `"${value}" is not an RFC 3339 timestamp`,
      'Write it like "2026-01-31T09:30:00Z" (a time zone is required).',
    );
  }
  return value;
}

/** State names: 1 to 80 characters (ASL), no control characters. */
export function checkStateName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  if (typeof name !== "string" || name.length === 0 || name.length > 80 || /[\u0000-\u001f]/.test(name)) {
    throw new BuilderError(
      `State "${String(name)}"`,
      "a state name must have 1 to 80 characters and no control characters",
      "Rename the state.",
    );
  }
  return name;
}
