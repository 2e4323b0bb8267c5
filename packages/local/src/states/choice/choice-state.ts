import type { AslChoiceState, QueryLanguage } from "@statesmith/dsl";
import { StatesErrors } from "../../errors/error-names.js";
import { EvaluationFailure } from "../../errors/runtime-errors.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import { compilePayloadTemplate } from "../../paths/payload-template.js";
import { applyAssignment } from "../../plan/assign.js";
import {
  finishJsonata,
  type JsonataIo,
  planJsonataField,
  planJsonataIo,
  statesOf,
} from "../../plan/jsonata-io.js";
import { planJsonPathIo } from "../../plan/jsonpath-io.js";
import type { PlanContext } from "../../plan/plan-context.js";
import type { StateRunner, StepOutcome } from "../../plan/state-runner.js";
import type { JsonObject, JsonValue } from "../../util/json.js";
import { andThen, type MaybePromise } from "../../util/maybe-promise.js";
import { compileRule, type RuleTest } from "./jsonpath-rule.js";

const noMatch = (): never => {
  throw new EvaluationFailure(
    StatesErrors.NoChoiceMatched,
    "No Choice Rule matched and the state has no Default.",
  );
};

/**
 * Choice: the first rule that matches picks the next state, else Default, else States.NoChoiceMatched.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
 */
export function planChoice(
  state: AslChoiceState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): StateRunner {
  return language === "JSONata"
    ? planJsonataChoice(state, name, context)
    : planJsonPathChoice(state, name, context);
}

function planJsonPathChoice(state: AslChoiceState, name: string, context: PlanContext): StateRunner {
  const io = planJsonPathIo(state, name, context);
  const rules = state.Choices.map((rule, index) => {
    const field = `Choices[${index}]`;
    const test: RuleTest = context.field(name, field, () => compileRule(rule, field));
    const assign = rule.Assign
      ? context.field(name, `${field}.Assign`, () => compilePayloadTemplate(rule.Assign!, `${field}.Assign`))
      : undefined;
    return { test, next: rule.Next, assign };
  });
  const assignDefault = io.assign;
  return {
    name,
    type: "Choice",
    run(entry, input) {
      const effective = io.inputPath(entry, input);
      const data = entry.over(effective);
      const matched = rules.find((rule) => rule.test(data));
      const next = matched ? matched.next : (state.Default ?? noMatch());
      const values = matched?.assign
        ? (matched.assign(data) as JsonObject)
        : assignDefault?.(entry, effective);
      return {
        output: io.outputPath(entry, effective),
        next,
        assigned: applyAssignment(entry.frame, values),
      };
    },
  };
}

function planJsonataChoice(state: AslChoiceState, name: string, context: PlanContext): StateRunner {
  const stateIo = planJsonataIo(state, name, context);
  const rules = state.Choices.map((rule, index) => {
    const field = `Choices[${index}]`;
    const ruleIo: JsonataIo = {
      output: planJsonataField(context, name, `${field}.Output`, rule.Output) ?? stateIo.output,
      assign: planJsonataField(context, name, `${field}.Assign`, rule.Assign) ?? stateIo.assign,
    };
    const condition = planJsonataField(context, name, `${field}.Condition`, rule.Condition);
    if (!condition)
      context.refuse(name, field, "A JSONata Choice rule needs a Condition.", 'Add Condition: "{% … %}".');
    return { condition: condition!, field, next: rule.Next, io: ruleIo };
  });
  const finish = (
    entry: StateEntry,
    io: JsonataIo,
    next: string,
    input: JsonValue,
  ): MaybePromise<StepOutcome> =>
    andThen(finishJsonata(io, entry, statesOf(entry), input), ({ output, assign }) => ({
      output,
      next,
      assigned: applyAssignment(entry.frame, assign),
    }));
  return {
    name,
    type: "Choice",
    run(entry, input) {
      const states = statesOf(entry);
      const tryRule = (index: number): MaybePromise<StepOutcome> => {
        const rule = rules[index];
        if (!rule) return finish(entry, stateIo, state.Default ?? noMatch(), input);
        return andThen(rule.condition(entry, states), (value) => {
          if (typeof value !== "boolean") {
            throw new EvaluationFailure(
              StatesErrors.QueryEvaluationError,
              `The Condition of ${rule.field} must evaluate to a boolean, got ${JSON.stringify(value)}.`,
            );
          }
          return value ? finish(entry, rule.io, rule.next!, input) : tryRule(index + 1);
        });
      };
      return tryRule(0);
    },
  };
}
