import { type Diagnostic, formatDiagnostic } from "@statesmith/dsl";
import { MockConfigError, StartExecutionError, TaskTokenError } from "@statesmith/local";
import { AwsError } from "./protocol/aws-error.js";

/** DefinitionRefusedError carries the validator's diagnostics; recognised by shape, as `statesmith run` does. */
export function refusedDiagnostics(error: unknown): readonly Diagnostic[] | undefined {
  const diagnostics = (error as { diagnostics?: unknown } | null)?.diagnostics;
  return Array.isArray(diagnostics) ? (diagnostics as Diagnostic[]) : undefined;
}

/** AWS's message shape, `Invalid State Machine Definition: '…'`, holding every one of our diagnostics. */
export function invalidDefinition(diagnostics: readonly Diagnostic[]): AwsError {
  const lines = diagnostics.map((diagnostic) => formatDiagnostic(diagnostic));
  return new AwsError("InvalidDefinition", `Invalid State Machine Definition: '${lines.join("\n")}'`);
}

/** The engine's refusals as the AWS errors of the same meaning; undefined for anything else (a bug). */
export function engineToAwsError(error: unknown): AwsError | undefined {
  if (error instanceof AwsError) return error;
  const diagnostics = refusedDiagnostics(error);
  if (diagnostics) return invalidDefinition(diagnostics);
  if (error instanceof TaskTokenError) return new AwsError(error.code, error.message);
  if (error instanceof StartExecutionError) {
    return error.code === "EngineClosed"
      ? new AwsError("InternalFailure", "The server is shutting down.", 500)
      : new AwsError(error.code, error.message);
  }
  if (error instanceof MockConfigError) return new AwsError("ValidationException", error.message);
  return undefined;
}
