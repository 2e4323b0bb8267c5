import { describe, expect, test } from "vitest";
import { z } from "zod";
import { compile, formatDiagnostic, machine } from "../../src/index.js";
import { compileOk } from "../helpers/asl.js";

// Top-level fields: https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
const Order = z.object({ id: z.string(), total: z.number() });

describe("machine()", () => {
  test("GIVEN Comment, TimeoutSeconds and Version WHEN compiled THEN the top level has them around StartAt and States", () => {
    const m = machine(
      "top-level",
      { input: Order, comment: "Takes orders", timeoutSeconds: 3600, version: "1.0" },
      (flow) => flow.next((s) => s.pass("Start")).next((s) => s.succeed("Done")),
    );
    expect(compileOk(m).definition).toStrictEqual({
      Comment: "Takes orders",
      StartAt: "Start",
      States: { Start: { Type: "Pass", Next: "Done" }, Done: { Type: "Succeed" } },
      TimeoutSeconds: 3600,
      Version: "1.0",
    });
  });

  test("GIVEN queryLanguage JSONata WHEN compiled THEN QueryLanguage is set once, at the top level", () => {
    const m = machine("jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) => s.pass("Total").output(({ input }) => input.total)),
    );
    expect(compileOk(m).definition).toStrictEqual({
      QueryLanguage: "JSONata",
      StartAt: "Total",
      States: { Total: { Type: "Pass", Output: "{% $states.input.total %}", End: true } },
    });
  });

  test("GIVEN a JSONata state in a JSONPath machine WHEN compiled THEN that state carries QueryLanguage", () => {
    // Per-state QueryLanguage: https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
    const m = machine("mixed", { input: Order }, (flow) =>
      flow
        .queryLanguage("JSONata")
        .next((s) => s.pass("Modern").output(({ input }) => ({ id: input.id })))
        .queryLanguage("JSONPath")
        .next((s) => s.pass("Classic").parameters(($) => ({ orderId: $.id }))),
    );
    expect(compileOk(m).definition).toStrictEqual({
      StartAt: "Modern",
      States: {
        Modern: {
          Type: "Pass",
          QueryLanguage: "JSONata",
          Output: { id: "{% $states.input.id %}" },
          Next: "Classic",
        },
        Classic: { Type: "Pass", Parameters: { "orderId.$": "$.id" }, End: true },
      },
    });
  });

  test("GIVEN a JSONPath state in a JSONata machine WHEN compiled THEN it is spelled with QueryLanguage and compile refuses it", () => {
    // A JSONata top level admits no JSONPath state; only a JSONPath top level mixes.
    const m = machine("mixed-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) => s.pass("Shape").output(({ input }) => ({ id: input.id })))
        .queryLanguage("JSONPath")
        .next((s) => s.pass("Legacy").parameters(($) => ({ orderId: $.id }))),
    );
    const result = compile(m);
    expect(result.definition.States.Legacy).toStrictEqual({
      Type: "Pass",
      QueryLanguage: "JSONPath",
      Parameters: { "orderId.$": "$.id" },
      End: true,
    });
    expect(result.diagnostics.map(formatDiagnostic)).toStrictEqual([
      'State "Legacy" (QueryLanguage): This state uses JSONPath, but the machine\'s top-level QueryLanguage is JSONata, which allows no JSONPath states. [AWS would refuse this definition] Fix: Rewrite the state in JSONata, or set the top-level QueryLanguage to "JSONPath" and mark the JSONata states.',
    ]);
    expect(result.ok).toBe(false);
  });

  test("GIVEN bad machine options WHEN written THEN it throws naming the machine and the field", () => {
    const pass =
      (name: string, options: object = {}) =>
      () =>
        machine(name, options, (flow) => flow.next((s) => s.pass("P")));
    const badName =
      ": the name is the output file stem: 1 to 80 letters, digits, '.', '-' or '_'. Fix: Use e.g. \"order-machine\".";
    expect(pass("order machine")).toThrow(`machine("order machine")${badName}`);
    expect(pass("")).toThrow(`machine("")${badName}`);
    expect(pass("..")).toThrow(`machine("..")${badName}`);
    expect(pass("a/b")).toThrow(`machine("a/b")${badName}`);
    expect(pass("x".repeat(81))).toThrow(badName);
    expect(pass("m", { timeoutSeconds: -1 })).toThrow(
      'machine("m") (TimeoutSeconds): must be an integer from 0 to 99999999, got -1. Fix: Use a whole number between 0 and 99999999.',
    );
    expect(pass("m", { queryLanguage: "YAML" })).toThrow(
      'machine("m") (QueryLanguage): must be one of "JSONPath", "JSONata", got "YAML". Fix: Use "JSONPath" or "JSONata".',
    );
    expect(() => machine("empty", {}, (flow) => flow)).toThrow(
      'machine("empty"): the branch has no states. Fix: Append at least one state: f => f.next(s => s.succeed("Done")).',
    );
    expect(() => compile({} as never)).toThrow(
      "compile(): expects a state machine built with machine(). Fix: Pass machine(name, options, flow => …).",
    );
  });
});

describe("compile(): the JSON text", () => {
  const build = () =>
    machine("orders", { input: Order, comment: "deterministic" }, (flow) =>
      flow
        .next((s) =>
          s
            .pass("Shape")
            .parameters(($) => ({ id: $.id }))
            .resultPath("$.shaped"),
        )
        .next((s) => s.succeed("Done")),
    );

  test("GIVEN a machine WHEN compiled THEN the JSON is 2-space indented, in the fixed field order, with a trailing newline", () => {
    expect(compileOk(build()).json).toBe(
      [
        "{",
        '  "Comment": "deterministic",',
        '  "StartAt": "Shape",',
        '  "States": {',
        '    "Shape": {',
        '      "Type": "Pass",',
        '      "Parameters": {',
        '        "id.$": "$.id"',
        "      },",
        '      "ResultPath": "$.shaped",',
        '      "Next": "Done"',
        "    },",
        '    "Done": {',
        '      "Type": "Succeed"',
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("GIVEN the same machine compiled twice, or built twice WHEN compared THEN the bytes are the same", () => {
    const machineValue = build();
    const first = compile(machineValue).json;
    expect(compile(machineValue).json).toBe(first);
    expect(compile(build()).json).toBe(first);
    expect(JSON.parse(first)).toStrictEqual(compile(machineValue).definition);
  });

  test("GIVEN an input zod schema WHEN compiled THEN inputSchema is its JSON Schema; without one it is absent", () => {
    const result = compileOk(build());
    expect(result.inputSchema).toStrictEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { id: { type: "string" }, total: { type: "number" } },
      required: ["id", "total"],
      additionalProperties: false,
    });
    const untyped = compileOk(machine("untyped", {}, (flow) => flow.next((s) => s.pass("P"))));
    expect("inputSchema" in untyped).toBe(false);
  });
});
