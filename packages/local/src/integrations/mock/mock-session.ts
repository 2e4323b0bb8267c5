import type { JsonValue } from "../../util/json.js";
import {
  MockConfigError,
  type MockConfigFile,
  type MockedResponse,
  parseInvocationKeys,
} from "./mock-config.js";

export type MockedOutcome =
  | { readonly kind: "return"; readonly value: JsonValue }
  | { readonly kind: "throw"; readonly error: string; readonly cause: string };

/** The mocked responses of one execution's test case, counting each state's invocations. */
export interface MockSession {
  /** The next response for `stateName`, or undefined when the test case does not mock that state. */
  next(stateName: string): MockedOutcome | undefined;
}

/**
 * Binds a test case to an execution. An invocation past the last one listed reuses the last response, so a
 * retried task that is mocked once keeps getting the same answer.
 */
export function createMockSession(
  config: MockConfigFile,
  stateMachineName: string | undefined,
  testCase: string,
): MockSession {
  const machineNames = Object.keys(config.StateMachines);
  const machine = stateMachineName ?? (machineNames.length === 1 ? machineNames[0] : undefined);
  if (machine === undefined || !Object.hasOwn(config.StateMachines, machine)) {
    throw new MockConfigError(
      `no state machine ${JSON.stringify(stateMachineName ?? "")} in StateMachines (it has ${machineNames.join(", ") || "none"}); pass stateMachineName`,
    );
  }
  const cases = config.StateMachines[machine]!.TestCases;
  const states = cases[testCase];
  if (!states)
    throw new MockConfigError(
      `StateMachines.${machine} has no test case "${testCase}" (it has ${Object.keys(cases).join(", ")})`,
    );
  const counters = new Map<string, number>();
  return {
    next(stateName) {
      const responseName = states[stateName];
      if (responseName === undefined) return undefined;
      const invocation = counters.get(stateName) ?? 0;
      counters.set(stateName, invocation + 1);
      const byInvocation = config.MockedResponses[responseName]!;
      const ranges = parseInvocationKeys(responseName, Object.keys(byInvocation));
      const range =
        ranges.find((candidate) => invocation >= candidate.from && invocation <= candidate.to) ??
        ranges[ranges.length - 1];
      if (!range) throw new MockConfigError(`MockedResponses.${responseName} is empty`);
      return toOutcome(byInvocation[range.key]!);
    },
  };
}

const toOutcome = (response: MockedResponse): MockedOutcome =>
  "Return" in response
    ? { kind: "return", value: response.Return }
    : { kind: "throw", error: response.Throw.Error, cause: response.Throw.Cause ?? "" };
