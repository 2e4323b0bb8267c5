import type { QueryLanguage } from "../asl/types.js";
import type { Diagnostic, DiagnosticKind } from "../diagnostics/diagnostic.js";
import type { LegNode } from "../ir/value-nodes.js";

/** Where the compiler is: the state, its query language, its InputPath (paths are written from `$`). */
export interface RenderContext {
  readonly state: string;
  readonly language: QueryLanguage;
  /** InputPath legs: input paths in Parameters & co. are rewritten relative to the effective input. */
  readonly inputPath: readonly LegNode[] | undefined;
  readonly diagnostics: Diagnostic[];
}

export function report(
  context: Pick<RenderContext, "state" | "diagnostics">,
  field: string | null,
  message: string,
  hint: string,
  kind: DiagnosticKind = "fails-at-run-time",
): void {
  context.diagnostics.push(
    Object.freeze({ severity: "error", kind, state: context.state, field, message, hint }),
  );
}
