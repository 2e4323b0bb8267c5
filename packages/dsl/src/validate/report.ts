import type { Diagnostic, DiagnosticKind, Severity } from "../diagnostics/diagnostic.js";

/**
 * What a check found, with a code that says which family found it. The code is internal: it lets the
 * asl-validator translation recognise a finding of ours that already explains one of its errors.
 */
export type FindingCode =
  | "input"
  | "shape"
  | "unknown-field"
  | "language"
  | "range"
  | "path"
  | "jsonata"
  | "intrinsic"
  | "payload"
  | "missing-target"
  | "unreachable"
  | "no-terminal"
  | "duplicate-name"
  | "exclusive"
  | "choice"
  | "error-matcher"
  | "variable"
  | "states-access"
  | "resource"
  | "asl-validator";

export interface Finding {
  readonly diagnostic: Diagnostic;
  readonly code: FindingCode;
  /** The name a finding is about when it is not its own state, e.g. a missing Next target. */
  readonly subject?: string;
}

export interface Where {
  readonly state: string | null;
  readonly field: string | null;
}

export class Reporter {
  readonly findings: Finding[] = [];

  /** CreateStateMachine rejects this. */
  refused(where: Where, code: FindingCode, message: string, hint: string, subject?: string): void {
    this.add("error", "refused-by-aws", where, code, message, hint, subject);
  }

  /** AWS accepts this, but an execution that reaches it fails (or, as a warning, does not do what it says). */
  atRunTime(
    where: Where,
    code: FindingCode,
    message: string,
    hint: string,
    options: { severity?: Severity; subject?: string } = {},
  ): void {
    this.add(options.severity ?? "error", "fails-at-run-time", where, code, message, hint, options.subject);
  }

  private add(
    severity: Severity,
    kind: DiagnosticKind,
    where: Where,
    code: FindingCode,
    message: string,
    hint: string,
    subject: string | undefined,
  ): void {
    const diagnostic: Diagnostic = Object.freeze({
      severity,
      kind,
      state: where.state,
      field: where.field,
      message,
      hint,
    });
    this.findings.push(subject === undefined ? { diagnostic, code } : { diagnostic, code, subject });
  }
}
