import { expect } from "vitest";
import {
  createEngine,
  type Engine,
  type EngineOptions,
  type ExecutionResult,
  type JsonValue,
  type StartOptions,
} from "../../src/index.js";

/** One conformance case: a definition, an input, and what AWS documents for it. */
export interface ConformanceCase {
  /** What the case shows, in a sentence. */
  readonly name: string;
  /** The AWS documentation page (or ASL specification section) the expectation comes from. */
  readonly source: string;
  readonly definition?: object;
  readonly input?: JsonValue;
  readonly engine?: EngineOptions;
  readonly start?: StartOptions;
  readonly expect?: Expectation;
  /** Further checks on the result (history events, clock, …). */
  readonly check?: (result: ExecutionResult, engine: Engine) => void | Promise<void>;
  /** A case that drives the engine itself (callbacks, stop, concurrency). */
  readonly run?: (engine: Engine) => Promise<void>;
}

export interface Expectation {
  readonly status?: ExecutionResult["status"];
  readonly output?: JsonValue;
  readonly error?: string;
  readonly cause?: string | RegExp;
  readonly transitions?: number;
}

/** Runs one case on a fresh engine and checks it. */
export async function runCase(testCase: ConformanceCase): Promise<void> {
  // The validator's "fails at run time" findings are expected in cases that pin exactly those failures.
  const engine = createEngine({ onWarning: () => {}, ...testCase.engine });
  try {
    if (testCase.run) {
      await testCase.run(engine);
      return;
    }
    const result = await engine.run(testCase.definition, testCase.input ?? {}, testCase.start);
    const expected = testCase.expect ?? {};
    const status = expected.status ?? (expected.error === undefined ? "SUCCEEDED" : "FAILED");
    expect({ status: result.status, error: result.error, cause: result.cause }).toMatchObject({ status });
    if ("output" in expected) expect(result.output).toStrictEqual(expected.output);
    if (expected.error !== undefined) expect(result.error).toBe(expected.error);
    if (expected.cause !== undefined) {
      if (typeof expected.cause === "string") expect(result.cause).toBe(expected.cause);
      else expect(result.cause).toMatch(expected.cause);
    }
    if (expected.transitions !== undefined) expect(result.transitions).toBe(expected.transitions);
    await testCase.check?.(result, engine);
  } finally {
    await engine.close();
  }
}

/** The types of the history events, in order: most history checks compare these. */
export const eventTypes = (result: ExecutionResult): string[] => result.history.map((event) => event.type);

export const DOCS = "https://docs.aws.amazon.com/step-functions/latest/dg";
export const SPEC = "https://states-language.net/spec.html";
/** The AWS pages the JSONata cases cite. */
export const DATA = `${DOCS}/transforming-data.html`;
export const VARIABLES = `${DOCS}/workflow-variables.html`;
export const FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

/** A JSONata machine of these states, starting at the first. */
export const jsonata = (states: object, startAt = Object.keys(states)[0]) => ({
  QueryLanguage: "JSONata",
  StartAt: startAt,
  States: states,
});
/** A one-state JSONata machine whose Pass outputs `value`. */
export const output = (value: unknown) => ({ P: { Type: "Pass", Output: value, End: true } });
