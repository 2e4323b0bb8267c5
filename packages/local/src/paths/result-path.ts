import type { JsonPathLeg } from "@statesmith/dsl";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../util/json.js";
import { compilePath } from "./compile-path.js";

/** Combines a state's raw input with its result. */
export type ResultWriter = (input: JsonValue, result: JsonValue) => JsonValue;

/**
 * ResultPath: `$` (default) replaces the input with the result, `null` discards the result, and a reference
 * path inserts the result into a copy of the input, creating missing objects on the way.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html
 */
export function compileResultPath(text: string | null | undefined): ResultWriter {
  if (text === null) return (input) => input;
  if (text === undefined || text === "$") return (_input, result) => result;
  const path = compilePath(text);
  if (path.parsed.root.kind !== "input" || !path.parsed.definite) {
    throw new Error(`ResultPath '${text}' must be a reference path into the state input, like $.result`);
  }
  const legs = path.parsed.legs;
  return (input, result) => write(input, legs, 0, result, text, input);
}

/** Copies only the objects along the path: the rest of the input is shared, never mutated. */
function write(
  target: JsonValue | undefined,
  legs: readonly JsonPathLeg[],
  at: number,
  result: JsonValue,
  text: string,
  input: JsonValue,
): JsonValue {
  if (at === legs.length) return result;
  const leg = legs[at]!;
  if (leg.kind === "member") {
    const container: JsonObject =
      target === undefined ? {} : isJsonObject(target) ? target : fail(text, input);
    const current = Object.hasOwn(container, leg.name) ? container[leg.name] : undefined;
    return { ...container, [leg.name]: write(current, legs, at + 1, result, text, input) };
  }
  if (leg.kind === "index" && Array.isArray(target)) {
    const index = leg.index < 0 ? target.length + leg.index : leg.index;
    if (index < 0 || index >= target.length) fail(text, input);
    const copy = target.slice();
    copy[index] = write(target[index], legs, at + 1, result, text, input);
    return copy;
  }
  return fail(text, input);
}

function fail(text: string, input: JsonValue): never {
  throw new EvaluationFailure(
    StatesErrors.ResultPathMatchFailure,
    `Unable to apply ResultPath '${text}' to input '${JSON.stringify(input)}': a value on the way is not an object.`,
  );
}
