import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { runAslValidator } from "./asl-validator/run-asl-validator.js";
import { translateAslValidator } from "./asl-validator/translate.js";
import { runSemanticChecks } from "./semantic-checks.js";

export interface ValidationResult {
  /** True when no diagnostic has severity "error". */
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ValidateOptions {
  /** Check that Resource fields are ARNs (default true); asl-validator's option of the same name. */
  readonly checkArn?: boolean;
}

/**
 * Validates ASL JSON (parsed) with asl-validator plus Statesmith's semantic checks. Sync; never throws and
 * never mutates `definition`: everything works on a JSON copy, which asl-validator (it mutates its input)
 * receives last.
 */
export function validateDefinition(definition: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const checkArn = options.checkArn !== false;
    const { data, model, report } = runSemanticChecks(definition, checkArn);
    if (model.raw !== null) translateAslValidator(runAslValidator(data, checkArn), data, report);

    const order = new Map<string, number>();
    model.states.forEach((state, index) => {
      if (!order.has(state.name)) order.set(state.name, index);
    });
    const rank = (diagnostic: Diagnostic) =>
      diagnostic.state === null ? -1 : (order.get(diagnostic.state) ?? model.states.length);
    const diagnostics = report.findings
      .map((finding, index) => ({ diagnostic: finding.diagnostic, index }))
      .sort((a, b) => rank(a.diagnostic) - rank(b.diagnostic) || a.index - b.index)
      .map(({ diagnostic }) => diagnostic);
    return Object.freeze({
      valid: !diagnostics.some((diagnostic) => diagnostic.severity === "error"),
      diagnostics: Object.freeze(diagnostics),
    });
  } catch (error) {
    // A bug of ours must not crash the caller; say so plainly instead.
    const diagnostic: Diagnostic = {
      severity: "error",
      kind: "refused-by-aws",
      state: null,
      field: null,
      message: `Statesmith could not validate this definition (${error instanceof Error ? error.message : String(error)}).`,
      hint: "Please report this with the definition that caused it.",
    };
    return { valid: false, diagnostics: [diagnostic] };
  }
}
