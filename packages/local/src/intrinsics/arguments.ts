import type { IntrinsicCall } from "@statesmith/dsl";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../util/json.js";

/** An intrinsic's implementation: evaluated arguments in, a JSON value out, States.IntrinsicFailure on misuse. */
export type IntrinsicImplementation = (args: readonly JsonValue[], call: IntrinsicCall) => JsonValue;

export const intrinsicFailure = (call: IntrinsicCall, message: string): EvaluationFailure =>
  new EvaluationFailure(StatesErrors.IntrinsicFailure, `Invalid arguments in ${call.name}: ${message}`);

const describe = (value: JsonValue): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : isJsonObject(value)
        ? "an object"
        : `${typeof value} ${JSON.stringify(value)}`;

const ordinal = (index: number): string => ["first", "second", "third", "fourth"][index] ?? `#${index + 1}`;

export function stringArg(call: IntrinsicCall, args: readonly JsonValue[], index: number): string {
  const value = args[index]!;
  if (typeof value !== "string")
    throw intrinsicFailure(call, `the ${ordinal(index)} argument must be a string, got ${describe(value)}`);
  return value;
}

export function arrayArg(call: IntrinsicCall, args: readonly JsonValue[], index: number): JsonValue[] {
  const value = args[index]!;
  if (!Array.isArray(value))
    throw intrinsicFailure(call, `the ${ordinal(index)} argument must be an array, got ${describe(value)}`);
  return value;
}

export function objectArg(call: IntrinsicCall, args: readonly JsonValue[], index: number): JsonObject {
  const value = args[index]!;
  if (!isJsonObject(value))
    throw intrinsicFailure(call, `the ${ordinal(index)} argument must be an object, got ${describe(value)}`);
  return value;
}

export function booleanArg(call: IntrinsicCall, args: readonly JsonValue[], index: number): boolean {
  const value = args[index]!;
  if (typeof value !== "boolean")
    throw intrinsicFailure(call, `the ${ordinal(index)} argument must be a boolean, got ${describe(value)}`);
  return value;
}

/** "If you specify a non-integer value … Step Functions will round it off to the nearest integer." */
export function integerArg(call: IntrinsicCall, args: readonly JsonValue[], index: number): number {
  const value = args[index]!;
  if (typeof value !== "number")
    throw intrinsicFailure(call, `the ${ordinal(index)} argument must be a number, got ${describe(value)}`);
  return Math.round(value);
}

/** Inputs of the encoding and hashing intrinsics "can't exceed 10,000 characters". */
export function limitLength(call: IntrinsicCall, text: string, limit = 10_000): string {
  if (text.length > limit)
    throw intrinsicFailure(call, `the input is ${text.length} characters; the limit is ${limit}`);
  return text;
}
