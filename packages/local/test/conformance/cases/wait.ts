import { expect } from "vitest";
import type { ExecutionResult } from "../../../src/index.js";
import { type ConformanceCase, DOCS } from "../harness.js";

const PAGE = `${DOCS}/state-wait.html`;
const START = Date.parse("2016-03-14T01:00:00Z");
const wait = (fields: object) => ({
  StartAt: "W",
  States: {
    W: { Type: "Wait", ...fields, Next: "After" },
    After: { Type: "Pass", Parameters: { "entered.$": "$$.State.EnteredTime" }, End: true },
  },
});
const waited = (result: ExecutionResult): number => result.stopDate.getTime() - result.startDate.getTime();

export const WAIT_CASES: readonly ConformanceCase[] = [
  {
    name: "Seconds waits that long on the virtual clock",
    source: PAGE,
    engine: { startTime: START },
    definition: wait({ Seconds: 10 }),
    expect: { output: { entered: "2016-03-14T01:00:10.000Z" } },
    check: (result) => expect(waited(result)).toBe(10_000),
  },
  {
    name: "Timestamp waits until that time",
    source: PAGE,
    engine: { startTime: START },
    definition: wait({ Timestamp: "2016-03-14T01:59:00Z" }),
    expect: { output: { entered: "2016-03-14T01:59:00.000Z" } },
  },
  {
    name: "a Timestamp in the past does not wait",
    source: PAGE,
    engine: { startTime: START },
    definition: wait({ Timestamp: "2000-01-01T00:00:00Z" }),
    expect: { output: { entered: "2016-03-14T01:00:00.000Z" } },
  },
  {
    name: "SecondsPath reads the delay from the input",
    source: PAGE,
    engine: { startTime: START },
    definition: wait({ SecondsPath: "$.delay" }),
    input: { delay: 90 },
    expect: { output: { entered: "2016-03-14T01:01:30.000Z" } },
  },
  {
    name: "TimestampPath reads the time from the input",
    source: PAGE,
    engine: { startTime: START },
    definition: wait({ TimestampPath: "$.expirydate" }),
    input: { expirydate: "2016-03-14T01:30:00Z" },
    expect: { output: { entered: "2016-03-14T01:30:00.000Z" } },
  },
  {
    name: "a ten-minute wait takes virtual time, not real time",
    source: PAGE,
    definition: wait({ Seconds: 600 }),
    run: async (engine) => {
      const started = performance.now();
      const result = await engine.run(wait({ Seconds: 600 }));
      expect(result.status).toBe("SUCCEEDED");
      expect(waited(result)).toBe(600_000);
      expect(performance.now() - started).toBeLessThan(1_000);
    },
  },
  {
    name: "a Wait passes its input on (InputPath and OutputPath apply)",
    source: PAGE,
    definition: {
      StartAt: "W",
      States: { W: { Type: "Wait", Seconds: 1, InputPath: "$.a", OutputPath: "$.b", End: true } },
    },
    input: { a: { b: "kept" } },
    expect: { output: "kept" },
  },
  {
    name: "a SecondsPath value that is not a number of seconds fails with States.Runtime",
    source: PAGE,
    definition: wait({ SecondsPath: "$.delay" }),
    input: { delay: "soon" },
    expect: { error: "States.Runtime", cause: /not a valid number of seconds/ },
  },
  {
    name: "a TimestampPath value that is not a timestamp fails with States.Runtime",
    source: PAGE,
    definition: wait({ TimestampPath: "$.when" }),
    input: { when: "tomorrow" },
    expect: { error: "States.Runtime", cause: /is not an ISO-8601 timestamp/ },
  },
];
