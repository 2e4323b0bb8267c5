import { describe, expectTypeOf, test } from "vitest";
import {
  booleanEquals,
  type ErrorOutput,
  type FlowData,
  type FlowOutput,
  lambda,
  type MachineOutput,
  machine,
  states,
} from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// What a machine, a Parallel branch or a Map iteration outputs: the data at its open ends plus what its
// Succeed states output (a Succeed ends its path, but its output is the execution's or branch's output).

const invokeCharge = lambda.invoke<typeof charge>({ FunctionName: "charge" });

describe("outputs through Succeed", () => {
  test("a machine ending in Succeed outputs what the Succeed selects", () => {
    const m = machine("succeed-output", { input: Order }, (flow) =>
      flow.next((s) => s.succeed("Done").outputPath("$.order")),
    );
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<Order["order"]>();
  });

  test("a Succeed in a Choice branch adds its output to the machine's", () => {
    const m = machine("choice-output", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .choice("Express?")
            .when(($) => booleanEquals($.order.express, true), s.succeed("Express").outputPath("$.customer"))
            .otherwise((f) => f.next((s) => s.pass("Standard"))),
        )
        .next((s) => s.pass("Ship").parameters(($) => ({ orderId: $.order.id }))),
    );
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<Order["customer"] | { orderId: string }>();
  });

  test("a Catch handler ending in Succeed adds its output", () => {
    const m = machine("catch-output", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", invokeCharge)
          .resultSelector(($) => ({ chargeId: $.Payload.chargeId }))
          .catch(["States.ALL"], (f) => f.next((s) => s.succeed("Gave up"))),
      ),
    );
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<{ chargeId: string } | ErrorOutput>();
  });

  test("a machine whose every path fails outputs nothing", () => {
    const m = machine("fail-output", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .choice("Valid?")
          .when(
            ($) => booleanEquals($.order.express, true),
            (f) => f.next((s) => s.fail("Express unsupported")),
          )
          .otherwise((f) => f.next((s) => s.fail("Invalid"))),
      ),
    );
    expectTypeOf<MachineOutput<typeof m>>().toBeNever();
  });

  test("a Parallel branch ending in Succeed gives its output to the tuple", () => {
    machine("parallel-output", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s
          .parallel("Both")
          .branch((f) => f.next((s) => s.succeed("Customer").outputPath("$.customer")))
          .branch((f) => f.next((s) => s.pass("Items").parameters(($) => ({ count: $.items })))),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<
        [Order["customer"], { count: { sku: string; qty: number }[] }]
      >();
      return after;
    });
  });

  test("a Map iteration ending in Succeed gives its output to the array", () => {
    machine("map-output", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s
          .map("Each")
          .items(($) => $.items)
          .processor((f) => f.next((s) => s.succeed("Item").outputPath("$.sku"))),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<string[]>();
      return after;
    });
  });

  test("a fragment's Succeed outputs join where it is attached", () => {
    const s = states<Order>();
    const check = s.fragment((f) =>
      f.next((s) =>
        s
          .choice("Known?")
          .when(($) => booleanEquals($.order.express, true), s.succeed("Known").outputPath("$.order"))
          .otherwise((f) => f.next((s) => s.pass("New").parameters(($) => ({ email: $.customer.email })))),
      ),
    );
    const m = machine("fragment-output", { input: Order }, (flow) => flow.next(check));
    expectTypeOf<MachineOutput<typeof m>>().toEqualTypeOf<Order["order"] | { email: string }>();
  });

  test("FlowOutput is what a branch callback's flow outputs", () => {
    machine("flow-output", { input: Order }, (flow) => {
      const ended = flow.next((s) => s.succeed("Done").outputPath("$.items"));
      expectTypeOf<FlowData<typeof ended>>().toBeNever();
      expectTypeOf<FlowOutput<typeof ended>>().toEqualTypeOf<Order["items"]>();
      return ended;
    });
  });

  test("a Choice whose branch callbacks all end ends the flow", () => {
    machine("ended-choice", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .choice("Express?")
            .when(
              ($) => booleanEquals($.order.express, true),
              (f) => f.next((s) => s.succeed("Express")),
            )
            .otherwise((f) => f.next((s) => s.fail("Standard"))),
        )
        // @ts-expect-error both branches ended: Property 'next' does not exist on type 'EndedFlow<…>'
        .next((s) => s.pass("Unreachable")),
    );
  });
});

describe("Pass results", () => {
  // The result is rebuilt from its entries (one type per shape, so later states' types are reused), and it
  // keeps what the literal says: readonly fields, literal types, tuples.
  test("a nested Result keeps its readonly literal types", () => {
    machine("result-literal", { input: Order }, (flow) => {
      const after = flow.next((s) =>
        s.pass("Defaults").result({ currency: "EUR", limits: [1, 2], nested: { on: true } }),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{
        readonly currency: "EUR";
        readonly limits: readonly [1, 2];
        readonly nested: { readonly on: true };
      }>();
      return after;
    });
  });
});
