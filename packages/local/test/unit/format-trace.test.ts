import { describe, expect, it } from "vitest";
import { createEngine, formatTrace } from "../../src/index.js";

describe("formatTrace", () => {
  it("shows one line per event and the outcome", async () => {
    const engine = createEngine({ startTime: 0 });
    const result = await engine.run(
      {
        StartAt: "Hello",
        States: {
          Hello: { Type: "Pass", Result: { hi: 1 }, Next: "Sleep" },
          Sleep: { Type: "Wait", Seconds: 2, End: true },
        },
      },
      { a: 1 },
    );
    const trace = formatTrace(result);
    const lines = trace.split("\n");
    expect(lines[0]).toMatch(/^\s+1\s+\+0ms\s+ExecutionStarted\s+in: \{"a":1\}$/);
    expect(trace).toMatch(/PassStateEntered\s+Hello {2}in: \{"a":1\}/);
    expect(trace).toMatch(/\+2000ms\s+WaitStateExited\s+Sleep {2}out: \{"hi":1\}/);
    expect(lines.at(-2)).toBe("SUCCEEDED after 2 state transitions (2000 ms)");
    expect(lines.at(-1)).toBe('output: {"hi":1}');
    await engine.close();
  });

  it("shows the error and cause of a failed execution", async () => {
    const engine = createEngine();
    const result = await engine.run({
      StartAt: "F",
      States: { F: { Type: "Fail", Error: "Oops", Cause: "because" } },
    });
    expect(formatTrace(result)).toMatch(
      /FAILED after 1 state transition \(0 ms\)\nerror: Oops\ncause: because$/,
    );
    await engine.close();
  });
});
