import { looksLikeIntrinsic } from "@statesmith/dsl";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import { compileIntrinsic, type ValueEvaluator } from "../intrinsics/compile-intrinsic.js";
import { isJsonObject, type JsonObject, type JsonValue, setField } from "../util/json.js";
import { type CompiledPath, compilePath } from "./compile-path.js";
import { MISSING, whereMissing } from "./path-data.js";

export class TemplateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/**
 * Compiles a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign): a key ending in `.$`
 * takes its value from a path or an intrinsic; other values are copied. Subtrees without `.$` keys are
 * constants and are shared, not rebuilt.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html
 */
export function compilePayloadTemplate(template: JsonValue, field: string): ValueEvaluator {
  const compiled = compileNode(template, field);
  return typeof compiled === "function" ? compiled : () => compiled.constant;
}

type Compiled = ValueEvaluator | { readonly constant: JsonValue };

function compileNode(node: JsonValue, field: string): Compiled {
  if (Array.isArray(node)) {
    const items = node.map((item, index) => compileNode(item, `${field}[${index}]`));
    if (items.every((item) => typeof item !== "function")) return { constant: node };
    const evaluators = items.map(toEvaluator);
    return (data) => evaluators.map((evaluate) => evaluate(data));
  }
  if (!isJsonObject(node)) return { constant: node };
  const entries: [string, Compiled][] = Object.entries(node).map(([key, value]) =>
    key.endsWith(".$")
      ? [key.slice(0, -2), compileDynamic(key, value, field)]
      : [key, compileNode(value, `${field}.${key}`)],
  );
  if (entries.every(([, value]) => typeof value !== "function")) return { constant: node };
  const keys = entries.map(([key]) => key);
  const evaluators = entries.map(([, value]) => toEvaluator(value));
  return (data) => {
    const result: JsonObject = {};
    for (let index = 0; index < keys.length; index++)
      setField(result, keys[index]!, evaluators[index]!(data));
    return result;
  };
}

const toEvaluator = (compiled: Compiled): ValueEvaluator =>
  typeof compiled === "function" ? compiled : () => compiled.constant;

function compileDynamic(key: string, value: JsonValue, field: string): ValueEvaluator {
  if (typeof value !== "string") {
    throw new TemplateError(
      `${field}.${key}`,
      `the value of "${key}" must be a JSONPath or an intrinsic function string, got ${JSON.stringify(value)}`,
    );
  }
  if (looksLikeIntrinsic(value)) return compileIntrinsic(value);
  return readOrFail(compilePath(value), key);
}

/** AWS's wording for a payload path that names nothing (a States.Runtime failure). */
export function readOrFail(path: CompiledPath, key: string): ValueEvaluator {
  return (data) => {
    const value = path.read(data);
    if (value !== MISSING) return value;
    throw new EvaluationFailure(
      StatesErrors.Runtime,
      `The JSONPath '${path.text}' specified for the field '${key}' could not be found ${whereMissing(path.parsed.root, data)}`,
    );
  };
}
