import { jsonata, lambda, machine, placeholder } from "@statesmith/dsl";
import { z } from "zod";

const Order = z.object({ id: z.string(), total: z.number() });
declare function charge(event: { orderId: string; amount: number }): Promise<{ chargeId: string }>;

export const orderJsonata = machine("order-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
  flow
    .next((s) =>
      s
        .task("Charge", ({ input }) =>
          lambda.invoke<typeof charge>({
            FunctionName: placeholder("ChargeFunctionArn"),
            Payload: { orderId: input.id, amount: input.total },
          }),
        )
        .output(({ input, result }) => ({ total: input.total, chargeId: result.Payload.chargeId }))
        .assign(({ result }) => ({ chargeId: result.Payload.chargeId })),
    )
    .next((s) =>
      s
        .choice("Large order?")
        .when(({ input }) => jsonata.gt(input.total, 1000), s.succeed("Review"))
        .otherwise(s.succeed("Done")),
    ),
);
