import { compile, formatDiagnostic, lambda, machine, placeholder } from "@statesmith/dsl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CircuitBreakerConfigError, circuitBreaker } from "../src/index.js";

declare function quote(event: { sku: string }): Promise<{ price: number }>;
const Order = z.object({ sku: z.string() });

const protectQuote = {
  call: ({ input }: { input: { sku: unknown } }) =>
    lambda.invoke<typeof quote>({
      FunctionName: placeholder("QuoteFunctionArn"),
      Payload: { sku: input.sku as never },
    }),
};

describe("circuitBreaker() as a combinator", () => {
  it("GIVEN a fixed circuit name wrapping a Lambda THEN the machine compiles clean, keys by that name and calls the function", () => {
    const m = machine("quotes", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.pipe(
        circuitBreaker({ table: "circuits", circuit: "quote-service", protect: protectQuote as never }),
      ),
    );
    const result = compile(m);
    expect(result.diagnostics.map(formatDiagnostic)).toStrictEqual([]);
    const states = result.definition.States as Record<
      string,
      { Arguments?: { Key?: unknown; FunctionName?: unknown } }
    >;
    expect(states["Count call"]?.Arguments?.Key).toStrictEqual({
      pk: { S: "quote-service" },
      sk: { S: "circuit" },
    });
    expect(states["Call operation"]?.Arguments?.FunctionName).toBe(placeholder("QuoteFunctionArn"));
    expect(result.placeholders).toStrictEqual(["QuoteFunctionArn"]);
  });

  it("GIVEN a prefix and an external timer WHEN placed after another state THEN it compiles, its states prefixed", () => {
    const m = machine("after", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) => s.pass("Prepare"))
        .pipe(
          circuitBreaker({
            table: "circuits",
            circuit: "quotes",
            prefix: "Quote: ",
            protect: protectQuote as never,
            cooldown: { timer: { stateMachineArn: placeholder("BreakerArn") } },
          }),
        ),
    );
    const result = compile(m);
    expect(result.diagnostics.map(formatDiagnostic)).toStrictEqual([]);
    expect(result.definition.StartAt).toBe("Prepare");
    expect(Object.keys(result.definition.States)).toContain("Quote: Route by circuit state");
  });

  it("GIVEN the self timer WHEN the breaker is not the first state THEN it is refused where it is written", () => {
    expect(() =>
      machine("late", { queryLanguage: "JSONata" }, (flow) =>
        flow
          .next((s) => s.pass("First"))
          .pipe(circuitBreaker({ table: "t", protect: protectQuote as never })),
      ),
    ).toThrow(/cooldown.timer "self" .* must be its first state/);
  });

  it.each([
    [{ trip: { mode: "failureRate", percent: 150, minimumCalls: 1, windowSeconds: 60 } }, "trip.percent"],
    [{ trip: { mode: "failureCount", failures: 0, minimumCalls: 1, windowSeconds: 60 } }, "trip.failures"],
    [{ trip: { mode: "sometimes" } }, "trip.mode"],
    [
      { cooldown: { seconds: 60, maxSeconds: 30 } },
      "cooldown.maxSeconds (30) is below cooldown.seconds (60)",
    ],
    [{ probe: { timeoutSeconds: 30, leaseSeconds: 10 } }, "probe.leaseSeconds (10) must exceed"],
    [{ protect: { ...protectQuote, retry: { maxAttempts: -1 } } }, "protect.retry.maxAttempts"],
    [{ whenStoreUnavailable: "maybe" }, "whenStoreUnavailable"],
    [{ table: "" }, "table"],
  ])("GIVEN bad options %j THEN a CircuitBreakerConfigError names %s", (bad, field) => {
    const build = () => circuitBreaker({ table: "t", protect: protectQuote as never, ...(bad as object) });
    expect(build).toThrow(CircuitBreakerConfigError);
    expect(build).toThrow(field);
  });
});
