import { expect } from "vitest";
import { createEngine, StartExecutionError } from "../../../src/index.js";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

const PRICING = "https://aws.amazon.com/step-functions/pricing/";
const HISTORY = "https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html";
const QUOTAS = `${DOCS}/service-quotas.html`;
const big = "x".repeat(300_000);

export const HISTORY_CASES: readonly ConformanceCase[] = [
  {
    name: "each state entered is one billable transition",
    source: PRICING,
    definition: {
      StartAt: "A",
      States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Succeed" } },
    },
    expect: { transitions: 3 },
  },
  {
    name: "retries are billed as additional transitions",
    source: PRICING,
    run: async () => {
      let calls = 0;
      const engine = createEngine({
        handlers: {
          f: () => {
            if (calls++ < 2) throw new Error("again");
            return "ok";
          },
        },
      });
      const result = await engine.run({
        StartAt: "T",
        States: {
          T: {
            Type: "Task",
            Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
            Retry: [{ ErrorEquals: ["States.ALL"] }],
            End: true,
          },
        },
      });
      expect(result.transitions).toBe(3);
      await engine.close();
    },
  },
  {
    name: "states inside Map iterations and Parallel branches are billed too",
    source: PRICING,
    definition: {
      StartAt: "M",
      States: {
        M: {
          Type: "Map",
          ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", End: true } } },
          ResultPath: null,
          Next: "P",
        },
        P: {
          Type: "Parallel",
          Branches: [
            { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } },
            { StartAt: "C", States: { C: { Type: "Pass", End: true } } },
          ],
          End: true,
        },
      },
    },
    input: [1, 2, 3],
    expect: { transitions: 1 + 3 + 1 + 3 },
  },
  {
    name: "events are numbered from 1 and link to the previous event",
    source: HISTORY,
    definition: { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", End: true } } },
    input: { hello: "world" },
    check: (result) => {
      expect(result.history.map((event) => event.id)).toStrictEqual([1, 2, 3, 4, 5, 6]);
      expect(result.history.map((event) => event.previousEventId)).toStrictEqual([0, 1, 2, 3, 4, 5]);
      const started = result.history[0]!.executionStartedEventDetails!;
      expect(started.input).toBe('{"hello":"world"}');
      expect(started.roleArn).toMatch(/^arn:aws:iam::123456789012:role\//);
      expect(result.history[1]!.stateEnteredEventDetails).toStrictEqual({
        name: "A",
        input: '{"hello":"world"}',
        inputDetails: { truncated: false },
      });
      expect(result.history[5]!.executionSucceededEventDetails?.output).toBe('{"hello":"world"}');
    },
  },
  {
    name: "event timestamps follow the virtual clock",
    source: HISTORY,
    engine: { startTime: Date.parse("2026-01-01T00:00:00Z") },
    definition: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 60, End: true } } },
    check: (result) => {
      const times = result.history.map((event) => event.timestamp.toISOString());
      expect(times).toStrictEqual([
        "2026-01-01T00:00:00.000Z",
        "2026-01-01T00:00:00.000Z",
        "2026-01-01T00:01:00.000Z",
        "2026-01-01T00:01:00.000Z",
      ]);
    },
  },
  {
    name: "a failure ends with ExecutionFailed carrying the error and cause",
    source: HISTORY,
    definition: { StartAt: "F", States: { F: { Type: "Fail", Error: "E", Cause: "C" } } },
    expect: { error: "E", cause: "C" },
    check: (result) =>
      expect(result.history.at(-1)).toMatchObject({
        type: "ExecutionFailed",
        executionFailedEventDetails: { error: "E", cause: "C" },
      }),
  },
  {
    name: "a state output over 256 KiB fails with States.DataLimitExceeded",
    source: QUOTAS,
    definition: { StartAt: "P", States: { P: { Type: "Pass", Result: big, End: true } } },
    expect: { error: "States.DataLimitExceeded" },
  },
  {
    name: "States.ALL does not catch States.DataLimitExceeded",
    source: `${DOCS}/concepts-error-handling.html`,
    engine: { handlers: { f: () => big } },
    definition: {
      StartAt: "T",
      States: {
        T: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "C" }],
          End: true,
        },
        C: { Type: "Pass", End: true },
      },
    },
    expect: { error: "States.DataLimitExceeded" },
    check: (result) => expect(eventTypes(result)).toContain("LambdaFunctionFailed"),
  },
  {
    name: "an execution input over 256 KiB is refused by StartExecution",
    source: QUOTAS,
    run: async () => {
      const engine = createEngine();
      const machine = engine.load({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
      expect(() => engine.start(machine, { big })).toThrow(StartExecutionError);
      expect(() => engine.start(machine, { big })).toThrow(/limit is 262144/);
      await engine.close();
    },
  },
];
