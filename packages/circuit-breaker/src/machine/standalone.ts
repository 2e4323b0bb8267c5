import { lambda, machine, placeholder } from "@statesmith/dsl";
import { z } from "zod";
import { circuitBreaker } from "../circuit-breaker.js";
import type { handler } from "../operation/handler.js";
import type { CircuitBreakerOptions, ProtectedOperation } from "../options/breaker-options.js";

/** The standalone machine's input: a call (`request` goes to the operation) or a command. */
export const CircuitBreakerInput = z.object({
  circuit: z.string().min(1).max(1024),
  request: z.record(z.string(), z.unknown()).optional(),
  command: z.enum(["FORCE_OPEN", "FORCE_CLOSE", "COOLDOWN"]).optional(),
  /** Set by the cooldown timer only. */
  openUntil: z.number().optional(),
});
export type CircuitBreakerInput = z.infer<typeof CircuitBreakerInput>;

/** Deploy-time names in the committed ASL (CDK DefinitionSubstitutions fill them). */
export const PLACEHOLDERS = Object.freeze({
  operation: "OperationFunctionArn",
  table: "CircuitTableName",
});

/** The breaker's options, with the operation's timeout and retry tunable (it always calls the operation Lambda). */
export type StandaloneOptions = Omit<
  CircuitBreakerOptions<CircuitBreakerInput, unknown>,
  "table" | "protect"
> & {
  readonly protect?: Pick<ProtectedOperation<CircuitBreakerInput, unknown>, "timeoutSeconds" | "retry">;
};

/**
 * The ready-made breaker: one machine for any number of circuits in one table, protecting the operation
 * Lambda (`packages/circuit-breaker/src/operation/handler.ts`). The defaults are the committed ASL's.
 */
export function circuitBreakerMachine(options: StandaloneOptions = {}, name = "circuit-breaker") {
  return machine(
    name,
    {
      input: CircuitBreakerInput,
      queryLanguage: "JSONata",
      comment:
        "Circuit breaker: CLOSED calls the operation, OPEN answers with a fallback until the cooldown ends, HALF_OPEN lets one probe through. State in DynamoDB.",
    },
    (flow) =>
      flow.pipe(
        circuitBreaker<CircuitBreakerInput, unknown>({
          ...options,
          table: placeholder(PLACEHOLDERS.table),
          protect: {
            ...options.protect,
            call: ({ input }) =>
              lambda.invoke<typeof handler>({
                FunctionName: placeholder(PLACEHOLDERS.operation),
                Payload: input.request as never,
              }),
          },
        }),
      ),
  );
}

/** The committed machine (`asl/circuit-breaker.asl.json`). */
export const circuitBreakerStateMachine = circuitBreakerMachine();
