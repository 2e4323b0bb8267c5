import { readFileSync } from "node:fs";
import { isJsonObject, type JsonValue } from "../../util/json.js";

/**
 * The AWS Step Functions Local mock configuration file: state machines → test cases → state name → the
 * name of a mocked response; each mocked response maps invocation numbers ("0", "1-2") to Return or Throw.
 * https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html
 */
export interface MockConfigFile {
  readonly StateMachines: Readonly<
    Record<string, { readonly TestCases: Readonly<Record<string, Readonly<Record<string, string>>>> }>
  >;
  readonly MockedResponses: Readonly<Record<string, Readonly<Record<string, MockedResponse>>>>;
}

export type MockedResponse =
  | { readonly Return: JsonValue }
  | { readonly Throw: { readonly Error: string; readonly Cause?: string } };

export class MockConfigError extends Error {
  constructor(message: string) {
    super(`Invalid mock configuration: ${message}`);
    this.name = "MockConfigError";
  }
}

/** Reads (from a path) and checks a MockConfigFile, naming the entry that is wrong. */
export function loadMockConfig(source: string | MockConfigFile | object): MockConfigFile {
  let value: unknown = source;
  if (typeof source === "string") {
    let text: string;
    try {
      text = readFileSync(source, "utf8");
    } catch (error) {
      throw new MockConfigError(`cannot read ${source}: ${(error as Error).message}`);
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new MockConfigError(`${source} is not JSON: ${(error as Error).message}`);
    }
  }
  checkConfig(value);
  return value;
}

function checkConfig(value: unknown): asserts value is MockConfigFile {
  if (!isJsonObject(value as JsonValue))
    throw new MockConfigError("the file must be a JSON object with StateMachines and MockedResponses");
  const config = value as Record<string, unknown>;
  const responses = config.MockedResponses ?? {};
  if (!isJsonObject(responses as JsonValue)) throw new MockConfigError("MockedResponses must be an object");
  for (const [name, byInvocation] of Object.entries(responses as Record<string, unknown>)) {
    if (!isJsonObject(byInvocation as JsonValue))
      throw new MockConfigError(`MockedResponses.${name} must be an object of invocations`);
    parseInvocationKeys(name, Object.keys(byInvocation as object));
    for (const [key, response] of Object.entries(byInvocation as Record<string, unknown>)) {
      const entry = response as Record<string, unknown>;
      const where = `MockedResponses.${name}["${key}"]`;
      if (!isJsonObject(entry as JsonValue) || "Return" in entry === "Throw" in entry) {
        throw new MockConfigError(`${where} needs exactly one of Return or Throw`);
      }
      if (
        "Throw" in entry &&
        (!isJsonObject(entry.Throw as JsonValue) ||
          typeof (entry.Throw as { Error?: unknown }).Error !== "string")
      ) {
        throw new MockConfigError(`${where}.Throw needs an Error string (and optionally Cause)`);
      }
    }
  }
  const machines = config.StateMachines ?? {};
  if (!isJsonObject(machines as JsonValue)) throw new MockConfigError("StateMachines must be an object");
  for (const [machine, entry] of Object.entries(machines as Record<string, { TestCases?: unknown }>)) {
    if (!isJsonObject(entry?.TestCases as JsonValue))
      throw new MockConfigError(`StateMachines.${machine}.TestCases must be an object`);
    for (const [testCase, states] of Object.entries(entry.TestCases as Record<string, unknown>)) {
      for (const [state, response] of Object.entries((states ?? {}) as Record<string, unknown>)) {
        if (typeof response !== "string" || !Object.hasOwn(responses as object, response)) {
          throw new MockConfigError(
            `StateMachines.${machine}.TestCases.${testCase}.${state} names no entry of MockedResponses: ${JSON.stringify(response)}`,
          );
        }
      }
    }
  }
  (config as { StateMachines: unknown }).StateMachines = machines;
  (config as { MockedResponses: unknown }).MockedResponses = responses;
}

/** "0", "1-2", "3": zero-based invocation numbers and inclusive ranges, without overlaps. */
export function parseInvocationKeys(
  name: string,
  keys: readonly string[],
): { from: number; to: number; key: string }[] {
  const ranges = keys.map((key) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(key);
    if (!match)
      throw new MockConfigError(
        `MockedResponses.${name}: "${key}" is not an invocation number or range like "1-2"`,
      );
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) throw new MockConfigError(`MockedResponses.${name}: the range "${key}" runs backwards`);
    return { from, to, key };
  });
  ranges.sort((a, b) => a.from - b.from);
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index]!.from <= ranges[index - 1]!.to) {
      throw new MockConfigError(
        `MockedResponses.${name}: "${ranges[index]!.key}" overlaps "${ranges[index - 1]!.key}"`,
      );
    }
  }
  return ranges;
}
