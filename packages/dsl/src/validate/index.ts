import type { Diagnostic } from "../diagnostics/diagnostic.js";

export interface ValidationResult {
  /** True when no diagnostic has severity "error". */
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates ASL JSON (parsed) with asl-validator plus Statesmith's semantic checks.
 * CONTRACT (implementation in progress): sync, never throws on bad input.
 */
export function validateDefinition(_definition: unknown): ValidationResult {
  return { valid: true, diagnostics: [] };
}
