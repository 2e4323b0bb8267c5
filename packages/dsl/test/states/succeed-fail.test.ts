import { describe, expect, test } from "vitest";
import { z } from "zod";
import { format, jsonata, machine } from "../../src/index.js";
import { statesOf } from "../helpers/asl.js";

// https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html and state-fail.html
const Input = z.object({ error: z.string(), detail: z.object({ message: z.string() }) });

describe("Succeed", () => {
  test("GIVEN Succeed with InputPath and OutputPath WHEN compiled THEN no Next and no End", () => {
    const m = machine("succeed", { input: Input }, (flow) =>
      flow.next((s) => s.succeed("Done").comment("all good").inputPath("$.detail").outputPath("$.message")),
    );
    expect(statesOf(m)).toStrictEqual({
      Done: { Type: "Succeed", Comment: "all good", InputPath: "$.detail", OutputPath: "$.message" },
    });
  });

  test("GIVEN a JSONata Succeed WHEN compiled THEN its Output is the execution output", () => {
    const m = machine("succeed-jsonata", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) => s.succeed("Done").output(({ input }) => ({ message: input.detail.message }))),
    );
    expect(statesOf(m).Done).toStrictEqual({
      Type: "Succeed",
      Output: { message: "{% $states.input.detail.message %}" },
    });
  });
});

describe("Fail", () => {
  test("GIVEN Fail states WHEN compiled THEN the four spellings", () => {
    const m = machine("fails", { input: Input }, (flow) =>
      flow.next((s) =>
        s
          .parallel("Both")
          .branch((f) => f.next((s) => s.fail("Constant", { error: "OrderFailed", cause: "no stock" })))
          .branch((f) =>
            f.next((s) =>
              s.fail("FromInput", {
                error: ($) => $.error,
                cause: ($) => format("Failed: {}", $.detail.message),
              }),
            ),
          )
          .branch((f) => f.next((s) => s.fail("Bare").comment("nothing known"))),
      ),
    );
    const branches = (statesOf(m).Both as { Branches: { States: object }[] }).Branches.map(
      (branch) => branch.States,
    );
    expect(branches).toStrictEqual([
      { Constant: { Type: "Fail", Error: "OrderFailed", Cause: "no stock" } },
      {
        FromInput: {
          Type: "Fail",
          ErrorPath: "$.error",
          CausePath: "States.Format('Failed: {}', $.detail.message)",
        },
      },
      { Bare: { Type: "Fail", Comment: "nothing known" } },
    ]);
  });

  test("GIVEN a JSONata Fail WHEN compiled THEN Error and Cause may be expressions", () => {
    const m = machine("fail-jsonata", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s.fail("Failed", {
          error: ({ input }) => input.error,
          cause: ({ input }) => jsonata<string>`$string(${input.detail})`,
        }),
      ),
    );
    expect(statesOf(m).Failed).toStrictEqual({
      Type: "Fail",
      Error: "{% $states.input.error %}",
      Cause: "{% $string($states.input.detail) %}",
    });
  });
});
