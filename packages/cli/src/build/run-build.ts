import { EXIT } from "../cli/errors.js";
import type { Io } from "../cli/io.js";
import { diagnosticLine } from "../format/diagnostic-line.js";
import { buildMachine, type MachineBuild } from "./build-machine.js";
import { collectMachines } from "./collect-machines.js";

export interface BuildRequest {
  readonly entries: readonly string[];
  readonly out: string;
  readonly json: boolean;
}

export async function runBuild({ entries, out, json }: BuildRequest, io: Io): Promise<number> {
  const { machines, errors: loadErrors, clashes } = await collectMachines(entries, io.cwd);
  const errors = [...loadErrors.map((error) => error.message), ...clashes];
  // A name clash refuses the whole build: which of the two should win is the user's call.
  const builds = clashes.length > 0 ? [] : machines.map((found) => buildMachine(found, out, io.cwd));
  const ok = errors.length === 0 && builds.every((result) => result.written.length > 0);
  if (json) printJson(ok, builds, errors, io);
  else printLines(builds, errors, io);
  if (loadErrors.some((error) => error.exitCode === EXIT.usage)) return EXIT.usage;
  return ok ? EXIT.ok : EXIT.failed;
}

function printLines(builds: readonly MachineBuild[], errors: readonly string[], io: Io): void {
  for (const error of errors) io.stderr(`statesmith build: ${error}\n`);
  for (const result of builds) {
    for (const diagnostic of result.diagnostics)
      io.stderr(`${diagnosticLine(result.found.entry, diagnostic)}\n`);
    if (result.error !== undefined) io.stderr(`statesmith build: ${result.found.entry}: ${result.error}\n`);
    else if (result.written.length === 0) {
      io.stderr(
        `statesmith build: ${result.found.entry}: "${result.found.machine.name}" not written (errors above)\n`,
      );
    }
    for (const file of result.written) io.stdout(`wrote ${file}\n`);
  }
}

function printJson(ok: boolean, builds: readonly MachineBuild[], errors: readonly string[], io: Io): void {
  const files = builds.flatMap((result) =>
    result.written.map((file) => ({ file, machine: result.found.machine.name, entry: result.found.entry })),
  );
  const diagnostics = builds.flatMap((result) =>
    result.diagnostics.map((diagnostic) => ({
      entry: result.found.entry,
      machine: result.found.machine.name,
      ...diagnostic,
    })),
  );
  const buildErrors = builds.flatMap((result) =>
    result.error === undefined ? [] : [`${result.found.entry}: ${result.error}`],
  );
  io.stdout(`${JSON.stringify({ ok, files, diagnostics, errors: [...errors, ...buildErrors] }, null, 2)}\n`);
}
