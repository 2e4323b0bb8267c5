import jsonata from "jsonata";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import type { StatesBinding, Variables } from "../interpreter/variables.js";
import { isJsonObject, type JsonObject, type JsonValue, setField } from "../util/json.js";
import { isPromise, type MaybePromise } from "../util/maybe-promise.js";
import { AWS_JSONATA_FUNCTIONS, registerClockFunctions } from "./aws-functions.js";
import { compileFastPath, FALLBACK } from "./fast-path.js";
import { variableReferences } from "./variable-references.js";

/** What a JSONata expression sees: its variables and `$states`. */
export interface JsonataScope {
  readonly vars: Variables;
  readonly states: StatesBinding;
}

/**
 * Evaluates a compiled field. An expression that produces nothing (or a function) fails with
 * States.QueryEvaluationError wherever it is, as AWS documents ("JSON cannot represent an undefined value"),
 * so every field that has a value yields one.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
export type JsonataEvaluator = (scope: JsonataScope) => MaybePromise<JsonValue>;

export class JsonataSyntaxError extends Error {
  constructor(
    readonly expression: string,
    readonly reason: string,
  ) {
    super(`Invalid JSONata expression '${expression}': ${reason}`);
    this.name = "JsonataSyntaxError";
  }
}

/** `{% … %}` marks a JSONata expression inside a JSON value. */
export const isJsonataText = (value: unknown): value is string =>
  typeof value === "string" && value.startsWith("{%") && value.endsWith("%}") && value.length >= 4;

/**
 * Compiles a JSONata field value once: strings in `{% %}` become expressions (parsed here, evaluated per use),
 * everything else is literal. A value without expressions evaluates synchronously to itself. Fields are named
 * as AWS names them in errors: `Arguments/Payload/orderId`.
 */
export function compileJsonataTemplate(
  template: JsonValue,
  field: string,
  now: () => number,
): JsonataEvaluator {
  if (isJsonataText(template)) return compileExpression(template.slice(2, -2).trim(), field, now);
  if (Array.isArray(template)) {
    const items = template.map((item, index) => compileJsonataTemplate(item, `${field}[${index}]`, now));
    if (!template.some(containsExpression)) return () => template;
    return (scope) =>
      collect(
        items.map((item) => item(scope)),
        (values) => values,
      );
  }
  if (isJsonObject(template) && containsExpression(template)) {
    const keys = Object.keys(template);
    const values = keys.map((key) => compileJsonataTemplate(template[key]!, `${field}/${key}`, now));
    return (scope) =>
      collect(
        values.map((value) => value(scope)),
        (results) => {
          const object: JsonObject = {};
          results.forEach((result, index) => {
            setField(object, keys[index]!, result);
          });
          return object;
        },
      );
  }
  return () => template;
}

const containsExpression = (value: JsonValue): boolean =>
  isJsonataText(value) ||
  (Array.isArray(value)
    ? value.some(containsExpression)
    : isJsonObject(value) && Object.values(value).some(containsExpression));

function collect(
  values: MaybePromise<JsonValue>[],
  build: (ready: JsonValue[]) => JsonValue,
): MaybePromise<JsonValue> {
  return values.some(isPromise) ? Promise.all(values).then(build) : build(values as JsonValue[]);
}

function compileExpression(text: string, field: string, now: () => number): JsonataEvaluator {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text);
  } catch (error) {
    throw new JsonataSyntaxError(text, describeError(error));
  }
  for (const [name, implementation, signature] of AWS_JSONATA_FUNCTIONS) {
    expression.registerFunction(name, implementation as (...args: unknown[]) => unknown, signature);
  }
  registerClockFunctions(expression, now);
  const failure = (detail: string) =>
    new EvaluationFailure(
      StatesErrors.QueryEvaluationError,
      `The JSONata expression '${text}' specified for the field '${field}' ${detail}`,
    );
  const onError = (error: unknown): never => {
    throw failure(`threw an error during evaluation. ${describeError(error)}`);
  };
  const onValue = (value: unknown): JsonValue => {
    if (isJsonataFunction(value)) throw failure("returned a function, which JSON cannot represent.");
    const json = toJson(value);
    if (json === undefined) throw failure("returned nothing (undefined).");
    return json;
  };
  const variables = variableReferences(expression.ast());
  const unassigned = (vars: Variables): string | undefined =>
    variables.find((name) => !Object.hasOwn(vars, name));
  // jsonata reads only own data properties, so an expression that reads the context object gets it built.
  const needsContext = /\$states(?!\.(input|result|errorOutput)\b)/.test(text);
  const native = compileFastPath(expression.ast());
  return (scope) => {
    const missing = variables.length === 0 ? undefined : unassigned(scope.vars);
    if (missing !== undefined) {
      return Promise.reject(failure(`reads the variable $${missing}, which has not been assigned.`));
    }
    // Answered at once, without a promise, when the expression is simple and its values are (see fast-path.ts).
    const quick = native?.(scope);
    if (quick !== undefined && quick !== FALLBACK) return quick;
    // jsonata copies the bindings before its first await, so `states` may be set on the shared object.
    scope.vars.states = needsContext ? withContext(scope.states) : scope.states;
    return expression.evaluate(scope.states.input, scope.vars).then(onValue, onError);
  };
}

function withContext(states: StatesBinding): StatesBinding {
  const plain: { -readonly [K in keyof StatesBinding]: StatesBinding[K] } = {
    input: states.input,
    context: states.context,
  };
  if (states.result !== undefined) plain.result = states.result;
  if (states.errorOutput !== undefined) plain.errorOutput = states.errorOutput;
  return plain;
}

/** A JSONata lambda or function value: an object that holds its whole environment (cyclic, not JSON). */
const isJsonataFunction = (value: unknown): boolean =>
  typeof value === "function" ||
  (typeof value === "object" &&
    value !== null &&
    ((value as { _jsonata_lambda?: unknown })._jsonata_lambda === true ||
      (value as { _jsonata_function?: unknown })._jsonata_function === true));

/**
 * JSONata builds objects without a prototype and arrays flagged as sequences, at any depth; Step Functions
 * hands JSON on. Rebuilt as plain JSON (functions dropped, like JSON.stringify does), so outputs compare and
 * serialize as the JSON AWS would return.
 */
function toJson(value: unknown): JsonValue | undefined {
  if (isJsonataFunction(value)) return undefined;
  if (value === null || typeof value !== "object") return value as JsonValue;
  if (Array.isArray(value)) return value.map((item) => toJson(item) ?? null);
  const plain: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const json = toJson(item);
    if (json !== undefined) setField(plain, key, json);
  }
  return plain;
}

function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === "string") return typeof code === "string" ? `${code}: ${message}` : message;
  }
  return String(error);
}
