import {
  type AslDefinition,
  compile,
  type Diagnostic,
  formatDiagnostic,
  isStateMachine,
  type StateMachine,
  validateDefinition,
} from "@statesmith/dsl";
import { StatesmithDeployError } from "./deploy-error.js";
import { findPlaceholders } from "./placeholders.js";

/** The result of the DSL's `compile(machine)`: its diagnostics decide whether it may deploy. */
export interface CompiledMachine {
  readonly definition: AslDefinition;
  readonly json: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly ok: boolean;
}

/**
 * What the construct accepts. The seam is ASL JSON: a DSL machine is compiled here; its compile result, an
 * ASL object or JSON text (e.g. a committed `.asl.json`) are taken as they are.
 */
export type DefinitionInput = StateMachine | CompiledMachine | AslDefinition | string;

export interface LoadedDefinition {
  readonly definition: AslDefinition;
  /** The exact text deployed as DefinitionString (placeholders still in it). */
  readonly json: string;
  /** What the validator warns about: AWS accepts it, the construct passes it on as synth-time warnings. */
  readonly warnings: readonly Diagnostic[];
}

export function loadDefinition(input: DefinitionInput): LoadedDefinition {
  if (isStateMachine(input)) return loadCompiled(compileForDeploy(input), `machine "${input.name}"`);
  if (isCompiledMachine(input)) return loadCompiled(input, "the definition");
  const parsed: unknown = typeof input === "string" ? parseJson(input) : input;
  if (!isRecord(parsed) || typeof parsed.StartAt !== "string" || !isRecord(parsed.States)) {
    throw new StatesmithDeployError(
      "the definition is not an ASL state machine (it needs StartAt and States). Fix: pass a compiled machine's `definition` or its `.asl.json` text.",
    );
  }
  const definition = parsed as unknown as AslDefinition;
  // Text is kept as given so the deployed DefinitionString is byte-for-byte the reviewed artifact.
  const json = typeof input === "string" ? input : `${JSON.stringify(input, null, 2)}\n`;
  const warnings = refuseInvalid(definition, findPlaceholders(json).length > 0);
  return Object.freeze({ definition, json, warnings: Object.freeze(warnings) });
}

/**
 * A `${…Arn}` Resource is an ARN only once CloudFormation substitutes it: if the ARN check is what fails on a
 * machine with placeholders, compile again without it (compiling is not free, so only then).
 */
function compileForDeploy(machine: StateMachine): CompiledMachine {
  const compiled = compile(machine);
  if (compiled.ok || compiled.placeholders.length === 0) return compiled;
  return compile(machine, { checkArn: false });
}

/** The compiler already validated: deploy its text as is, or refuse with its diagnostics. */
function loadCompiled(compiled: CompiledMachine, what: string): LoadedDefinition {
  refuseErrors(compiled.diagnostics, what);
  const warnings = compiled.diagnostics.filter((d) => d.severity === "warning");
  return Object.freeze({
    definition: compiled.definition,
    json: compiled.json,
    warnings: Object.freeze(warnings),
  });
}

function isCompiledMachine(input: DefinitionInput): input is CompiledMachine {
  return typeof input === "object" && "ok" in input && "json" in input && "definition" in input;
}

/** Errors stop the synth (AWS would refuse, or the machine cannot work); warnings are returned. */
function refuseInvalid(definition: AslDefinition, hasPlaceholders: boolean): Diagnostic[] {
  // A Resource may be a `${…Arn}` placeholder, which is an ARN only after CloudFormation substitutes it.
  const { diagnostics } = validateDefinition(definition, { checkArn: !hasPlaceholders });
  refuseErrors(diagnostics, "the definition");
  return diagnostics.filter((d) => d.severity === "warning");
}

function refuseErrors(diagnostics: readonly Diagnostic[], what: string): void {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return;
  throw new StatesmithDeployError(
    `${what} would not deploy:\n${errors.map((d) => `  ${formatDiagnostic(d)}`).join("\n")}`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StatesmithDeployError(`the definition text is not JSON: ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
