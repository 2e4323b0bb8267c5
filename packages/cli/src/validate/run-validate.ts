import { EXIT } from "../cli/errors.js";
import type { Io } from "../cli/io.js";
import { countText, diagnosticLine } from "../format/diagnostic-line.js";
import { type RemoteOptions, remoteValidator } from "../remote/validate-remote.js";
import { allDiagnostics, type FileValidation, validateFile } from "./validate-file.js";

export interface ValidateRequest {
  readonly files: readonly string[];
  readonly json: boolean;
  /** Present with --remote. */
  readonly remote?: RemoteOptions;
}

/** Every file is checked before anything is printed, so that a --remote failure prints only its own message. */
export async function runValidate(request: ValidateRequest, io: Io): Promise<number> {
  const remote = request.remote ? await remoteValidator(request.remote) : undefined;
  const results: FileValidation[] = [];
  for (const file of request.files) results.push(await validateFile(file, io.cwd, remote));
  if (request.json) printJson(results, io);
  else printLines(results, io);
  if (results.some((result) => result.error !== undefined)) return EXIT.usage;
  return results.every((result) => result.valid) ? EXIT.ok : EXIT.failed;
}

function printLines(results: readonly FileValidation[], io: Io): void {
  for (const result of results) {
    if (result.error !== undefined) {
      io.stderr(`statesmith validate: ${result.error}\n`);
      continue;
    }
    const found = allDiagnostics(result);
    for (const { diagnostic, source } of found)
      io.stdout(`${diagnosticLine(result.file, diagnostic, source)}\n`);
    const counts = countText(found.map(({ diagnostic }) => diagnostic));
    const verdict = result.valid ? "valid" : "invalid";
    io.stdout(
      `${result.file}: ${verdict}${counts ? ` (${counts})` : ""}${result.remote ? ", checked by AWS too" : ""}\n`,
    );
  }
  if (results.length > 1) {
    const valid = results.filter((result) => result.valid).length;
    io.stdout(`${valid} of ${results.length} files valid\n`);
  }
}

function printJson(results: readonly FileValidation[], io: Io): void {
  const files = results.map(({ file, valid, diagnostics, error, remote }) => ({
    file,
    valid,
    diagnostics,
    ...(error === undefined ? {} : { error }),
    ...(remote === undefined ? {} : { remote }),
  }));
  io.stdout(`${JSON.stringify({ files, valid: results.every((result) => result.valid) }, null, 2)}\n`);
}
