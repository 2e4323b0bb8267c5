// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${Name} is a CloudFormation/CDK definition substitution, not a template.
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

  // SAM's and CDK's DefinitionSubstitutions fill `${Name}` before Step Functions sees the definition.
  it("fills ${Name} placeholders from the engine's substitutions and the load's, the load's first", async () => {
    const engine = createEngine({
      substitutions: { Greeting: "hello", Target: "engine" },
      handlers: { greet: (event: unknown) => event },
    });
    const definition = {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "${GreetArn}",
          Parameters: { text: "${Greeting}, ${Target}!", untouched: "${Unknown}" },
          End: true,
        },
      },
    };
    const machine = engine.load(definition, {
      substitutions: { Target: "load", GreetArn: "arn:aws:lambda:us-east-1:123456789012:function:greet" },
    });
    expect((await engine.run(machine)).output).toStrictEqual({
      text: "hello, load!",
      untouched: "${Unknown}",
    });
    await engine.close();
  });

  it("refuses a Resource whose placeholder has no value, naming it and how to give it one", async () => {
    const engine = createEngine();
    const definition = {
      StartAt: "Call",
      States: { Call: { Type: "Task", Resource: "${GreetArn}", End: true } },
    };
    expect(() => engine.load(definition)).toThrow(
      /Resource '\$\{GreetArn\}' is a definition substitution with no value/,
    );
    expect(() => engine.load(definition)).toThrow(/substitutions: \{ GreetArn: /);
    await engine.close();
  });
});
