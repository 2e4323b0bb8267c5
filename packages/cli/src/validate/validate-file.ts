import { type Diagnostic, validateDefinition } from "@statesmith/dsl";
import { UserError } from "../cli/errors.js";
import { parseJson } from "../load/parse-json.js";
import { readText } from "../load/read-text.js";
import type { RemoteValidationResult, RemoteValidator } from "../remote/validate-remote.js";

export interface FileValidation {
  readonly file: string;
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the file could not be read at all (exit code 2). */
  readonly error?: string;
  /** AWS's answer, with --remote. */
  readonly remote?: RemoteValidationResult;
}

/** Text that is not JSON is refused by CreateStateMachine like any other malformed definition. */
function notJson(reason: string): Diagnostic {
  return {
    severity: "error",
    kind: "refused-by-aws",
    state: null,
    field: null,
    message: `not valid JSON: ${reason}`,
    hint: "Correct the JSON at that spot; an ASL definition is one JSON object.",
  };
}

export async function validateFile(
  file: string,
  cwd: string,
  remote?: RemoteValidator,
): Promise<FileValidation> {
  let text: string;
  try {
    text = readText(file, cwd);
  } catch (error) {
    if (error instanceof UserError) return { file, valid: false, diagnostics: [], error: error.message };
    throw error;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { file, valid: false, diagnostics: [notJson(parsed.error)] };
  const local = validateDefinition(parsed.value);
  if (remote === undefined) return { file, valid: local.valid, diagnostics: local.diagnostics };
  const answer = await remote(text);
  return { file, valid: local.valid && answer.valid, diagnostics: local.diagnostics, remote: answer };
}

/** Ours, then AWS's, for printing; AWS's are marked as such. */
export function allDiagnostics(
  validation: FileValidation,
): readonly { diagnostic: Diagnostic; source?: string }[] {
  return [
    ...validation.diagnostics.map((diagnostic) => ({ diagnostic })),
    ...(validation.remote?.diagnostics ?? []).map((diagnostic) => ({
      diagnostic,
      source: "reported by AWS",
    })),
  ];
}
