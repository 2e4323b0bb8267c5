import { expect } from "vitest";
import { createEngine, type ExecutionResult } from "../../../src/index.js";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

const PAGE = `${DOCS}/concepts-error-handling.html`;
const FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
const named = (name: string, message = name) => Object.assign(new Error(message), { name });
/** A handler that throws the given errors in turn, then returns "done". */
const sequence = (...errors: string[]) => {
  let call = 0;
  return {
    calls: () => call,
    handler: () => {
      const error = errors[call++];
      if (error) throw named(error);
      return "done";
    },
  };
};
const task = (fields: object, next: object = {}) => ({
  StartAt: "T",
  States: { T: { Type: "Task", Resource: FN, End: true, ...fields }, ...next },
});
const elapsed = (result: ExecutionResult): number => result.stopDate.getTime() - result.startDate.getTime();
const runWith = async (errors: string[], definition: object) => {
  const work = sequence(...errors);
  const engine = createEngine({ handlers: { work: work.handler } });
  const result = await engine.run(definition);
  await engine.close();
  return { result, calls: work.calls() };
};

export const RETRY_CATCH_CASES: readonly ConformanceCase[] = [
  {
    name: "IntervalSeconds and BackoffRate space the retries (3 s, then 4.5 s)",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["E", "E"],
        task({ Retry: [{ ErrorEquals: ["E"], IntervalSeconds: 3, MaxAttempts: 2, BackoffRate: 1.5 }] }),
      );
      expect(result.output).toBe("done");
      expect(calls).toBe(3);
      expect(elapsed(result)).toBe(7_500);
    },
  },
  {
    name: "the defaults are IntervalSeconds 1, MaxAttempts 3, BackoffRate 2",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["E", "E", "E", "E"],
        task({ Retry: [{ ErrorEquals: ["E"] }] }),
      );
      expect(result.error).toBe("E");
      expect(calls).toBe(4);
      expect(elapsed(result)).toBe(1_000 + 2_000 + 4_000);
    },
  },
  {
    name: "MaxAttempts 0 never retries",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["E"],
        task({ Retry: [{ ErrorEquals: ["E"], MaxAttempts: 0 }] }),
      );
      expect(result.error).toBe("E");
      expect(calls).toBe(1);
    },
  },
  {
    name: "MaxDelaySeconds caps the backoff",
    source: PAGE,
    run: async () => {
      const { result } = await runWith(
        ["E", "E", "E"],
        task({
          Retry: [
            { ErrorEquals: ["E"], IntervalSeconds: 10, BackoffRate: 10, MaxAttempts: 3, MaxDelaySeconds: 15 },
          ],
        }),
      );
      expect(result.output).toBe("done");
      expect(elapsed(result)).toBe(10_000 + 15_000 + 15_000);
    },
  },
  {
    name: "JitterStrategy FULL waits a random time up to the computed delay",
    source: PAGE,
    run: async () => {
      const { result } = await runWith(
        ["E", "E", "E"],
        task({
          Retry: [
            {
              ErrorEquals: ["E"],
              IntervalSeconds: 10,
              BackoffRate: 2,
              MaxAttempts: 3,
              JitterStrategy: "FULL",
            },
          ],
        }),
      );
      expect(result.output).toBe("done");
      expect(elapsed(result)).toBeLessThanOrEqual(10_000 + 20_000 + 40_000);
      expect(elapsed(result)).toBeLessThan(70_000);
    },
  },
  {
    name: "each Retrier counts its own attempts; only the first matching one applies",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["ErrorA", "ErrorC", "ErrorB", "ErrorA"],
        task({
          Retry: [
            { ErrorEquals: ["ErrorA", "ErrorB"], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 2 },
            { ErrorEquals: ["ErrorC"], IntervalSeconds: 5 },
          ],
        }),
      );
      expect(calls).toBe(4);
      expect(result.error).toBe("ErrorA");
    },
  },
  {
    name: "a Retrier on States.ALL retries any error",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["Whatever"],
        task({ Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 1 }] }),
      );
      expect(result.output).toBe("done");
      expect(calls).toBe(2);
    },
  },
  {
    name: "Catch with ResultPath adds the error output to the input",
    source: PAGE,
    engine: { handlers: { work: () => Promise.reject(named("CustomError", "broken")) } },
    definition: task(
      { Catch: [{ ErrorEquals: ["CustomError"], ResultPath: "$.error", Next: "Fallback" }] },
      { Fallback: { Type: "Pass", End: true } },
    ),
    input: { id: 1 },
    check: (result) => {
      const output = result.output as { id: number; error: { Error: string; Cause: string } };
      expect(output.id).toBe(1);
      expect(output.error.Error).toBe("CustomError");
      expect(JSON.parse(output.error.Cause)).toMatchObject({ errorMessage: "broken" });
    },
  },
  {
    name: "without ResultPath a catcher's output is the error output",
    source: PAGE,
    engine: { handlers: { work: () => Promise.reject(named("E", "m")) } },
    definition: task(
      { Catch: [{ ErrorEquals: ["States.ALL"], Next: "Fallback" }] },
      { Fallback: { Type: "Pass", End: true } },
    ),
    check: (result) => expect(Object.keys(result.output as object)).toStrictEqual(["Error", "Cause"]),
  },
  {
    name: "the first matching catcher wins",
    source: PAGE,
    engine: { handlers: { work: () => Promise.reject(named("ErrorB")) } },
    definition: task(
      {
        Catch: [
          { ErrorEquals: ["ErrorA"], Next: "A" },
          { ErrorEquals: ["ErrorB"], Next: "B" },
          { ErrorEquals: ["States.ALL"], Next: "All" },
        ],
      },
      {
        A: { Type: "Pass", Result: "A", End: true },
        B: { Type: "Pass", Result: "B", End: true },
        All: { Type: "Pass", Result: "All", End: true },
      },
    ),
    expect: { output: "B" },
  },
  {
    name: "retries run first; when they are exhausted the catcher applies",
    source: PAGE,
    run: async () => {
      const { result, calls } = await runWith(
        ["E", "E", "E"],
        task(
          {
            Retry: [{ ErrorEquals: ["E"], MaxAttempts: 2 }],
            Catch: [{ ErrorEquals: ["E"], ResultPath: null, Next: "Caught" }],
          },
          { Caught: { Type: "Pass", Result: "caught", End: true } },
        ),
      );
      expect(calls).toBe(3);
      expect(result.output).toBe("caught");
    },
  },
  {
    name: "States.ALL does not catch States.Runtime",
    source: PAGE,
    engine: { handlers: { work: () => ({}) } },
    definition: task(
      {
        ResultSelector: { "x.$": "$.missing" },
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Caught" }],
        Retry: [{ ErrorEquals: ["States.ALL"] }],
      },
      { Caught: { Type: "Pass", End: true } },
    ),
    expect: { error: "States.Runtime" },
    check: (result) => expect(eventTypes(result)).not.toContain("TaskStateExited"),
  },
  {
    name: "States.TaskFailed matches a task's own error",
    source: PAGE,
    engine: { handlers: { work: () => Promise.reject(named("SomethingBad")) } },
    definition: task(
      { Catch: [{ ErrorEquals: ["States.TaskFailed"], ResultPath: null, Next: "Caught" }] },
      { Caught: { Type: "Pass", Result: "caught", End: true } },
    ),
    expect: { output: "caught" },
  },
  {
    name: "States.TaskFailed does not match States.Timeout",
    source: PAGE,
    engine: { handlers: { work: () => "submitted" } },
    definition: {
      StartAt: "T",
      States: {
        T: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Parameters: { FunctionName: "work", Payload: { "token.$": "$$.Task.Token" } },
          TimeoutSeconds: 5,
          Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "Caught" }],
          End: true,
        },
        Caught: { Type: "Pass", End: true },
      },
    },
    expect: { error: "States.Timeout" },
  },
  {
    name: "$$.State.RetryCount counts the retries of the current state",
    source: `${DOCS}/input-output-contextobject.html`,
    run: async () => {
      const seen: number[] = [];
      let call = 0;
      const engine = createEngine({
        handlers: {
          work: (event: { retry: number }) => {
            seen.push(event.retry);
            if (call++ < 2) throw named("E");
            return "ok";
          },
        },
      });
      const result = await engine.run(
        task({ Parameters: { "retry.$": "$$.State.RetryCount" }, Retry: [{ ErrorEquals: ["E"] }] }),
      );
      expect(result.output).toBe("ok");
      expect(seen).toStrictEqual([0, 1, 2]);
      await engine.close();
    },
  },
  {
    name: "a caught error records the failure and then the state's exit",
    source: `${DOCS}/concepts-state-machine-executions.html`,
    engine: { handlers: { work: () => Promise.reject(named("E")) } },
    definition: task(
      { Catch: [{ ErrorEquals: ["E"], Next: "Fallback" }] },
      { Fallback: { Type: "Succeed" } },
    ),
    check: (result) =>
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "TaskStateEntered",
        "LambdaFunctionScheduled",
        "LambdaFunctionStarted",
        "LambdaFunctionFailed",
        "TaskStateExited",
        "SucceedStateEntered",
        "SucceedStateExited",
        "ExecutionSucceeded",
      ]),
  },
  {
    name: "a JSONPath catcher's Assign reads the error output as $ and the context as $$",
    source: `${DOCS}/workflow-variables.html`,
    engine: { handlers: { work: () => Promise.reject(named("Declined", "card expired")) } },
    definition: task(
      {
        Catch: [
          {
            ErrorEquals: ["Declined"],
            Assign: { "reason.$": "$.Cause", "where.$": "$$.State.Name" },
            ResultPath: null,
            Next: "Report",
          },
        ],
      },
      { Report: { Type: "Pass", Parameters: { "reason.$": "$reason", "where.$": "$where" }, End: true } },
    ),
    check: (result) => {
      const output = result.output as { reason: string; where: string };
      expect(JSON.parse(output.reason)).toMatchObject({
        errorType: "Declined",
        errorMessage: "card expired",
      });
      expect(output.where).toBe("T");
    },
  },
  {
    name: "a Retrier on a Parallel state runs every branch again",
    source: `${DOCS}/state-parallel.html`,
    run: async () => {
      const calls: string[] = [];
      let failures = 1;
      const engine = createEngine({
        handlers: {
          work: (event: { branch: string }) => {
            calls.push(event.branch);
            if (event.branch === "b" && failures-- > 0) throw named("Flaky");
            return event.branch;
          },
        },
      });
      const branch = (name: string) => ({
        StartAt: name,
        States: { [name]: { Type: "Task", Resource: FN, Parameters: { branch: name }, End: true } },
      });
      const result = await engine.run({
        StartAt: "P",
        States: {
          P: {
            Type: "Parallel",
            Branches: [branch("a"), branch("b")],
            Retry: [{ ErrorEquals: ["Flaky"], IntervalSeconds: 1 }],
            End: true,
          },
        },
      });
      await engine.close();
      expect(result.output).toStrictEqual(["a", "b"]);
      expect(calls.sort()).toStrictEqual(["a", "a", "b", "b"]);
    },
  },
];
