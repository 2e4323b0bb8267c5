import type { AslState, AslStateMachine, QueryLanguage, StateType } from "@statesmith/dsl";
import { planChoice } from "../states/choice/choice-state.js";
import { planFail } from "../states/fail.js";
import { planMap } from "../states/map/map-state.js";
import { planParallel, type ScopePlanner } from "../states/parallel.js";
import { planPass } from "../states/pass.js";
import { planSucceed } from "../states/succeed.js";
import { planTask } from "../states/task/task-state.js";
import { planWait } from "../states/wait.js";
import { isJsonObject } from "../util/json.js";
import type { PlanContext } from "./plan-context.js";
import type { ScopePlan, StateRunner } from "./state-runner.js";

type Planner = (
  state: AslState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  planScope: ScopePlanner,
) => StateRunner;

/** One planner per state type: a new state type without one does not compile. */
const PLANNERS: Readonly<Record<StateType, Planner>> = Object.freeze({
  Task: (state, name, context, language) =>
    planTask(state as Extract<AslState, { Type: "Task" }>, name, context, language),
  Pass: (state, name, context, language) =>
    planPass(state as Extract<AslState, { Type: "Pass" }>, name, context, language),
  Choice: (state, name, context, language) =>
    planChoice(state as Extract<AslState, { Type: "Choice" }>, name, context, language),
  Wait: (state, name, context, language) =>
    planWait(state as Extract<AslState, { Type: "Wait" }>, name, context, language),
  Succeed: (state, name, context, language) =>
    planSucceed(state as Extract<AslState, { Type: "Succeed" }>, name, context, language),
  Fail: (state, name, context, language) =>
    planFail(state as Extract<AslState, { Type: "Fail" }>, name, context, language),
  Parallel: (state, name, context, language, planScope) =>
    planParallel(state as Extract<AslState, { Type: "Parallel" }>, name, context, language, planScope),
  Map: (state, name, context, language, planScope) =>
    planMap(state as Extract<AslState, { Type: "Map" }>, name, context, language, planScope),
});

/**
 * Plans one scope: checks the structure AWS checks at creation (StartAt and every transition name a state
 * of this scope, each state has a known Type and either Next or End), then compiles each state.
 */
export function planScope(
  machine: AslStateMachine,
  language: QueryLanguage,
  where: string,
  context: PlanContext,
): ScopePlan {
  const states = new Map<string, StateRunner>();
  if (
    !isJsonObject(machine as never) ||
    !isJsonObject((machine as unknown as { States?: never }).States ?? null)
  ) {
    context.refuse(
      null,
      where === "" ? "States" : `${where}.States`,
      "A state machine needs a States object.",
      'Add "States": { … }.',
    );
    return { startAt: "", states };
  }
  const names = new Set(Object.keys(machine.States));
  const scopeLanguage = machine.QueryLanguage ?? language;
  const recurse: ScopePlanner = (inner, innerLanguage, innerWhere) =>
    planScope(inner, innerLanguage, innerWhere, context);
  if (typeof machine.StartAt !== "string" || !names.has(machine.StartAt)) {
    context.refuse(
      null,
      where === "" ? "StartAt" : `${where}.StartAt`,
      `StartAt names no state of this scope: ${JSON.stringify(machine.StartAt)}.`,
      `Use one of: ${[...names].join(", ")}.`,
    );
  }
  for (const [name, state] of Object.entries(machine.States)) {
    checkTransitions(state, name, names, context);
    const planner = isJsonObject(state as never) ? PLANNERS[state.Type] : undefined;
    if (!planner) {
      context.refuse(
        name,
        "Type",
        `Unknown state type ${JSON.stringify((state as { Type?: unknown })?.Type)}.`,
        `Use one of ${Object.keys(PLANNERS).join(", ")}.`,
      );
      continue;
    }
    states.set(name, planner(state, name, context, state.QueryLanguage ?? scopeLanguage, recurse));
  }
  return { startAt: machine.StartAt, states };
}

function checkTransitions(
  state: AslState,
  name: string,
  names: ReadonlySet<string>,
  context: PlanContext,
): void {
  if (!isJsonObject(state as never)) return;
  const check = (target: unknown, field: string): void => {
    if (target !== undefined && (typeof target !== "string" || !names.has(target))) {
      context.refuse(
        name,
        field,
        `${field} names no state of this scope: ${JSON.stringify(target)}.`,
        `Use one of: ${[...names].join(", ")}.`,
      );
    }
  };
  check(state.Next, "Next");
  for (const [index, catcher] of (state.Catch ?? []).entries()) check(catcher.Next, `Catch[${index}].Next`);
  if (state.Type === "Choice") {
    for (const [index, rule] of (state.Choices ?? []).entries()) check(rule.Next, `Choices[${index}].Next`);
    check(state.Default, "Default");
    if (!Array.isArray(state.Choices) || state.Choices.length === 0)
      context.refuse(
        name,
        "Choices",
        "A Choice state needs a non-empty Choices array.",
        "Add at least one Choice Rule.",
      );
    return;
  }
  const terminal = state.Type === "Succeed" || state.Type === "Fail";
  if (!terminal && state.End !== true && state.Next === undefined) {
    context.refuse(
      name,
      "Next",
      "The state has neither Next nor End.",
      'Add "Next": "<state>" or "End": true.',
    );
  }
}
