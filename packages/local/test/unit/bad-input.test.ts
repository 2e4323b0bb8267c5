import { afterEach, describe, expect, it } from "vitest";
import { createEngine, DefinitionRefusedError, type Engine, StartExecutionError } from "../../src/index.js";

const FN = "arn:aws:lambda:us-east-1:123456789012:function:f";
const pass = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };
/** A loop AWS accepts (it has a way out) but that never takes it. */
const endless = {
  StartAt: "A",
  States: {
    A: { Type: "Pass", Next: "C" },
    C: { Type: "Choice", Choices: [{ Variable: "$.stop", IsPresent: true, Next: "Done" }], Default: "A" },
    Done: { Type: "Succeed" },
  },
};
const engines: Engine[] = [];
const engine = (options: Parameters<typeof createEngine>[0] = {}): Engine => {
  const created = createEngine(options);
  engines.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(engines.splice(0).map((created) => created.close()));
});

const refusal = (definition: unknown): DefinitionRefusedError => {
  try {
    engine().load(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionRefusedError);
    return error as DefinitionRefusedError;
  }
  throw new Error("the definition was accepted");
};

describe("a malformed definition is refused with a message naming what and where", {
  timeout: 10_000,
}, () => {
  it("JSON text that does not parse", () => {
    expect(refusal('{"StartAt": "A", "States": {').message).toMatch(/The definition is not valid JSON/);
  });

  it("a value that is not an object", () => {
    expect(refusal(42).message).toMatch(/must be a JSON object/);
    expect(refusal(null).message).toMatch(/must be a JSON object/);
  });

  it("a StartAt or Next that names no state", () => {
    expect(refusal({ StartAt: "Nope", States: { A: { Type: "Pass", End: true } } }).message).toMatch(
      /StartAt/,
    );
    const error = refusal({ StartAt: "A", States: { A: { Type: "Pass", Next: "Missing" } } });
    expect(error.message).toMatch(/State "A"/);
    expect(error.message).toMatch(/Missing/);
  });

  it("an unknown state type", () => {
    expect(refusal({ StartAt: "A", States: { A: { Type: "Loop", End: true } } }).message).toMatch(
      /State "A"/,
    );
  });

  it("a JSONPath, an intrinsic or a JSONata expression that does not parse", () => {
    const path = refusal({
      StartAt: "A",
      States: { A: { Type: "Pass", Parameters: { "x.$": "$.a[" }, End: true } },
    });
    expect(path.message).toMatch(/State "A".*Parameters/);
    const intrinsic = refusal({
      StartAt: "A",
      States: { A: { Type: "Pass", Parameters: { "x.$": "States.Nope(1)" }, End: true } },
    });
    expect(intrinsic.message).toMatch(/State "A"/);
    const jsonata = refusal({
      QueryLanguage: "JSONata",
      StartAt: "A",
      States: { A: { Type: "Pass", Output: "{% $x + %}", End: true } },
    });
    expect(jsonata.message).toMatch(/State "A"/);
    expect(jsonata.diagnostics.length).toBeGreaterThan(0);
  });

  it("a Resource that is not an ARN", () => {
    expect(
      refusal({ StartAt: "T", States: { T: { Type: "Task", Resource: "my-function", End: true } } }).message,
    ).toMatch(/State "T"/);
  });
});

describe("input that is not JSON is refused by start()", { timeout: 10_000 }, () => {
  const cases: [string, unknown, RegExp][] = [
    ["a function", { f: () => 1 }, /a function has no JSON form at \$\.f/],
    ["NaN", { n: Number.NaN }, /NaN is not a JSON number at \$\.n/],
    ["a bigint", { n: 1n }, /a bigint has no JSON form at \$\.n/],
    ["a Date", { when: new Date() }, /a Date instance is not a plain JSON object at \$\.when/],
    [
      "undefined inside an array",
      { list: [1, undefined] },
      /undefined has no JSON form \(use null\) at \$\.list\[1\]/,
    ],
  ];
  for (const [what, input, message] of cases) {
    it(what, async () => {
      const created = engine();
      const machine = created.load(pass);
      expect(() => created.start(machine, input as never)).toThrow(StartExecutionError);
      expect(() => created.start(machine, input as never)).toThrow(message);
      await expect(created.run(machine, input as never)).rejects.toThrow(message);
    });
  }

  it("a cycle", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const created = engine();
    expect(() => created.start(created.load(pass), cyclic as never)).toThrow(/cycle at \$\.self/);
  });
});

describe("resources and handlers that cannot work fail the execution clearly, and nothing hangs", {
  timeout: 10_000,
}, () => {
  it("a resource the engine cannot run, without a mock", async () => {
    const result = await engine().run({
      StartAt: "Send",
      States: {
        Send: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage",
          Parameters: { QueueUrl: "q", MessageBody: "m" },
          End: true,
        },
      },
    });
    expect(result.status).toBe("FAILED");
    expect(result.cause).toMatch(
      /State 'Send': the local engine has no implementation for resource 'arn:aws:states:::sqs:sendMessage'/,
    );
  });

  it("a Lambda function with no handler and no endpoint", async () => {
    const result = await engine().run({
      StartAt: "T",
      States: { T: { Type: "Task", Resource: FN, End: true } },
    });
    expect(result.error).toBe("Lambda.ResourceNotFoundException");
    expect(result.cause).toMatch(/no Lambda endpoint is configured/);
  });

  const thrown: [string, unknown, string][] = [
    ["a string", "bad thing", "string"],
    ["a number", 42, "number"],
    ["an object", { code: 1 }, "object"],
    ["undefined", undefined, "handled"],
    ["null", null, "handled"],
  ];
  for (const [what, value, errorType] of thrown) {
    it(`a handler that throws ${what}`, async () => {
      const created = engine({
        handlers: {
          f: () => {
            throw value;
          },
        },
      });
      const result = await created.run({
        StartAt: "T",
        States: { T: { Type: "Task", Resource: FN, End: true } },
      });
      expect(result.status).toBe("FAILED");
      expect(result.error).toBe(errorType);
      expect(JSON.parse(result.cause!)).toHaveProperty("errorMessage");
    });
  }

  it("a handler that never settles still times out (TimeoutSeconds)", async () => {
    const created = engine({ handlers: { f: () => new Promise(() => {}) }, handlerStallMs: 50 });
    const result = await created.run({
      StartAt: "T",
      States: { T: { Type: "Task", Resource: FN, TimeoutSeconds: 30, End: true } },
    });
    expect(result.error).toBe("States.Timeout");
  });

  it("a loop that never ends fails at the history quota instead of hanging", async () => {
    const result = await engine().run(endless);
    expect(result.error).toBe("States.Runtime");
    expect(result.cause).toMatch(/maximum number of events in its history \(25000\)/);
  });

  it("a loop that never ends can be stopped", async () => {
    const created = engine({ historyLimit: 0 });
    const execution = created.start(created.load(endless));
    await new Promise((resolve) => setTimeout(resolve, 20));
    execution.stop("Enough");
    expect((await execution.result).status).toBe("ABORTED");
  });

  it("a machine from another engine is refused with a clear message", () => {
    const machine = engine().load(pass);
    expect(() => engine().start(machine)).toThrow(/of the same engine/);
  });

  it("a closed engine refuses new executions", async () => {
    const created = createEngine();
    await created.close();
    expect(() => created.start(created.load(pass))).toThrow(/The engine is closed/);
  });
});
