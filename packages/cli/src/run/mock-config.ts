import type { JsonValue } from "@statesmith/dsl";
import { UserError } from "../cli/errors.js";

export interface MockSelection {
  readonly stateMachineName: string;
  readonly testCase: string;
}

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Picks the test case to run from a Step Functions Local MockConfigFile (StateMachines → TestCases), checking
 * the names here so that a typo is said with the names that do exist.
 * https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html
 */
export function selectTestCase(
  config: JsonValue,
  file: string,
  testCase: string,
  stateMachine: string | undefined,
): MockSelection {
  const machines = isObject(config) ? config.StateMachines : undefined;
  if (!isObject(machines)) throw new UserError(`mock config ${file} has no "StateMachines" object`, 2);
  const names = Object.keys(machines);
  const stateMachineName = stateMachine ?? onlyName(names, file);
  const machine = machines[stateMachineName];
  if (!isObject(machine)) {
    throw new UserError(
      `mock config ${file} has no state machine "${stateMachineName}" (it has: ${quoted(names)})`,
      2,
    );
  }
  const testCases = isObject(machine.TestCases) ? Object.keys(machine.TestCases) : [];
  if (!testCases.includes(testCase)) {
    throw new UserError(
      `mock config ${file}: state machine "${stateMachineName}" has no test case "${testCase}" (it has: ${quoted(testCases)})`,
      2,
    );
  }
  return { stateMachineName, testCase };
}

function onlyName(names: readonly string[], file: string): string {
  if (names.length === 1 && names[0] !== undefined) return names[0];
  if (names.length === 0)
    throw new UserError(`mock config ${file} lists no state machines under "StateMachines"`, 2);
  throw new UserError(
    `mock config ${file} has several state machines (${quoted(names)}): pass --state-machine NAME`,
    2,
  );
}

function quoted(names: readonly string[]): string {
  return names.length === 0 ? "none" : names.map((name) => `"${name}"`).join(", ");
}
