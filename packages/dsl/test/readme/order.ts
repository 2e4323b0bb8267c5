import { compile, lambda, machine, numericGreaterThan, placeholder } from "@statesmith/dsl";
import { z } from "zod";

const Order = z.object({ id: z.string(), total: z.number() });
declare function charge(event: { orderId: string; amount: number }): Promise<{ chargeId: string }>;

export const order = machine("order", { input: Order, errors: ["PaymentDeclined"] }, (flow) =>
  flow
    .next((s) =>
      s
        .task("Charge", ($) =>
          lambda.invoke<typeof charge>({
            FunctionName: placeholder("ChargeFunctionArn"),
            Payload: { orderId: $.id, amount: $.total },
          }),
        )
        .retry({ errorEquals: ["Lambda.TooManyRequestsException"], maxAttempts: 3, jitterStrategy: "FULL" })
        .catch(["PaymentDeclined"], (f) => f.next((s) => s.fail("Declined", { error: "PaymentDeclined" })))
        .resultSelector(($) => ({ chargeId: $.Payload.chargeId }))
        .resultPath("$.charge"),
    )
    .next((s) =>
      s
        .choice("Large order?")
        .when(($) => numericGreaterThan($.total, 1000), s.succeed("Review"))
        .otherwise(s.succeed("Done")),
    ),
);

export const { ok, definition, json, diagnostics, inputSchema, placeholders } = compile(order);
