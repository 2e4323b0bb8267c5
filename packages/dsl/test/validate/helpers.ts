import { expect, vi } from "vitest";
import type { Diagnostic, DiagnosticKind } from "../../src/diagnostics/diagnostic.js";
import { type ValidationResult, validateDefinition } from "../../src/validate/index.js";

// asl-validator compiles its ajv schemas on every call (~100 ms alone, more when the whole repository's tests
// share the CPUs): allow a validation-heavy test more than vitest's default 5 s.
vi.setConfig({ testTimeout: 60_000 });

export const LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

/** A machine whose first state is StartAt. */
export const machine = (states: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  StartAt: Object.keys(states)[0],
  States: states,
  ...top,
});
/** One state named "A". */
export const single = (state: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  machine({ A: state }, top);
export const jsonataMachine = (states: Record<string, unknown>) =>
  machine(states, { QueryLanguage: "JSONata" });

export interface Expected {
  readonly state: string | null;
  readonly field: string | null;
  readonly kind: DiagnosticKind;
  /** A key part of the message. */
  readonly message: string | RegExp;
  readonly severity?: Diagnostic["severity"];
}

const matches = (diagnostic: Diagnostic, expected: Expected) =>
  diagnostic.state === expected.state &&
  diagnostic.field === expected.field &&
  diagnostic.kind === expected.kind &&
  diagnostic.severity === (expected.severity ?? "error") &&
  (typeof expected.message === "string"
    ? diagnostic.message.includes(expected.message)
    : expected.message.test(diagnostic.message));

/** Validates and asserts that one diagnostic matches; the failure message lists what was found instead. */
export function expectDiagnostic(definition: unknown, expected: Expected): ValidationResult {
  const result = validateDefinition(definition);
  const found = result.diagnostics.some((diagnostic) => matches(diagnostic, expected));
  expect(
    found,
    `expected ${JSON.stringify(expected)} among ${JSON.stringify(result.diagnostics, null, 2)}`,
  ).toBe(true);
  if ((expected.severity ?? "error") === "error") expect(result.valid).toBe(false);
  return result;
}

/** Errors only, for "this is accepted" assertions that still allow warnings. */
export const errorsOf = (definition: unknown, options?: { checkArn?: boolean }) =>
  validateDefinition(definition, options).diagnostics.filter((diagnostic) => diagnostic.severity === "error");
