import { basename } from "node:path";
import { defineCommand } from "../cli/command.js";
import { EXIT, UsageError } from "../cli/errors.js";

export const run = defineCommand({
  summary: "Run an ASL file on the local engine (virtual clock, local handlers, Step Functions Local mocks).",
  usage:
    "<file.asl.json> [--input JSON|@file] [--mock-config FILE --test-case NAME [--state-machine NAME]] [--handlers module.ts] [--substitute NAME=VALUE]… [--json]",
  options: {
    input: {
      type: "string",
      value: "JSON|@file",
      description: "The execution input as JSON text, or @file to read it (default {}).",
    },
    "mock-config": {
      type: "string",
      value: "FILE",
      description: "A Step Functions Local MockConfigFile with mocked Task responses.",
    },
    "test-case": {
      type: "string",
      value: "NAME",
      description: "The mock config's test case to run (needs --mock-config).",
    },
    "state-machine": {
      type: "string",
      value: "NAME",
      description: "The mock config's state machine (default: the only one it lists).",
    },
    handlers: {
      type: "string",
      value: "MODULE",
      description: "A .ts/.js module exporting Lambda handlers: { name-or-ARN: handler } or named functions.",
    },
    substitute: {
      type: "string",
      multiple: true,
      value: "NAME=VALUE",
      description:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${NAME} syntax is what the help names.
        "A value for a ${NAME} placeholder of the definition, as SAM/CDK DefinitionSubstitutions give it; repeat for each.",
    },
    json: {
      type: "boolean",
      description:
        'Print one JSON object: { "status", "output", "error", "cause", "transitions", "history" }.',
    },
  },
  notes: [
    "Output is a readable trace of the history events, then the status and output; absent error/cause are null in --json.",
    "Exit codes: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED or a refused definition, 2 usage error or unreadable input.",
    `Example: statesmith run order.asl.json --input '{"orderId":"o-1"}' --handlers handlers.ts`,
  ],
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError("name the ASL file to run");
    if (extra.length > 0) throw new UsageError(`run takes one ASL file, not ${positionals.length}`);
    const mockConfig = values["mock-config"];
    const testCase = values["test-case"];
    if ((mockConfig === undefined) !== (testCase === undefined)) {
      throw new UsageError(
        "--mock-config and --test-case go together: name the file and the test case to run",
      );
    }
    if (values["state-machine"] !== undefined && mockConfig === undefined) {
      throw new UsageError(
        "--state-machine picks a state machine of the mock config: it needs --mock-config",
      );
    }
    // Loaded on use: the engine and its integrations are only needed here.
    const { runDefinition } = await import("../run/run-definition.js");
    const result = await runDefinition(
      {
        file,
        name: basename(file).replace(/(\.asl)?\.json$/, ""),
        ...(values.input === undefined ? {} : { input: values.input }),
        ...(mockConfig === undefined || testCase === undefined
          ? {}
          : { mock: { file: mockConfig, testCase } }),
        ...(values["state-machine"] === undefined ? {} : { stateMachine: values["state-machine"] }),
        ...(values.handlers === undefined ? {} : { handlers: values.handlers }),
        substitutions: parseSubstitutions(values.substitute ?? []),
        json: values.json === true,
      },
      io,
    );
    return result === "SUCCEEDED" ? EXIT.ok : EXIT.failed;
  },
});

/** `--substitute Name=Value`, repeated: the values of the definition's `${Name}` placeholders. */
function parseSubstitutions(pairs: readonly string[]): Record<string, string> {
  const substitutions: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at);
    if (at <= 0 || !/^[^${}]+$/.test(name)) {
      throw new UsageError(
        `--substitute takes NAME=VALUE (the NAME of a \${NAME} placeholder), not "${pair}"`,
      );
    }
    substitutions[name] = pair.slice(at + 1);
  }
  return substitutions;
}
