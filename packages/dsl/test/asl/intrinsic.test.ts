import { describe, expect, test } from "vitest";
import { INTRINSIC_FUNCTIONS, parseIntrinsic, splitFormatTemplate } from "../../src/asl/intrinsic.js";

// https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
describe("parseIntrinsic", () => {
  test("a nested call with every argument kind", () => {
    const parsed = parseIntrinsic(
      "States.Format('{} has {}', $.name, States.ArrayLength($.items), 3, true, null)",
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.call.name).toBe("States.Format");
    expect(parsed.call.args).toStrictEqual([
      { kind: "string", value: "{} has {}", raw: "{} has {}" },
      { kind: "path", path: "$.name" },
      {
        kind: "call",
        call: { name: "States.ArrayLength", args: [{ kind: "path", path: "$.items" }], position: 35 },
      },
      { kind: "number", value: 3 },
      { kind: "boolean", value: true },
      { kind: "null" },
    ]);
  });

  test("paths may hold brackets, commas inside quotes and filters", () => {
    const parsed = parseIntrinsic("States.Array($.a['x,y'], $.b[?(@.c > 1)], $$.Execution.Id, $var)");
    expect(
      parsed.ok && parsed.call.args.map((arg) => (arg.kind === "path" ? arg.path : arg.kind)),
    ).toStrictEqual(["$.a['x,y']", "$.b[?(@.c > 1)]", "$$.Execution.Id", "$var"]);
  });

  test("escapes: the value is resolved, the raw text keeps literal braces apart from placeholders", () => {
    const parsed = parseIntrinsic("States.Format('It\\'s \\{literal\\} {}', $.x)");
    expect(parsed.ok && parsed.call.args[0]).toStrictEqual({
      kind: "string",
      value: "It's {literal} {}",
      raw: "It\\'s \\{literal\\} {}",
    });
    expect(splitFormatTemplate("It\\'s \\{literal\\} {}")).toStrictEqual(["It's {literal} ", ""]);
    expect(splitFormatTemplate("{}-{}")).toStrictEqual(["", "-", ""]);
  });

  test.each([
    "States.Format('x'",
    "Format('x')",
    "States.UUID() extra",
    "States.Array(foo)",
    "States.Format('x)",
  ])("refuses %s", (text) => expect(parseIntrinsic(text).ok).toBe(false));

  test("the table knows all 18 functions AWS documents", () => {
    expect(Object.keys(INTRINSIC_FUNCTIONS)).toHaveLength(18);
    expect(INTRINSIC_FUNCTIONS["States.MathRandom"]).toStrictEqual({ min: 2, max: 3 });
  });
});
