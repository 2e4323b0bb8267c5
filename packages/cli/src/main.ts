import { readFileSync } from "node:fs";
import { type Io, processIo } from "./cli/io.js";
import { runCli } from "./cli/run-cli.js";

// main.ts sits one level below the package root both as src/main.ts and as the bundled dist/main.js.
const VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** Runs `statesmith` with the arguments after the program name; resolves to the exit code. */
export function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  return runCli(argv, io, VERSION);
}
