import { describe, expect, test } from "vitest";
import { z } from "zod";
import { jsonata, machine } from "../../src/index.js";
import { statesOf } from "../helpers/asl.js";

// Wait state: https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html
const Input = z.object({ delay: z.number(), until: z.string() });

describe("Wait", () => {
  test("GIVEN each way to wait WHEN compiled THEN Seconds, SecondsPath, Timestamp and TimestampPath", () => {
    const m = machine("waits", { input: Input }, (flow) =>
      flow
        .next((s) => s.wait("Ten", 10).comment("fixed"))
        .next((s) => s.wait("Seconds", { seconds: 0 }))
        .next((s) =>
          s
            .wait("SecondsPath", { secondsPath: ($) => $.delay })
            .inputPath("$")
            .outputPath("$"),
        )
        .next((s) => s.wait("Timestamp", { timestamp: "2026-01-31T09:30:00Z" }))
        .next((s) => s.wait("Date", { timestamp: new Date(Date.UTC(2026, 0, 31)) }))
        .next((s) =>
          s
            .wait("TimestampPath", { timestampPath: ($) => $.until })
            .assign(($) => ({ waitedUntil: $.until })),
        ),
    );
    expect(statesOf(m)).toStrictEqual({
      Ten: { Type: "Wait", Comment: "fixed", Seconds: 10, Next: "Seconds" },
      Seconds: { Type: "Wait", Seconds: 0, Next: "SecondsPath" },
      SecondsPath: {
        Type: "Wait",
        InputPath: "$",
        SecondsPath: "$.delay",
        OutputPath: "$",
        Next: "Timestamp",
      },
      Timestamp: { Type: "Wait", Timestamp: "2026-01-31T09:30:00Z", Next: "Date" },
      Date: { Type: "Wait", Timestamp: "2026-01-31T00:00:00.000Z", Next: "TimestampPath" },
      TimestampPath: {
        Type: "Wait",
        TimestampPath: "$.until",
        Assign: { "waitedUntil.$": "$.until" },
        End: true,
      },
    });
  });

  test("GIVEN a JSONata Wait WHEN compiled THEN Seconds and Timestamp may be expressions", () => {
    const m = machine("jsonata-waits", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) => s.wait("Backoff", { seconds: ({ input }) => jsonata<number>`${input.delay} * 2` }))
        .next((s) =>
          s.wait("Until", { timestamp: ({ input }) => input.until }).output(({ input }) => input.delay),
        ),
    );
    expect(statesOf(m)).toStrictEqual({
      Backoff: { Type: "Wait", Seconds: "{% $states.input.delay * 2 %}", Next: "Until" },
      Until: {
        Type: "Wait",
        Timestamp: "{% $states.input.until %}",
        Output: "{% $states.input.delay %}",
        End: true,
      },
    });
  });

  test("GIVEN a bad duration WHEN written THEN it throws naming the field and the allowed form", () => {
    const build = (waitFor: unknown) => () =>
      machine("bad", {}, (flow) => flow.next((s) => s.wait("W", waitFor as never)));
    expect(build(-1)).toThrow('State "W" (Seconds): must be an integer from 0 to 99999999, got -1');
    expect(build({ timestamp: "2026-01-31 09:30" })).toThrow(
      'State "W" (Timestamp): "2026-01-31 09:30" is not an RFC 3339 timestamp',
    );
    expect(build({ seconds: 1, timestamp: "2026-01-31T09:30:00Z" })).toThrow(
      'State "W" (Seconds): a Wait needs exactly one of seconds, secondsPath, timestamp, timestampPath',
    );
  });
});
