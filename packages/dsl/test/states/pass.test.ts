import { describe, expect, test } from "vitest";
import { z } from "zod";
import { format, machine, uuid } from "../../src/index.js";
import { compileOk, statesOf } from "../helpers/asl.js";

// Pass state: https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html
const Input = z.object({ order: z.object({ id: z.string(), total: z.number() }), country: z.string() });

describe("Pass", () => {
  test("GIVEN a bare Pass WHEN compiled THEN only Type and End", () => {
    expect(statesOf(machine("bare", {}, (flow) => flow.next((s) => s.pass("Nothing"))))).toStrictEqual({
      Nothing: { Type: "Pass", End: true },
    });
  });

  test("GIVEN Result, InputPath, ResultPath, OutputPath and Assign WHEN compiled THEN each is spelled as written", () => {
    const m = machine("result", { input: Input }, (flow) =>
      flow
        .next((s) =>
          s
            .pass("Defaults")
            .comment("static data")
            .inputPath("$.order")
            .result({ currency: "EUR", rate: 1.5, tags: ["a", "b"], nothing: null })
            .resultPath("$.defaults")
            .outputPath("$.defaults")
            .assign(($) => ({ orderId: $.order.id, fixed: 1 })),
        )
        .next((s) => s.pass("Discard").resultPath(null)),
    );
    expect(statesOf(m)).toStrictEqual({
      Defaults: {
        Type: "Pass",
        Comment: "static data",
        InputPath: "$.order",
        Result: { currency: "EUR", rate: 1.5, tags: ["a", "b"], nothing: null },
        ResultPath: "$.defaults",
        OutputPath: "$.defaults",
        // Assign reads the effective input (after InputPath), so `$.order.id` is written `$.id`.
        Assign: { "orderId.$": "$.id", fixed: 1 },
        Next: "Discard",
      },
      Discard: { Type: "Pass", ResultPath: null, End: true },
    });
  });

  test("GIVEN Parameters with paths, the context object and intrinsics WHEN compiled THEN .$ keys are added", () => {
    const m = machine("parameters", { input: Input }, (flow) =>
      flow.next((s) =>
        s.pass("Shape").parameters(($, { context }) => ({
          id: $.order.id,
          nested: { total: $.order.total, literal: "x" },
          execution: context.Execution.Id,
          label: format("{} in {}", $.order.id, $.country),
          requestId: uuid(),
        })),
      ),
    );
    expect(statesOf(m).Shape).toStrictEqual({
      Type: "Pass",
      Parameters: {
        "id.$": "$.order.id",
        nested: { "total.$": "$.order.total", literal: "x" },
        "execution.$": "$$.Execution.Id",
        "label.$": "States.Format('{} in {}', $.order.id, $.country)",
        "requestId.$": "States.UUID()",
      },
      End: true,
    });
  });

  test("GIVEN a JSONata Pass WHEN compiled THEN Output and Assign are expressions and no JSONPath field appears", () => {
    const m = machine("jsonata-pass", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .pass("Shape")
          .output(({ input, context }) => ({
            id: input.order.id,
            started: context.Execution.StartTime,
            fixed: [1, 2],
          }))
          .assign(({ input }) => ({ total: input.order.total })),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.States.Shape).toStrictEqual({
      Type: "Pass",
      Output: {
        id: "{% $states.input.order.id %}",
        started: "{% $states.context.Execution.StartTime %}",
        fixed: [1, 2],
      },
      Assign: { total: "{% $states.input.order.total %}" },
      End: true,
    });
  });

  test("GIVEN a JSONPath-only field in a JSONata state WHEN written THEN it throws and names the replacement", () => {
    expect(() =>
      machine("mixed", { queryLanguage: "JSONata" }, (flow) =>
        flow.next((s) => (s.pass("P") as unknown as { resultPath(path: string): never }).resultPath("$.x")),
      ),
    ).toThrow(
      'State "P" (ResultPath): ResultPath exists only in JSONPath states; this state uses JSONata. Fix: In JSONata, combine input and result in output(…).',
    );
  });
});
