import type { Diagnostic } from "@statesmith/dsl";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";

describe("engine.load", () => {
  it("passes findings that only fail at run time to onWarning and still runs the machine", async () => {
    const warnings: Diagnostic[] = [];
    const engine = createEngine({ onWarning: (diagnostic) => warnings.push(diagnostic) });
    const result = await engine.run({
      QueryLanguage: "JSONata",
      StartAt: "Read",
      States: { Read: { Type: "Pass", Output: { value: "{% $neverAssigned %}" }, End: true } },
    });
    expect(warnings.some((warning) => warning.kind === "fails-at-run-time" && warning.state === "Read")).toBe(
      true,
    );
    // …and fails as AWS fails it: the variable has no value.
    expect(result.error).toBe("States.QueryEvaluationError");
    expect(result.cause).toMatch(/reads the variable \$neverAssigned, which has not been assigned/);
    await engine.close();
  });

  it("keeps its own copy of the definition", async () => {
    const engine = createEngine();
    const definition = { StartAt: "P", States: { P: { Type: "Pass", Result: "before", End: true } } };
    const machine = engine.load(definition, { name: "Copy" });
    definition.States.P.Result = "after";
    expect((await engine.run(machine)).output).toBe("before");
    expect(machine.stateMachineArn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:Copy");
    await engine.close();
  });
});
