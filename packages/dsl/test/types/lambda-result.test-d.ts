import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { type FlowData, lambda, machine, timestampGreaterThan } from "../../src/index.js";
import { NOON, Order } from "./fixtures.js";

// A Lambda result is the handler's return value after the runtime's JSON.stringify: a Date arrives as its ISO
// string, a field that may be undefined may be missing, and a handler that returns nothing gives null.
// https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
// https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html

declare function audit(event: { orderId: string }): Promise<{
  at: Date;
  count: number;
  note?: string;
  reviewer: string | undefined;
  history: { at: Date; step: string }[];
}>;
declare function ping(event: { orderId: string }): Promise<void>;
declare function total(event: { orderId: string }): number;

describe("a Lambda result is typed as the JSON it arrives as", () => {
  test("Dates are strings, undefined fields optional, inside the optimized integration's envelope", () => {
    machine("audit", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s
          .task("Audit", ($) =>
            lambda.invoke<typeof audit>({ FunctionName: "audit", Payload: { orderId: $.order.id } }),
          )
          .resultSelector(($) => $.Payload),
      );
      type Audit = FlowData<typeof after>;
      expectTypeOf<Audit["at"]>().toEqualTypeOf<string>();
      expectTypeOf<Audit["history"]>().toEqualTypeOf<{ at: string; step: string }[]>();
      expectTypeOf<Audit>().toHaveProperty("count").toEqualTypeOf<number>();
      expectTypeOf<{
        at: string;
        count: number;
        history: { at: string; step: string }[];
      }>().toMatchTypeOf<Audit>();
      expectTypeOf<Audit["note"]>().toEqualTypeOf<string | undefined>();
      expectTypeOf<Audit["reviewer"]>().toEqualTypeOf<string | undefined>();
      return after;
    });
  });

  test("a timestamp rule reads a Date the handler returned (it is an RFC 3339 string by then)", () => {
    machine("audit-choice", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Audit", ($) =>
              lambda.invoke<typeof audit>({ FunctionName: "audit", Payload: { orderId: $.order.id } }),
            )
            .resultPath("$.audit"),
        )
        .next((s) =>
          s
            .choice("Recent?")
            .when(
              ($) => timestampGreaterThan($.audit.Payload.at, NOON),
              (f) => f.next((s) => s.succeed("Recent")),
            )
            .otherwise((f) => f.next((s) => s.fail("Stale", { error: "Stale" }))),
        ),
    );
  });

  test("a handler that returns nothing gives a null Payload", () => {
    machine("ping", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s
          .task("Ping", ($) =>
            lambda.invoke<typeof ping>({ FunctionName: "ping", Payload: { orderId: $.order.id } }),
          )
          .resultSelector(($) => ({ payload: $.Payload })),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ payload: null }>();
      return after;
    });
  });

  test("a field typed null is read as null (not never), in JSONPath and in JSONata", () => {
    const Pinged = z.object({ orderId: z.string(), reply: z.null() });
    machine("null-field", { input: Pinged }, (flow) => {
      const after = flow.next((s) => s.pass("Copy").parameters(($) => ({ reply: $.reply })));
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ reply: null }>();
      return after;
    });
    machine("null-field-jsonata", { input: Pinged, queryLanguage: "JSONata" }, (flow) => {
      const after = flow.next((s) => s.pass("Copy").output(({ input }) => ({ reply: input.reply })));
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ reply: null }>();
      return after;
    });
  });

  test("the legacy function-ARN form: the result is the JSON itself", () => {
    machine("total", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s.task("Total", ($) =>
          lambda.function<typeof total>("arn:aws:lambda:us-east-1:123456789012:function:total", {
            orderId: $.order.id,
          }),
        ),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<number>();
      return after;
    });
  });

  test("a Date field is not an object: its methods are not fields of the result", () => {
    machine("audit-date", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Audit", ($) =>
            lambda.invoke<typeof audit>({ FunctionName: "audit", Payload: { orderId: $.order.id } }),
          )
          // @ts-expect-error `at` arrives as a string: no getTime field
          .resultSelector(($) => ({ time: $.Payload.at.getTime })),
      ),
    );
  });
});
