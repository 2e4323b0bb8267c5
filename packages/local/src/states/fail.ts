import { type AslFailState, looksLikeIntrinsic, type QueryLanguage } from "@statesmith/dsl";
import { unusableValue } from "../errors/runtime-errors.js";
import { StatesError } from "../errors/states-error.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { compileIntrinsic, type ValueEvaluator } from "../intrinsics/compile-intrinsic.js";
import { compilePath } from "../paths/compile-path.js";
import { readOrFail } from "../paths/payload-template.js";
import { planJsonataField, statesOf } from "../plan/jsonata-io.js";
import type { PlanContext } from "../plan/plan-context.js";
import type { StateRunner } from "../plan/state-runner.js";
import type { JsonValue } from "../util/json.js";
import { isPromise, type MaybePromise } from "../util/maybe-promise.js";

type Text = (entry: StateEntry) => MaybePromise<string | undefined>;

/**
 * Fail: stops its scope with Error and Cause, literal or from ErrorPath/CausePath (a path or an intrinsic).
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html
 */
export function planFail(
  state: AslFailState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  const error = planText(state, name, context, language, "Error");
  const cause = planText(state, name, context, language, "Cause");
  const fail = (errorText: string | undefined, causeText: string | undefined): never => {
    throw new StatesError(errorText ?? "", causeText ?? "");
  };
  return {
    name,
    type: "Fail",
    run(entry) {
      const errorText = error(entry);
      const causeText = cause(entry);
      if (isPromise(errorText) || isPromise(causeText)) {
        return Promise.all([errorText, causeText]).then(([e, c]) => fail(e, c));
      }
      return fail(errorText, causeText);
    },
  };
}

function planText(
  state: AslFailState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  field: "Error" | "Cause",
): Text {
  const literal = state[field];
  if (language === "JSONata") {
    const evaluate = planJsonataField(context, name, field, literal);
    if (!evaluate) return () => undefined;
    return (entry) => {
      const value = evaluate(entry, statesOf(entry));
      return isPromise(value)
        ? value.then((ready) => asText(ready, field, true))
        : asText(value, field, true);
    };
  }
  const pathField = `${field}Path` as const;
  const pathText = state[pathField];
  if (pathText === undefined) return () => literal;
  const evaluate: ValueEvaluator = context.field(name, pathField, () =>
    looksLikeIntrinsic(pathText) ? compileIntrinsic(pathText) : readOrFail(compilePath(pathText), pathField),
  );
  return (entry) => asText(evaluate(entry), pathField);
}

function asText(value: JsonValue | undefined, field: string, fromJsonata = false): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw unusableValue(fromJsonata, `The value of ${field} must be a string, got ${JSON.stringify(value)}.`);
}
