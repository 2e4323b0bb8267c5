import { type AslDefinition, type Diagnostic, validateDefinition } from "@statesmith/dsl";
import { DefinitionRefusedError, refusal } from "../errors/definition-refused-error.js";
import { PlanContext, type PlanEnvironment } from "../plan/plan-context.js";
import { planScope } from "../plan/plan-scope.js";
import type { ScopePlan } from "../plan/state-runner.js";
import { isJsonObject, type JsonValue } from "../util/json.js";
import { type DefinitionSubstitutions, substituteDefinition } from "./definition-substitutions.js";
import type { LoadedMachine } from "./engine-types.js";

/** A loaded machine and its plan; the plan stays private to the engine. */
export class MachinePlan implements LoadedMachine {
  constructor(
    readonly name: string,
    readonly stateMachineArn: string,
    readonly definition: AslDefinition,
    readonly root: ScopePlan,
    readonly timeoutSeconds: number | undefined,
  ) {}
}

export interface LoadSettings {
  readonly name: string | undefined;
  /** Values for the definition's `${Name}` placeholders (SAM/CDK DefinitionSubstitutions). */
  readonly substitutions: DefinitionSubstitutions;
  readonly arnPrefix: string;
  readonly environment: PlanEnvironment;
  readonly onWarning: (diagnostic: Diagnostic) => void;
}

/**
 * parse → validate → plan. Refuses what AWS refuses at CreateStateMachine (DefinitionRefusedError with every
 * problem); what AWS accepts but cannot work is reported through onWarning and fails at run time as in AWS.
 */
export function loadMachine(source: unknown, settings: LoadSettings): MachinePlan {
  const definition = substituteDefinition(
    parseDefinition(source) as unknown as JsonValue,
    settings.substitutions,
  ) as unknown as AslDefinition;
  const validation = validateDefinition(definition);
  const refused = validation.diagnostics.filter(
    (diagnostic) => diagnostic.severity === "error" && diagnostic.kind === "refused-by-aws",
  );
  if (refused.length > 0) throw new DefinitionRefusedError(refused);
  for (const diagnostic of validation.diagnostics)
    if (diagnostic.kind === "fails-at-run-time") settings.onWarning(diagnostic);

  const context = new PlanContext(settings.environment);
  const root = planScope(definition, definition.QueryLanguage ?? "JSONPath", "", context);
  const timeout = definition.TimeoutSeconds;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) {
    context.refuse(
      null,
      "TimeoutSeconds",
      `TimeoutSeconds must be a positive integer, got ${JSON.stringify(timeout)}.`,
      "Use a whole number of seconds.",
    );
  }
  if (context.diagnostics.length > 0) throw new DefinitionRefusedError(context.diagnostics);
  const name = settings.name ?? "StateMachine";
  return new MachinePlan(name, `${settings.arnPrefix}${name}`, definition, root, timeout);
}

/** Accepts the definition as an object or JSON text; keeps a private copy so later edits cannot leak in. */
function parseDefinition(source: unknown): AslDefinition {
  let value: unknown = source;
  if (typeof source === "string") {
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new DefinitionRefusedError([
        refusal(
          null,
          null,
          `The definition is not valid JSON: ${(error as Error).message}.`,
          "Check the file is ASL JSON (e.g. with `statesmith validate`).",
        ),
      ]);
    }
  }
  if (!isJsonObject(value as JsonValue)) {
    throw new DefinitionRefusedError([
      refusal(
        null,
        null,
        `The definition must be a JSON object with StartAt and States, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}.`,
        "Pass the ASL definition object or its JSON text.",
      ),
    ]);
  }
  try {
    return JSON.parse(JSON.stringify(value)) as AslDefinition;
  } catch (error) {
    throw new DefinitionRefusedError([
      refusal(
        null,
        null,
        `The definition is not JSON: ${(error as Error).message}.`,
        "Pass plain JSON data.",
      ),
    ]);
  }
}
