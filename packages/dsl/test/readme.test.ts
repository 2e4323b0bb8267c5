import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { order } from "../../../examples/order-machine.js";
import { compileOk } from "./helpers/asl.js";
import * as example from "./readme/order.js";
import { orderJsonata } from "./readme/order-jsonata.js";
import * as validation from "./readme/validate.js";

// The READMEs' code blocks are files that are type-checked and compiled here, and the mistakes they show
// fail as they say: the root README's example is examples/order-machine.ts, the package's is test/readme/.
const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(root(path), "utf8");

let previous: ts.Program | undefined;

/** tsc's messages for a file with one piece replaced (each program reuses the sources its previous one read). */
function typeErrors(path: string, replace: string, by: string): string[] {
  const source = read(path);
  expect(source).toContain(replace);
  const file = root(path);
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
  const readFile = host.readFile;
  host.readFile = (name) => (name === file ? source.replace(replace, by) : readFile(name));
  const program = ts.createProgram([file], options, host, previous);
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map(
      (diagnostic) =>
        `error TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
    );
}

describe("the README", () => {
  const readme = read("README.md");
  const source = read("examples/order-machine.ts");

  it("shows examples/order-machine.ts, which compiles to valid ASL", () => {
    expect(readme).toContain(source.trim());
    const { definition } = compileOk(order);
    expect(Object.keys(definition.States)).toStrictEqual(["Charge", "Large order?", "Review", "Done"]);
  });

  it("quotes the type checker's messages for the mistakes it shows", () => {
    const file = "examples/order-machine.ts";
    const [typo] = typeErrors(file, "amount: $.total }", "amount: $.totl }");
    expect(readme).toContain(typo!.split("\n")[0]);
    const [path] = typeErrors(
      file,
      '.resultPath("$.charge"),',
      '.resultPath("$.charge").outputPath("$.charge.chargeID"),',
    );
    expect(readme).toContain(path!.split("\n")[0]);
  }, 30_000);
});

describe("the package README", () => {
  const readme = read("packages/dsl/README.md");
  const shows = (path: string) => expect(readme).toContain(read(`packages/dsl/test/readme/${path}`).trim());

  it("shows test/readme/order.ts, which compiles to valid ASL with the results it describes", () => {
    shows("order.ts");
    const { definition } = compileOk(example.order);
    expect(Object.keys(definition.States)).toStrictEqual([
      "Charge",
      "Declined",
      "Large order?",
      "Review",
      "Done",
    ]);
    expect(example.ok).toBe(true);
    expect(example.diagnostics).toStrictEqual([]);
    expect(example.definition).toStrictEqual(definition);
    expect(example.json).toBe(`${JSON.stringify(definition, null, 2)}\n`);
    expect(example.inputSchema).toMatchObject({ type: "object", required: ["id", "total"] });
    expect(example.placeholders).toStrictEqual(["ChargeFunctionArn"]);
    expect(readme).toContain('`["ChargeFunctionArn"]`');
  });

  it("shows test/readme/order-jsonata.ts, which compiles to valid JSONata ASL", () => {
    shows("order-jsonata.ts");
    const { definition } = compileOk(orderJsonata);
    expect(definition.QueryLanguage).toBe("JSONata");
    expect(definition.States.Charge).toMatchObject({
      Output: { total: "{% $states.input.total %}", chargeId: "{% $states.result.Payload.chargeId %}" },
      Assign: { chargeId: "{% $states.result.Payload.chargeId %}" },
    });
  });

  it("shows test/readme/validate.ts and quotes its diagnostic", () => {
    shows("validate.ts");
    expect(validation.valid).toBe(false);
    expect(validation.messages).toHaveLength(1);
    expect(readme).toContain(validation.messages[0]);
  });

  it("quotes the type checker's messages for the mistakes it shows", () => {
    // Each: the fixture's text, the mistake, the line the README shows, and the message it quotes ("…" elides).
    const mistakes: [replace: string, by: string, line: string, quote: string][] = [
      [
        "amount: $.total }",
        "amount: $.id }",
        "Payload: { orderId: $.id, amount: $.id },",
        "error TS2322: Type 'PathRef<string>' is not assignable to type 'Templated<number>'.",
      ],
      [
        '.resultPath("$.charge"),',
        '.resultPath("$.charge").outputPath("$.charge.chargeID"),',
        '.resultPath("$.charge").outputPath("$.charge.chargeID"),',
        `error TS2345: Argument of type '"$.charge.chargeID"' is not assignable to parameter of type '"✘ no field 'chargeID' at $.charge"'.`,
      ],
      [
        "numericGreaterThan($.total, 1000)",
        "numericGreaterThan($.id, 1000)",
        '.when(($) => numericGreaterThan($.id, 1000), s.succeed("Review"))',
        "error TS2345: Argument of type 'PathRef<string>' is not assignable to parameter of type 'NumberField'.",
      ],
      [
        '.catch(["PaymentDeclined"]',
        '.catch(["PaymentDeclind"]',
        '.catch(["PaymentDeclind"], (f) => f.next((s) => s.fail("Declined", { error: "PaymentDeclined" })))',
        `error TS2820: Type '"PaymentDeclind"' is not assignable to type 'StatesErrorName | … | "PaymentDeclined"'. Did you mean '"PaymentDeclined"'?`,
      ],
      [
        '.otherwise(s.succeed("Done")),\n    ),',
        '.otherwise(s.succeed("Done")),\n    )\n    .next((s) => s.pass("Ship")),',
        '.next((s) => s.pass("Ship")),',
        "error TS2339: Property 'next' does not exist on type 'EndedFlow<…>'.",
      ],
    ];
    const file = "packages/dsl/test/readme/order.ts";
    for (const [replace, by, line, quote] of mistakes) {
      expect(read(file).replace(replace, by)).toContain(line);
      expect(readme).toContain(line);
      expect(readme).toContain(quote);
      const [message] = typeErrors(file, replace, by);
      const parts = quote.split("…");
      const first = message!.split("\n")[0]!;
      expect(first.startsWith(parts[0]!) && first.endsWith(parts.at(-1)!), first).toBe(true);
    }
  }, 60_000);
});
