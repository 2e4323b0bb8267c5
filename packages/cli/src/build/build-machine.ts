import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compile, type Diagnostic, renderReviewPage } from "@statesmith/dsl";
import type { FoundMachine } from "./collect-machines.js";

export interface MachineBuild {
  readonly found: FoundMachine;
  readonly diagnostics: readonly Diagnostic[];
  /** The files written, as the user would type them (`--out` joined with the file name); none when refused. */
  readonly written: readonly string[];
  readonly error?: string;
}

/** A machine name becomes a file name; anything that would leave --out or hide the file is refused. */
function nameProblem(name: string): string | undefined {
  if (name === "" || name === "." || name === "..") return "is empty or a directory name";
  if (/[/\\]/.test(name)) return "contains a path separator";
  return undefined;
}

/** Compiles one machine; writes `<name>.asl.json` (the compiled JSON text, byte for byte) and `<name>.md`. */
export function buildMachine(found: FoundMachine, out: string, cwd: string): MachineBuild {
  const name = found.machine.name;
  const problem = nameProblem(name);
  if (problem)
    return { found, diagnostics: [], written: [], error: `the machine's name "${name}" ${problem}` };
  const compiled = compile(found.machine);
  if (!compiled.ok) return { found, diagnostics: compiled.diagnostics, written: [] };
  const review = renderReviewPage(compiled.definition, {
    name,
    ...(compiled.inputSchema === undefined ? {} : { inputSchema: compiled.inputSchema }),
  });
  const files: readonly (readonly [string, string])[] = [
    [`${name}.asl.json`, compiled.json],
    [`${name}.md`, review],
  ];
  mkdirSync(resolve(cwd, out), { recursive: true });
  for (const [file, text] of files) writeFileSync(resolve(cwd, out, file), text);
  return { found, diagnostics: compiled.diagnostics, written: files.map(([file]) => join(out, file)) };
}
