import { describe, expectTypeOf, test } from "vitest";
import {
  booleanEquals,
  type FlowData,
  lambda,
  type MachineOutput,
  machine,
  states,
} from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// A flow's data type is the next state's input: what ends a path ends the flow's methods, and a state value
// made elsewhere attaches only where the data fits the input it was typed by.

type Payment = { payment: { orderId: string; amount: number } };
const chargePayment = states<Payment>().task("Charge", ($) =>
  lambda.invoke<typeof charge>({
    FunctionName: "charge",
    Payload: { orderId: $.payment.orderId, amount: $.payment.amount },
  }),
);

describe("flow shape", () => {
  test("nothing follows end(), and an ended branch's data is the machine's output", () => {
    const m = machine("ended-branch", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .choice("Express?")
            .when(
              ($) => booleanEquals($.order.express, true),
              (f) => f.next((s) => s.pass("Flag").result({ flagged: true })).end(),
            )
            .otherwise((f) => f.next((s) => s.pass("Standard").result({ standard: true }))),
        )
        .next((s) => s.pass("After").result({ after: true })),
    );
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<
      { readonly flagged: true } | { readonly after: true }
    >();
    machine("after-end", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Last"))
        .end()
        // @ts-expect-error Property 'next' does not exist on type 'EndedFlow<…>'
        .next((s) => s.pass("Too late")),
    );
  });

  test("nothing follows Succeed", () => {
    machine("after-succeed", { input: Order }, (flow) =>
      flow
        .next((s) => s.succeed("Done"))
        // @ts-expect-error Property 'next' does not exist on type 'EndedFlow<…>'
        .next((s) => s.pass("Too late")),
    );
  });

  test("nothing follows Fail", () => {
    machine("after-fail", { input: Order }, (flow) =>
      flow
        .next((s) => s.fail("Failed", { error: "OrderFailed" }))
        // @ts-expect-error Property 'next' does not exist on type 'EndedFlow<…>'
        .next((s) => s.succeed("Done")),
    );
  });

  test("nothing follows a Choice whose branches all end", () => {
    machine("after-choice", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .choice("Express?")
            .when(($) => booleanEquals($.order.express, true), s.succeed("Express"))
            .otherwise(s.fail("Standard")),
        )
        // @ts-expect-error every branch ended: there is no next state
        .next((s) => s.pass("Unreachable")),
    );
  });

  test("nothing follows a goto", () => {
    const retryLater = states<Order>().wait("Retry later", 60);
    machine("after-goto", { input: Order }, (flow) =>
      flow
        .next(retryLater)
        .goto(retryLater)
        // @ts-expect-error goto ends the flow
        .next((s) => s.succeed("Done")),
    );
  });
});

describe("a state is appended as a value or built by a callback", () => {
  // `next` and `task` take either form (two signatures each, so tsc checks a callback against one type).
  test("both forms type the flow alike", () => {
    machine("both-forms", { input: Order }, (flow) => {
      const invokeCharge = lambda.invoke<typeof charge>({ FunctionName: "charge" });
      const byCallback = flow.next((s) => s.task("Charge", () => invokeCharge).resultPath("$.charge"));
      const byValue = flow.next(states<Order>().task("Charge", invokeCharge).resultPath("$.charge"));
      expectTypeOf<FlowData<typeof byValue>>().toEqualTypeOf<FlowData<typeof byCallback>>();
      expectTypeOf<FlowData<typeof byCallback>["charge"]["Payload"]>().toEqualTypeOf<{
        chargeId: string;
        approved: boolean;
      }>();
      return byCallback.next((s) => s.succeed("Done"));
    });
  });

  test("a Choice branch alike", () => {
    machine("choice-forms", { input: Order }, (flow) => {
      const review = states<Order>().pass("Review").resultPath(null);
      const byValue = flow.next((s) =>
        s
          .choice("Big?")
          .when(($) => booleanEquals($.order.express, true), review)
          .otherwise(review),
      );
      const byCallback = flow.next((s) =>
        s
          .choice("Big?")
          .when(
            ($) => booleanEquals($.order.express, true),
            (f) => f.next((s) => s.pass("Review").resultPath(null)),
          )
          .otherwise((f) => f.next((s) => s.pass("Review").resultPath(null))),
      );
      expectTypeOf<FlowData<typeof byValue>>().toEqualTypeOf<FlowData<typeof byCallback>>();
      return byValue.next((s) => s.succeed("Done"));
    });
  });

  test("anything else is refused", () => {
    machine("not-a-state", { input: Order }, (flow) =>
      // @ts-expect-error a callback must return a state: No overload matches this call
      flow.next(() => 42),
    );
    machine("not-an-integration", { input: Order }, (flow) =>
      // @ts-expect-error a Task takes an integration or a callback that returns one
      flow.next((s) => s.task("Charge", () => "charge")),
    );
    machine("not-an-integration-value", { input: Order }, (flow) =>
      // @ts-expect-error a Task takes an integration or a callback that returns one
      flow.next((s) => s.task("Charge", "arn:aws:lambda:eu-west-1:123456789012:function:charge")),
    );
  });
});

describe("reusable state values", () => {
  test("a value typed for other data", () => {
    machine("wrong-input", { input: Order }, (flow) =>
      // @ts-expect-error chargePayment reads $.payment, which an Order does not have
      flow.next(chargePayment),
    );
  });

  test("a value typed for the data after a merge fits only after it", () => {
    machine("merge-first", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .pass("Prepare")
            .parameters(($) => ({ orderId: $.order.id, amount: $.order.total }))
            .resultPath("$.payment"),
        )
        .next(chargePayment),
    );
    machine("merge-missing", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .pass("Prepare")
            .parameters(($) => ({ orderId: $.order.id, total: $.order.total }))
            .resultPath("$.payment"),
        )
        // @ts-expect-error $.payment has `total`, the value reads `amount`
        .next(chargePayment),
    );
  });

  test("a Choice target typed for other data", () => {
    machine("choice-target", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Pay?")
          // @ts-expect-error the Choice passes an Order on; chargePayment expects { payment }
          .otherwise(chargePayment),
      ),
    );
  });

  test("a goto to a state typed for other data", () => {
    machine("goto-target", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Start"))
        // @ts-expect-error the data here is an Order
        .goto(chargePayment),
    );
  });

  test("a Catch handler receives the input with the error placed", () => {
    const explain = states<Order & { failure: { Error: string; Cause: string } }>().pass("Explain");
    machine("catch-handler", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", ($) =>
            lambda.invoke<typeof charge>({
              FunctionName: "charge",
              Payload: { orderId: $.order.id, amount: $.order.total },
            }),
          )
          // @ts-expect-error without resultPath the handler receives { Error, Cause } only
          .catch(["States.ALL"], explain),
      ),
    );
  });
});

describe("Wait and Pass arguments", () => {
  test("Wait seconds are a number", () => {
    machine("wait-string", { input: Order }, (flow) =>
      // @ts-expect-error "10" is a string
      flow.next((s) => s.wait("Pause", { seconds: "10" })),
    );
  });

  test("Wait reads seconds from a number field", () => {
    machine("wait-path", { input: Order }, (flow) =>
      // @ts-expect-error $.order.placedAt is a string: use timestampPath
      flow.next((s) => s.wait("Pause", { secondsPath: ($) => $.order.placedAt })),
    );
  });

  test("Wait reads a timestamp from a string field", () => {
    machine("wait-timestamp-path", { input: Order }, (flow) =>
      // @ts-expect-error $.order.total is a number
      flow.next((s) => s.wait("Until", { timestampPath: ($) => $.order.total })),
    );
  });

  test("Wait takes one of seconds, secondsPath, timestamp, timestampPath", () => {
    machine("wait-both", { input: Order }, (flow) =>
      // @ts-expect-error seconds and timestamp together
      flow.next((s) => s.wait("Pause", { seconds: 10, timestamp: "2026-01-31T12:00:00Z" })),
    );
  });

  test("JSONata Wait has no secondsPath", () => {
    machine("wait-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      // @ts-expect-error in JSONata, seconds takes an expression: { seconds: ({ input }) => … }
      flow.next((s) => s.wait("Pause", { secondsPath: ({ input }) => input.order.total })),
    );
  });

  test("a Pass result is JSON", () => {
    machine("pass-date", { input: Order }, (flow) =>
      // @ts-expect-error a Date is not JSON: use toISOString()
      flow.next((s) => s.pass("Stamp").result({ at: new Date() })),
    );
  });
});
