import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import {
  awsSdk,
  dynamodb,
  type ErrorOutput,
  type FlowData,
  type FlowVars,
  type GetItemResult,
  jsonata,
  type LambdaInvokeResult,
  lambda,
  type MachineInput,
  type MachineOutput,
  machine,
  numericGreaterThan,
  type PathRef,
  type ResultOf,
} from "../../src/index.js";
import { type charge, type notify, Order, type reserve } from "./fixtures.js";

/*
 * One realistic machine, asserted state by state: the data after each step (the next state's input), the
 * `$` each callback reads, the variables, and the machine's input and output types.
 */

/** The value a JSONPath reference selects. */
type ValueOf<R> = R extends PathRef<infer V> ? V : never;

const Receipt = z.object({ MessageId: z.string() });
type Customer = GetItemResult<{ pk: "S"; tier: "S" }>;
type Payment = { chargeId: string; approved: boolean; status: number };

// The data after each state, as the machine below builds it (intersections, hence `.branded` below).
type AfterLoad = Order & { customer: Order["customer"] & { record: Customer } };
type AfterDefaults = AfterLoad & { defaults: { readonly currency: "EUR"; readonly holdSeconds: 60 } };
type AfterCharge = AfterDefaults & { payment: Payment };
type AfterNotify = AfterCharge & { notifications: [{ MessageId: string }, unknown] };
type AfterReserve = AfterNotify & { reservations: { reserved: boolean }[] };
type Summary = { orderId: string; reservations: { reserved: boolean }[] };
type Done = { orderId: string; chargeId: string; messageId: string };

const orderMachine = machine("order", { input: Order, errors: ["PaymentDeclined"] }, (flow) => {
  expectTypeOf<FlowData<typeof flow>>().toEqualTypeOf<Order>();

  // 1. DynamoDB GetItem, the raw result merged into the customer (ResultPath below an existing field).
  const loaded = flow.next((s) =>
    s
      .task("LoadCustomer", ($) =>
        dynamodb.getItem<{ pk: "S"; tier: "S" }>({
          TableName: "customers",
          Key: { pk: { S: $.customer.id } },
        }),
      )
      .resultPath("$.customer.record"),
  );
  expectTypeOf<FlowData<typeof loaded>>().branded.toEqualTypeOf<AfterLoad>();
  expectTypeOf<FlowData<typeof loaded>["customer"]["record"]["Item"]>().toEqualTypeOf<
    { pk: { readonly S: string }; tier: { readonly S: string } } | undefined
  >();

  // 2. Pass with a constant Result merged at $.defaults.
  const defaulted = loaded.next((s) =>
    s.pass("Defaults").result({ currency: "EUR", holdSeconds: 60 }).resultPath("$.defaults"),
  );
  expectTypeOf<FlowData<typeof defaulted>>().branded.toEqualTypeOf<AfterDefaults>();

  // 3. Lambda: Payload typed by the handler, ResultSelector over the envelope, ResultPath merge, and a Catch
  //    whose error output { Error, Cause } is placed at $.failure of the state's input.
  const charged = defaulted.next((s) =>
    s
      .task("Charge", ($) => {
        expectTypeOf<ValueOf<typeof $>>().branded.toEqualTypeOf<AfterDefaults>();
        return lambda.invoke<typeof charge>({
          FunctionName: "charge",
          Payload: { orderId: $.order.id, amount: $.order.total },
        });
      })
      .resultSelector(($) => {
        expectTypeOf<ValueOf<typeof $>>().toEqualTypeOf<
          LambdaInvokeResult<{ chargeId: string; approved: boolean }>
        >();
        expectTypeOf<ValueOf<typeof $.Payload>>().toEqualTypeOf<{ chargeId: string; approved: boolean }>();
        expectTypeOf<ValueOf<typeof $.StatusCode>>().toEqualTypeOf<number>();
        return { chargeId: $.Payload.chargeId, approved: $.Payload.approved, status: $.StatusCode };
      })
      .resultPath("$.payment")
      .retry({ errorEquals: ["Lambda.TooManyRequestsException"], maxAttempts: 3, jitterStrategy: "FULL" })
      .catch(["PaymentDeclined"], {
        resultPath: "$.failure",
        next: (f) => {
          expectTypeOf<FlowData<typeof f>>().branded.toEqualTypeOf<
            AfterDefaults & { failure: ErrorOutput }
          >();
          return f
            .next((s) =>
              s.pass("Explain").parameters(($) => ({ orderId: $.order.id, reason: $.failure.Cause })),
            )
            .next((s) => s.fail("Declined", { error: "PaymentDeclined" }));
        },
      }),
  );
  // The handler ends in Fail, so only the Task's own output continues.
  expectTypeOf<FlowData<typeof charged>>().branded.toEqualTypeOf<AfterCharge>();

  // 4. Choice on a number field; both branches continue with the Choice's input, so the data is unchanged.
  const routed = charged.next((s) =>
    s
      .choice("Route")
      .when(
        ($) => numericGreaterThan($.order.total, 1000),
        (f) => f.next((s) => s.wait("HoldForReview", { secondsPath: ($) => $.defaults.holdSeconds })),
      )
      .otherwise((f) => f.next((s) => s.pass("FastTrack"))),
  );
  expectTypeOf<FlowData<typeof routed>>().branded.toEqualTypeOf<AfterCharge>();

  // 5. Parallel: its result is a tuple, one entry per branch. An SDK result is unknown unless a schema says.
  const notified = routed.next((s) =>
    s
      .parallel("Notify")
      .branch((f) =>
        f.next((s) =>
          s.task("QueueEmail", ($) =>
            awsSdk.call(
              "sqs",
              "sendMessage",
              { QueueUrl: "emails", MessageBody: $.customer.email },
              { result: Receipt },
            ),
          ),
        ),
      )
      .branch((f) =>
        f.next((s) =>
          s.task("Audit", ($) =>
            awsSdk.call("sqs", "sendMessage", { QueueUrl: "audit", MessageBody: $.order.id }),
          ),
        ),
      )
      .resultPath("$.notifications"),
  );
  expectTypeOf<FlowData<typeof notified>>().branded.toEqualTypeOf<AfterNotify>();

  // 6. Map: items from $.items, each shaped by ItemSelector; the result is an array of the processor's output.
  const reserved = notified.next((s) =>
    s
      .map("Reserve")
      .items(($) => $.items)
      .itemSelector(($, { item }) => ({ sku: item.sku, qty: item.qty, orderId: $.order.id }))
      .processor((f) => {
        expectTypeOf<FlowData<typeof f>>().toEqualTypeOf<{ sku: string; qty: number; orderId: string }>();
        return f.next((s) =>
          s
            .task("ReserveItem", ($) =>
              lambda.invoke<typeof reserve>({ FunctionName: "reserve", Payload: { sku: $.sku, qty: $.qty } }),
            )
            .resultSelector(($) => ({ reserved: $.Payload.reserved }))
            .resultPath("$.result")
            .outputPath("$.result"),
        );
      })
      .resultSelector(($) => {
        expectTypeOf<ValueOf<typeof $>>().toEqualTypeOf<{ reserved: boolean }[]>();
        return $;
      })
      .resultPath("$.reservations"),
  );
  expectTypeOf<FlowData<typeof reserved>>().branded.toEqualTypeOf<AfterReserve>();

  // 7. JSONata from here: Assign declares variables, Output shapes the data.
  const summarized = reserved.queryLanguage("JSONata").next((s) =>
    s
      .pass("Summarize")
      .assign(({ input }) => ({ chargeId: input.payment.chargeId, email: input.customer.email }))
      .output(({ input }) => ({ orderId: input.order.id, reservations: input.reservations })),
  );
  expectTypeOf<FlowData<typeof summarized>>().toEqualTypeOf<Summary>();
  expectTypeOf<FlowVars<typeof summarized>>().toEqualTypeOf<{ chargeId: string; email: string }>();

  // 8. A JSONata Task reads the variables in Arguments and the result envelope in Output.
  const sent = summarized.next((s) =>
    s
      .task("SendReceipt", ({ vars }) =>
        lambda.invoke<typeof notify>({
          FunctionName: "notify",
          Payload: { email: vars.email, text: jsonata<string>`"Charge " & ${vars.chargeId}` },
        }),
      )
      .output(({ input, vars, result }) => ({
        orderId: input.orderId,
        chargeId: vars.chargeId,
        messageId: result.Payload.messageId,
      })),
  );
  expectTypeOf<FlowData<typeof sent>>().toEqualTypeOf<Done>();

  // 9. Succeed passes its input on as the machine's output.
  return sent.next((s) => s.succeed("Done"));
});

describe("a typed order machine", () => {
  test("the machine's input is the schema's type and its output the last state's", () => {
    expectTypeOf<MachineInput<typeof orderMachine>>().toEqualTypeOf<Order>();
    expectTypeOf<MachineOutput<typeof orderMachine>>().toEqualTypeOf<Done>();
  });

  test("an AWS SDK call's result is unknown unless a schema states it", () => {
    expectTypeOf<ResultOf<ReturnType<typeof awsSdk.call>>>().toBeUnknown();
    const typed = awsSdk.call("sqs", "sendMessage", { QueueUrl: "q", MessageBody: "m" }, { result: Receipt });
    expectTypeOf<ResultOf<typeof typed>>().toEqualTypeOf<{ MessageId: string }>();
  });
});
