import { DIAGNOSTIC_KIND_TEXT, type Diagnostic } from "@statesmith/dsl";

/**
 * `file: State "Name": message (field F; kind) Fix: hint`. The contract is the prefix
 * `file: State "Name": message` (or `file: Machine: message`), so everything else comes after the message.
 * `source` names who found it when it was not Statesmith (AWS, for `validate --remote`).
 */
export function diagnosticLine(file: string, diagnostic: Diagnostic, source?: string): string {
  const where = diagnostic.state === null ? "Machine" : `State "${diagnostic.state}"`;
  const details = [
    ...(diagnostic.field ? [`field ${diagnostic.field}`] : []),
    ...(diagnostic.severity === "warning" ? ["warning"] : []),
    source ?? DIAGNOSTIC_KIND_TEXT[diagnostic.kind],
  ];
  const hint = diagnostic.hint ? ` Fix: ${diagnostic.hint}` : "";
  return `${file}: ${where}: ${diagnostic.message} (${details.join("; ")})${hint}`;
}

export function countText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const parts = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? "error" : "errors"}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? "warning" : "warnings"}`] : []),
  ];
  return parts.join(", ");
}
