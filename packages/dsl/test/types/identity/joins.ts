import { lambda, type MachineOutput, machine, numericGreaterThan } from "@statesmith/dsl";
import { z } from "zod";

/*
 * Paths that join with the same shape built in different ways: a Lambda result (from the handler's type), a
 * Pass's parameters (from a template), the machine input (from a zod schema). Each export is read by
 * ../canonical-types.test.ts, which checks that the joined data is one type, not a union of look-alikes.
 */
declare function quote(event: { sku: string }): Promise<{ price: number; currency: string }>;

const Input = z.object({
  sku: z.string(),
  cached: z.number(),
  last: z.object({ price: z.number(), currency: z.string() }),
});

const lambdaOrPass = machine("lambda-or-pass", { input: Input }, (flow) =>
  flow.next((s) =>
    s
      .choice("Cached?")
      .when(
        ($) => numericGreaterThan($.cached, 0),
        (f) =>
          f.next((s) =>
            s
              .pass("From cache")
              .parameters(($) => ({ price: $.cached, currency: "EUR" }))
              .resultPath("$.quote"),
          ),
      )
      .otherwise((f) =>
        f.next((s) =>
          s
            .task("Quote", ($) =>
              lambda.invoke<typeof quote>({ FunctionName: "quote", Payload: { sku: $.sku } }),
            )
            .resultSelector(($) => $.Payload)
            .resultPath("$.quote"),
        ),
      ),
  ),
);
export type LambdaOrPass = MachineOutput<typeof lambdaOrPass>;

const inputOrLambda = machine("input-or-lambda", { input: Input }, (flow) =>
  flow.next((s) =>
    s
      .choice("Cached?")
      .when(
        ($) => numericGreaterThan($.cached, 0),
        (f) => f.next((s) => s.pass("Last quote").parameters(($) => ({ quote: $.last }))),
      )
      .otherwise((f) =>
        f.next((s) =>
          s
            .task("Quote", ($) =>
              lambda.invoke<typeof quote>({ FunctionName: "quote", Payload: { sku: $.sku } }),
            )
            .resultSelector(($) => ({ quote: $.Payload })),
        ),
      ),
  ),
);
export type InputOrLambda = MachineOutput<typeof inputOrLambda>;
