/**
 * One diagnostic type for every check, in the DSL, the CLI and the local engine.
 * `kind` separates what CreateStateMachine refuses from what AWS accepts but cannot work at run time:
 * the local engine refuses only the first, so that it can reproduce the run-time failure of the second.
 */
export type DiagnosticKind = "refused-by-aws" | "fails-at-run-time";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  readonly kind: DiagnosticKind;
  /** State name, or null for the machine's top level. Nested branch states are named as they are. */
  readonly state: string | null;
  /** The offending field as a path inside the state, e.g. `Retry[0].MaxAttempts`. */
  readonly field: string | null;
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly hint: string;
}

export const DIAGNOSTIC_KIND_TEXT: Readonly<Record<DiagnosticKind, string>> = Object.freeze({
  "refused-by-aws": "AWS would refuse this definition",
  "fails-at-run-time": "AWS accepts this but it cannot work",
});

/** `State "Name": message` (the CLI prefixes the file). */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.state === null ? "Machine" : `State "${diagnostic.state}"`;
  const field = diagnostic.field ? ` (${diagnostic.field})` : "";
  const hint = diagnostic.hint ? ` Fix: ${diagnostic.hint}` : "";
  return `${where}${field}: ${diagnostic.message} [${DIAGNOSTIC_KIND_TEXT[diagnostic.kind]}]${hint}`;
}
