import type { Diagnostic } from "@statesmith/dsl";
import type { LoadedMachine } from "@statesmith/local";
import type { MachineType } from "../arn.js";
import type { ServerContext } from "../context.js";
import { engineToAwsError, invalidDefinition } from "../engine-errors.js";
import { expressDiagnostics } from "../express-patterns.js";
import { AwsError } from "../protocol/aws-error.js";

const refusal = (message: string, hint: string): Diagnostic => ({
  severity: "error",
  kind: "refused-by-aws",
  state: null,
  field: null,
  message,
  hint,
});

/** The definition text parsed, or InvalidDefinition saying where the JSON breaks. */
export function parseDefinition(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidDefinition([
      refusal(
        `INVALID_JSON_DESCRIPTION: ${error instanceof Error ? error.message : String(error)}`,
        "Send the ASL definition as JSON text (JSON.stringify(definition)).",
      ),
    ]);
  }
}

/**
 * Loads a definition into the shared engine under the machine's name, refusing what CreateStateMachine refuses:
 * our validator's "refused-by-aws" findings and, for EXPRESS, the integration patterns Express cannot run.
 */
export function loadDefinition(
  context: ServerContext,
  name: string,
  text: string,
  type: MachineType,
): LoadedMachine {
  const definition = parseDefinition(text);
  const express = type === "EXPRESS" ? expressDiagnostics(definition) : [];
  if (express.length > 0) throw invalidDefinition(express);
  try {
    return context.engine.load(definition, { name });
  } catch (error) {
    const mapped = engineToAwsError(error);
    if (mapped) throw mapped;
    throw new AwsError("InvalidDefinition", `Invalid State Machine Definition: '${String(error)}'`);
  }
}
