import { defineCommand } from "../cli/command.js";
import { UsageError } from "../cli/errors.js";

export const build = defineCommand({
  summary: "Compile the state machines that TypeScript entry modules export to ASL JSON and review pages.",
  usage: "<entry.ts>... --out DIR [--json]",
  options: {
    out: {
      type: "string",
      value: "DIR",
      description: "Where to write <name>.asl.json and <name>.md (created if missing).",
    },
    json: {
      type: "boolean",
      description: 'Print one JSON object: { "ok", "files", "diagnostics", "errors" }.',
    },
  },
  notes: [
    "Every exported state machine is compiled; a machine with error diagnostics is not written and the exit code is 1.",
    "Example: statesmith build src/order-machine.ts --out asl",
  ],
  async run({ values, positionals }, io) {
    if (positionals.length === 0)
      throw new UsageError("name at least one entry module (a .ts file that exports state machines)");
    if (values.out === undefined) throw new UsageError("--out DIR is required");
    // Loaded on use, so that `--help` and the other commands never pay for (or break on) the compiler.
    const { runBuild } = await import("../build/run-build.js");
    return runBuild({ entries: positionals, out: values.out, json: values.json === true }, io);
  },
});
