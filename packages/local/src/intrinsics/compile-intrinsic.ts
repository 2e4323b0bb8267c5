import {
  INTRINSIC_FUNCTIONS,
  type IntrinsicArgument,
  type IntrinsicCall,
  type IntrinsicFunctionName,
  isIntrinsicFunctionName,
  parseIntrinsic,
} from "@statesmith/dsl";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import { compilePath } from "../paths/compile-path.js";
import { MISSING, type PathData, whereMissing } from "../paths/path-data.js";
import type { JsonValue } from "../util/json.js";
import type { IntrinsicImplementation } from "./arguments.js";
import { ARRAY_FUNCTIONS } from "./functions/array-functions.js";
import { JSON_FUNCTIONS } from "./functions/json-functions.js";
import { MATH_FUNCTIONS } from "./functions/math-functions.js";
import { STRING_FUNCTIONS } from "./functions/string-functions.js";

/** Every intrinsic AWS defines has an implementation: a new name in the dsl list fails to compile here. */
const IMPLEMENTATIONS: Readonly<Record<IntrinsicFunctionName, IntrinsicImplementation>> = Object.freeze({
  ...ARRAY_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...JSON_FUNCTIONS,
});

/** "You can nest up to 10 intrinsic functions within a field." */
const MAX_NESTING = 10;

export type ValueEvaluator = (data: PathData) => JsonValue;

export class IntrinsicSyntaxError extends Error {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {
    super(`Invalid intrinsic function call '${text}': ${reason}`);
    this.name = "IntrinsicSyntaxError";
  }
}

/** Parses and checks an intrinsic once; the evaluator it returns runs per state entry. */
export function compileIntrinsic(text: string): ValueEvaluator {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok)
    throw new IntrinsicSyntaxError(text, `${parsed.message} (at character ${parsed.position + 1})`);
  return compileCall(parsed.call, text, 1);
}

function compileCall(call: IntrinsicCall, text: string, depth: number): ValueEvaluator {
  if (depth > MAX_NESTING)
    throw new IntrinsicSyntaxError(text, `more than ${MAX_NESTING} nested intrinsic functions`);
  if (!isIntrinsicFunctionName(call.name)) {
    throw new IntrinsicSyntaxError(
      text,
      `unknown function ${call.name}; see INTRINSIC_FUNCTIONS for the list`,
    );
  }
  const arity = INTRINSIC_FUNCTIONS[call.name];
  if (call.args.length < arity.min || call.args.length > arity.max) {
    const expected =
      arity.min === arity.max
        ? `${arity.min}`
        : arity.max === Infinity
          ? `at least ${arity.min}`
          : `${arity.min} to ${arity.max}`;
    throw new IntrinsicSyntaxError(
      text,
      `${call.name} takes ${expected} argument(s), got ${call.args.length}`,
    );
  }
  const implementation = IMPLEMENTATIONS[call.name];
  const args = call.args.map((arg) => compileArgument(arg, call, text, depth));
  return (data) =>
    implementation(
      args.map((arg) => arg(data)),
      call,
    );
}

function compileArgument(
  arg: IntrinsicArgument,
  call: IntrinsicCall,
  text: string,
  depth: number,
): ValueEvaluator {
  switch (arg.kind) {
    case "string":
    case "number":
    case "boolean": {
      const value = arg.value;
      return () => value;
    }
    case "null":
      return () => null;
    case "call":
      return compileCall(arg.call, text, depth + 1);
    case "path": {
      const path = compilePath(arg.path);
      return (data) => {
        const value = path.read(data);
        if (value === MISSING) {
          throw new EvaluationFailure(
            StatesErrors.IntrinsicFailure,
            `The JSONPath '${arg.path}' passed to ${call.name} could not be found ${whereMissing(path.parsed.root, data)}`,
          );
        }
        return value;
      };
    }
  }
}
