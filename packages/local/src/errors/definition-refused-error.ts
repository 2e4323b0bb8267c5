import { type Diagnostic, formatDiagnostic } from "@statesmith/dsl";

/** Thrown by `engine.load` when AWS would refuse the definition at CreateStateMachine. */
export class DefinitionRefusedError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      `The state machine definition is refused (${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}):\n` +
        diagnostics.map((diagnostic) => `  ${formatDiagnostic(diagnostic)}`).join("\n"),
    );
    this.name = "DefinitionRefusedError";
  }
}

export const refusal = (
  state: string | null,
  field: string | null,
  message: string,
  hint: string,
): Diagnostic => Object.freeze({ severity: "error", kind: "refused-by-aws", state, field, message, hint });
