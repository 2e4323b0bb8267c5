import { createRequire } from "node:module";
import { expect } from "vitest";
import {
  type AslDefinition,
  type CompileResult,
  compile,
  formatDiagnostic,
  type StateMachine,
} from "../../src/index.js";
import { expectInvariants } from "./invariants.js";

type AslValidator = (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

// asl-validator directly (not through validateDefinition), on a copy: it mutates its input.
const aslValidator = createRequire(import.meta.url)("asl-validator") as AslValidator;

export function aslValidatorErrors(definition: AslDefinition): string | undefined {
  const result = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });
  return result.isValid ? undefined : result.errorsText("\n");
}

/** Compiles, and requires both validateDefinition (via compile) and asl-validator itself to accept it. */
export function compileOk(machine: StateMachine): CompileResult {
  const result = compile(machine);
  expect(result.diagnostics.map(formatDiagnostic)).toStrictEqual([]);
  expect(result.ok).toBe(true);
  expect(aslValidatorErrors(result.definition)).toBeUndefined();
  expectInvariants(machine, result.definition);
  return result;
}

/** The compiled definition's states (top level). */
export function statesOf(machine: StateMachine): AslDefinition["States"] {
  return compileOk(machine).definition.States;
}

/** Messages of the compile diagnostics, formatted. */
export function problems(machine: StateMachine): string[] {
  const result = compile(machine);
  expectInvariants(machine, result.definition);
  return result.diagnostics.map(formatDiagnostic);
}
