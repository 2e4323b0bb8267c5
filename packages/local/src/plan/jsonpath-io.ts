import type { AslStateBase } from "@statesmith/dsl";
import { StatesErrors } from "../errors/error-names.js";
import { EvaluationFailure } from "../errors/runtime-errors.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { compilePath } from "../paths/compile-path.js";
import { MISSING } from "../paths/path-data.js";
import { compilePayloadTemplate } from "../paths/payload-template.js";
import { compileResultPath, type ResultWriter } from "../paths/result-path.js";
import type { JsonObject, JsonValue } from "../util/json.js";
import type { PlanContext } from "./plan-context.js";

type Transform = (entry: StateEntry, value: JsonValue) => JsonValue;

/**
 * The JSONPath data flow of one state, compiled: InputPath → Parameters → (work) → ResultSelector →
 * ResultPath → OutputPath, with Assign reading the raw result.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html
 */
export interface JsonPathIo {
  readonly inputPath: Transform;
  readonly parameters: Transform | undefined;
  readonly resultSelector: Transform | undefined;
  readonly resultPath: ResultWriter;
  readonly outputPath: Transform;
  readonly assign: ((entry: StateEntry, value: JsonValue) => JsonObject) | undefined;
}

const identity: Transform = (_entry, value) => value;

export function planJsonPathIo(
  state: AslStateBase & { readonly ItemSelector?: unknown },
  name: string,
  context: PlanContext,
  parametersField: "Parameters" | "ItemSelector" = "Parameters",
): JsonPathIo {
  const template = (field: string, value: unknown): Transform | undefined => {
    if (value === undefined) return undefined;
    const evaluate = context.field(name, field, () => compilePayloadTemplate(value as JsonValue, field));
    return (entry, input) => evaluate(entry.over(input));
  };
  const parameters =
    parametersField === "ItemSelector" ? undefined : template("Parameters", state.Parameters);
  const assign = template("Assign", state.Assign);
  return Object.freeze({
    inputPath: context.field(name, "InputPath", () => compileSelectPath(state.InputPath)),
    parameters,
    resultSelector: template("ResultSelector", state.ResultSelector),
    resultPath: context.field(name, "ResultPath", () => compileResultPath(state.ResultPath)),
    outputPath: context.field(name, "OutputPath", () => compileSelectPath(state.OutputPath)),
    assign: assign as JsonPathIo["assign"],
  });
}

/** InputPath / OutputPath: `null` gives `{}`, a path selects, a path that selects nothing is States.Runtime. */
function compileSelectPath(text: string | null | undefined): Transform {
  if (text === undefined || text === "$") return identity;
  if (text === null) return () => ({});
  const path = compilePath(text);
  return (entry, value) => {
    const selected = path.read(entry.over(value));
    if (selected !== MISSING) return selected;
    throw new EvaluationFailure(
      StatesErrors.Runtime,
      `Invalid path '${text}' : No results for path: ${path.normalized}`,
    );
  };
}
