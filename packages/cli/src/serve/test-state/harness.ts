import type { JsonValue } from "@statesmith/dsl";
import { AwsError } from "../protocol/aws-error.js";

type JsonObject = { [key: string]: JsonValue };
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A one-state machine that runs the tested state once and stops where it would go next. */
export interface Harness {
  readonly definition: JsonObject;
  readonly testedName: string;
  /** Each placeholder state (a Succeed) → the state the tested state names as its next. */
  readonly targets: ReadonlyMap<string, string>;
  /** Placeholders that only a Catcher leads to, and those a normal transition leads to. */
  readonly catchTargets: ReadonlySet<string>;
  readonly normalTargets: ReadonlySet<string>;
  /** The tested state's Retry, taken out: TestState reports RETRIABLE instead of retrying. */
  readonly retry: JsonValue | undefined;
  /** The tested state's Catch (left in place: the engine applies it), to say which catcher took the error. */
  readonly catchers: JsonValue | undefined;
}

/** The default name of a state sent on its own (TestState's `definition` is then one state). */
export const TESTED_STATE = "TestState";

/**
 * TestState tests one state: either `definition` is the state itself, or it is a whole machine and `stateName`
 * picks the state. Every transition target of that state (Next, Default, Choices[].Next, Catch[].Next) becomes a
 * Succeed placeholder, so the run ends as soon as the state has chosen where to go. Variables given to the
 * test are assigned by a Pass state before it.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html
 */
export function buildHarness(
  definition: unknown,
  stateName: string | undefined,
  variables: JsonObject | undefined,
): Harness {
  const { state, name, queryLanguage } = pickState(definition, stateName);
  const { Retry: retry, ...withoutRetry } = state;
  const targets = new Map<string, string>();
  const catchTargets = new Set<string>();
  const normalTargets = new Set<string>();
  const placeholder = (target: JsonValue | undefined, kind: Set<string>): JsonValue => {
    if (typeof target !== "string") return target ?? null;
    // A state that loops to itself needs a placeholder with another name than its own.
    const alias = target === name ? `${target} (next)` : target;
    targets.set(alias, target);
    kind.add(alias);
    return alias;
  };
  const tested: JsonObject = { ...withoutRetry };
  if ("Next" in tested) tested.Next = placeholder(tested.Next, normalTargets);
  if ("Default" in tested) tested.Default = placeholder(tested.Default, normalTargets);
  for (const [field, kind] of [
    ["Choices", normalTargets],
    ["Catch", catchTargets],
  ] as const) {
    const list = tested[field];
    if (!Array.isArray(list)) continue;
    tested[field] = list.map((entry) =>
      isObject(entry) && "Next" in entry ? { ...entry, Next: placeholder(entry.Next, kind) } : entry,
    );
  }
  const states: JsonObject = { [name]: tested };
  for (const alias of targets.keys()) states[alias] = { Type: "Succeed" };
  let startAt = name;
  if (variables !== undefined && Object.keys(variables).length > 0) {
    startAt = uniqueName("Assign the test's variables", states);
    states[startAt] = { Type: "Pass", Assign: variables, Next: name };
  }
  return {
    definition: {
      ...(queryLanguage !== undefined && { QueryLanguage: queryLanguage }),
      StartAt: startAt,
      States: states,
    },
    testedName: name,
    targets,
    catchTargets,
    normalTargets,
    retry,
    catchers: state.Catch,
  };
}

function pickState(
  definition: unknown,
  stateName: string | undefined,
): { state: JsonObject; name: string; queryLanguage: JsonValue | undefined } {
  if (!isObject(definition))
    throw new AwsError(
      "InvalidDefinition",
      "Invalid State Machine Definition: 'the definition must be a JSON object'",
    );
  if (stateName === undefined) {
    if (isObject(definition.States)) {
      throw new AwsError(
        "ValidationException",
        "The definition is a whole state machine: name the state to test in stateName.",
      );
    }
    return { state: definition, name: TESTED_STATE, queryLanguage: definition.QueryLanguage };
  }
  const state = isObject(definition.States) ? definition.States[stateName] : undefined;
  if (!isObject(state)) {
    throw new AwsError(
      "ValidationException",
      `stateName '${stateName}' is not a top-level state of the definition.`,
    );
  }
  return { state, name: stateName, queryLanguage: state.QueryLanguage ?? definition.QueryLanguage };
}

function uniqueName(base: string, states: JsonObject): string {
  let name = base;
  while (Object.hasOwn(states, name)) name = `${name}.`;
  return name;
}
