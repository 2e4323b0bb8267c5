import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { order } from "../../../examples/order-machine.js";
import { compileOk } from "./helpers/asl.js";

// The root README's example is examples/order-machine.ts, and the mistakes it shows fail as it says.
const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const readme = readFileSync(root("README.md"), "utf8");
const example = readFileSync(root("examples/order-machine.ts"), "utf8");

/** tsc's messages for the example with one line replaced. */
function typeErrors(replace: string, by: string): string[] {
  expect(example).toContain(replace);
  const file = root("examples/order-machine.ts");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    paths: { "@statesmith/dsl": [root("packages/dsl/src/index.ts")] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile;
  host.readFile = (name) => (name === file ? example.replace(replace, by) : read(name));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map(
      (diagnostic) =>
        `error TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
    );
}

describe("the README", () => {
  it("shows examples/order-machine.ts, which compiles to valid ASL", () => {
    expect(readme).toContain(example.trim());
    const { definition } = compileOk(order);
    expect(Object.keys(definition.States)).toStrictEqual(["Charge", "Large order?", "Review", "Done"]);
  });

  it("quotes the type checker's messages for the mistakes it shows", () => {
    const [typo] = typeErrors("amount: $.total }", "amount: $.totl }");
    expect(readme).toContain(typo!.split("\n")[0]);
    const [path] = typeErrors(
      '.resultPath("$.charge"),',
      '.resultPath("$.charge").outputPath("$.charge.chargeID"),',
    );
    expect(readme).toContain(path!.split("\n")[0]);
  }, 30_000);
});
