import { lambda, type MachineOutput, machine, placeholder } from "@statesmith/dsl";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { type CircuitBreakerResult, type CommandResult, circuitBreaker } from "../src/index.js";

declare function quote(event: { sku: string }): Promise<{ price: number }>;
const Quote = z.object({ sku: z.string(), qty: z.number() });

describe("circuitBreaker() types", () => {
  it("infers the input from the flow it is piped into, and the response from the handler", () => {
    const m = machine("quotes", { input: Quote, queryLanguage: "JSONata" }, (flow) =>
      flow.pipe(
        circuitBreaker({
          table: placeholder("CircuitTableName"),
          circuit: "quote-service",
          protect: {
            call: ({ input }) =>
              lambda.invoke<typeof quote>({
                FunctionName: placeholder("QuoteFn"),
                Payload: { sku: input.sku },
              }),
          },
        }),
      ),
    );
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<
      CircuitBreakerResult<{ price: number }> | CommandResult
    >();
  });

  it("rejects a payload that does not fit the handler's event", () => {
    machine("quotes", { input: Quote, queryLanguage: "JSONata" }, (flow) =>
      flow.pipe(
        circuitBreaker({
          table: "t",
          protect: {
            call: ({ input }) =>
              // @ts-expect-error qty is a number, the handler wants sku: string
              lambda.invoke<typeof quote>({ FunctionName: "f", Payload: { sku: input.qty } }),
          },
        }),
      ),
    );
  });

  it("rejects a trip policy with a field of another mode", () => {
    circuitBreaker({
      table: "t",
      protect: { call: () => lambda.invoke({ FunctionName: "f" }) },
      // @ts-expect-error consecutiveFailures has no window
      trip: { mode: "consecutiveFailures", failures: 3, windowSeconds: 60 },
    });
  });

  it("the result is a union narrowed by `degraded`", () => {
    type Result = CircuitBreakerResult<{ price: number }>;
    expectTypeOf<Extract<Result, { degraded: false }>["response"]>().toEqualTypeOf<{ price: number }>();
    expectTypeOf<Extract<Result, { degraded: true }>["reason"]>().toEqualTypeOf<
      "CIRCUIT_OPEN" | "FORCED_OPEN" | "PROBE_IN_FLIGHT" | "OPERATION_FAILED" | "STORE_UNAVAILABLE"
    >();
  });
});
