import { describe, expectTypeOf, test } from "vitest";
import { type FlowVars, machine } from "../../src/index.js";
import type { Empty } from "../../src/typing/empty.js";
import { Order } from "./fixtures.js";

// Variable scope (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html):
// a Parallel branch or Map iteration sees the outer variables, but what it assigns stays inside; a
// distributed Map's child executions see none of the outer variables.

describe("Parallel branches", () => {
  test("variables assigned in a branch are not visible after the Parallel", () => {
    machine("parallel-scope", { input: Order }, (flow) => {
      const before = flow.next((s) => s.pass("Remember").assign(($) => ({ orderId: $.order.id })));
      const after = before.next((s) =>
        s
          .parallel("Both")
          .branch((f) => {
            // The outer variables are readable inside the branch.
            expectTypeOf<FlowVars<typeof f>>().toEqualTypeOf<{ orderId: string }>();
            return f.next((s) => s.pass("Inner").assign(($) => ({ innerTotal: $.order.total })));
          })
          .branch((f) => f.next((s) => s.pass("Other"))),
      );
      expectTypeOf<FlowVars<typeof before>>().toEqualTypeOf<{ orderId: string }>();
      expectTypeOf<FlowVars<typeof after>>().toEqualTypeOf<{ orderId: string }>();
      return after.next((s) =>
        s.pass("Use").parameters((_, { vars }) => ({
          id: vars.orderId,
          // @ts-expect-error $innerTotal was assigned inside a branch: Property 'innerTotal' does not exist
          total: vars.innerTotal,
        })),
      );
    });
  });

  test("JSONata: the same rule", () => {
    machine("parallel-scope-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) =>
          s
            .parallel("Both")
            .branch((f) =>
              f.next((s) => s.pass("Inner").assign(({ input }) => ({ email: input.customer.email }))),
            )
            .branch((f) => f.next((s) => s.pass("Other"))),
        )
        // @ts-expect-error $email was assigned inside a branch
        .next((s) => s.pass("Use").output(({ vars }) => vars.email)),
    );
  });
});

describe("Map iterations", () => {
  test("an inline Map's iterations read the outer variables", () => {
    machine("inline-map", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ orderId: $.order.id })))
        .next((s) =>
          s
            .map("Each")
            .items(($) => $.items)
            .processor((f) => {
              expectTypeOf<FlowVars<typeof f>>().toEqualTypeOf<{ orderId: string }>();
              return f.next((s) =>
                s.pass("Item").parameters(($, { vars }) => ({ sku: $.sku, order: vars.orderId })),
              );
            }),
        ),
    );
  });

  test("a distributed Map's iterations do not", () => {
    machine("distributed-map", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ orderId: $.order.id })))
        .next((s) =>
          s
            .map("Each")
            .items(($) => $.items)
            .distributed({ executionType: "EXPRESS" })
            .processor((f) => {
              expectTypeOf<FlowVars<typeof f>>().toEqualTypeOf<Empty>();
              return f.next((s) =>
                // @ts-expect-error a child execution cannot read $orderId: pass it in with itemSelector
                s.pass("Item").parameters(($, { vars }) => ({ sku: $.sku, order: vars.orderId })),
              );
            }),
        ),
    );
  });

  test("an S3 ItemReader makes the Map distributed", () => {
    machine("reader-map", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(({ input }) => ({ orderId: input.order.id })))
        .next((s) =>
          s
            .map("Each")
            .itemReader({ resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSONL" } })
            .processor((f) =>
              // @ts-expect-error a child execution cannot read $orderId
              f.next((s) => s.pass("Item").output(({ vars }) => vars.orderId)),
            ),
        ),
    );
  });

  test("variables assigned in an iteration stay inside", () => {
    machine("map-scope", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .map("Each")
            .items(($) => $.items)
            .processor((f) => f.next((s) => s.pass("Item").assign(($) => ({ lastSku: $.sku })))),
        )
        // @ts-expect-error $lastSku was assigned inside an iteration
        .next((s) => s.pass("Use").parameters((_, { vars }) => ({ sku: vars.lastSku }))),
    );
  });

  test("a Catch handler sees what its catcher assigns, and the state's variables", () => {
    machine("catch-scope", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .items(({ input }) => input.items)
          .processor((f) => f.next((s) => s.pass("Item")))
          .catch(["States.ALL"], {
            assign: ({ errorOutput }) => ({ failure: errorOutput.Cause }),
            next: (f) => {
              expectTypeOf<FlowVars<typeof f>>().toEqualTypeOf<{ failure: string }>();
              return f.next((s) => s.fail("Failed"));
            },
          }),
      ),
    );
  });
});
