import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * The DSL rebuilds every object type it computes from its entries, so the same fields make the same type
 * (typing/entries.ts): where paths join, data of one shape stays one type. Look-alikes that are different
 * types fail no assignment, they only add up: a union at every join, more work for the type checker down the
 * rest of the machine, and hovers that repeat one shape. So this asks tsc itself whether each joined type is
 * a union.
 */
const FIXTURE = fileURLToPath(new URL("identity/joins.ts", import.meta.url));

function exportedTypes(): { checker: ts.TypeChecker; types: Map<string, ts.Type> } {
  const config = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL("../../tsconfig.json", import.meta.url)),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const program = ts.createProgram([FIXTURE], { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(FIXTURE)!;
  const errors = ts.getPreEmitDiagnostics(program, file);
  expect(errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, "\n"))).toStrictEqual([]);
  const types = new Map<string, ts.Type>();
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)) {
    types.set(symbol.name, checker.getDeclaredTypeOfSymbol(symbol));
  }
  return { checker, types };
}

describe("data of one shape is one type", () => {
  const { checker, types } = exportedTypes();

  it.each([
    [
      "LambdaOrPass",
      "a Lambda result and a Pass's parameters",
      "quote: { price: number; currency: string; }",
    ],
    [
      "InputOrLambda",
      "a field of the zod input and a Lambda result",
      "{ quote: { price: number; currency: string; }; }",
    ],
  ])("%s: %s join into one object type", (name, _what, shows) => {
    const type = types.get(name);
    expect(type, `the fixture exports ${name}`).toBeDefined();
    const text = checker.typeToString(type!, undefined, ts.TypeFormatFlags.NoTruncation);
    expect(text).toContain(shows);
    expect(type!.isUnion(), `${name} is ${text}`).toBe(false);
  });
});
