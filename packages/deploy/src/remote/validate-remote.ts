import {
  ValidateStateMachineDefinitionCommand,
  type ValidateStateMachineDefinitionDiagnostic,
} from "@aws-sdk/client-sfn";
import type { AslDefinition, Diagnostic } from "@statesmith/dsl";
import { createClient, type RemoteOptions } from "./client.js";
import { parseLocation } from "./location.js";
import { callStepFunctions } from "./remote-error.js";

export interface RemoteValidationResult {
  /** AWS's own verdict (`result: OK`): the only field AWS asks callers to rely on. */
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** AWS returned only the first diagnostics (maxResults). */
  readonly truncated: boolean;
}

export interface ValidateRemoteOptions extends RemoteOptions {
  readonly type?: "STANDARD" | "EXPRESS";
}

/**
 * Asks Step Functions itself (ValidateStateMachineDefinition) whether it would accept the definition, and
 * answers in Statesmith's Diagnostic shape. Costs one API call; creates nothing.
 */
export async function validateRemote(
  definition: AslDefinition | string,
  options: ValidateRemoteOptions = {},
): Promise<RemoteValidationResult> {
  const text = typeof definition === "string" ? definition : JSON.stringify(definition);
  const client = createClient(options);
  try {
    const output = await callStepFunctions("ValidateStateMachineDefinition", () =>
      client.send(new ValidateStateMachineDefinitionCommand({ definition: text, type: options.type })),
    );
    return Object.freeze({
      valid: output.result === "OK",
      diagnostics: Object.freeze((output.diagnostics ?? []).map(toDiagnostic)),
      truncated: output.truncated ?? false,
    });
  } finally {
    client.destroy();
  }
}

/** Codes from the API reference, with the one-sentence fix a Diagnostic carries. */
const HINTS = new Map<string, string>([
  ["MISSING_TRANSITION_TARGET", "Point Next (or Default) at a state that exists."],
  ["MISSING_END_STATE", "Give the machine a Succeed or Fail state, or End: true on a terminal state."],
  ["DUPLICATE_STATE_NAME", "Rename one of the states: names are unique across the whole machine."],
  [
    "INVALID_RESOURCE",
    "Use a service integration ARN (arn:aws:states:::service:action) or a function/activity ARN.",
  ],
  ["SCHEMA_VALIDATION_FAILED", "Fix the field named in the location to match the Amazon States Language."],
  ["INVALID_JSON_DESCRIPTION", "Send the definition as valid JSON."],
  ["NO_DOLLAR", "End the field name with .$ if its value is a path or an intrinsic function."],
  ["NO_PATH", "Rename the field to end with Path if its value is a path."],
  [
    "PASS_RESULT_IS_STATIC",
    "Pass Result is literal; use Parameters (JSONPath) or Output (JSONata) to compute it.",
  ],
]);

function toDiagnostic(diagnostic: ValidateStateMachineDefinitionDiagnostic): Diagnostic {
  const code = diagnostic.code ?? "UNKNOWN";
  const error = diagnostic.severity === "ERROR";
  return Object.freeze({
    severity: error ? "error" : "warning",
    // AWS refuses to create a machine with an ERROR; a WARNING it accepts, though the field will not do what it looks like.
    kind: error ? "refused-by-aws" : "fails-at-run-time",
    ...parseLocation(diagnostic.location),
    message: `${diagnostic.message ?? "(no message)"} [${code}]`,
    hint:
      HINTS.get(code) ??
      "See the diagnostic codes of ValidateStateMachineDefinition in the Step Functions API reference.",
  });
}
