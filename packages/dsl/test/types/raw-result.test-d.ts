import { describe, expectTypeOf, test } from "vitest";
import type { ResultWriterOutput } from "../../src/builder/map-types.js";
import {
  type FlowData,
  type FlowVars,
  type JsonataRef,
  jsonata,
  type LambdaInvokeResult,
  lambda,
  machine,
} from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// In JSONata, Output and Assign both read `$states.result`, the raw result: a Task's result, a Parallel's tuple
// of branch outputs, a Map's array of iteration outputs. So assign() after output() must not see the Output.
// https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html

type Customer = Order["customer"];

describe("$states.result in assign() after output()", () => {
  test("Task: the integration's result", () => {
    machine("task-result", { input: Order, queryLanguage: "JSONata" }, (flow) => {
      const after = flow.next((s) =>
        s
          .task("Charge", lambda.invoke<typeof charge>({ FunctionName: "charge" }))
          .output(({ result }) => ({ chargeId: result.Payload.chargeId }))
          .assign(({ result }) => {
            expectTypeOf(result).toEqualTypeOf<
              JsonataRef<LambdaInvokeResult<{ chargeId: string; approved: boolean }>>
            >();
            return { approved: result.Payload.approved };
          }),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ chargeId: string }>();
      expectTypeOf<FlowVars<typeof after>>().toEqualTypeOf<{ approved: boolean }>();
      return after;
    });
  });

  test("Parallel: the tuple of branch outputs", () => {
    machine("parallel-result", { input: Order, queryLanguage: "JSONata" }, (flow) => {
      const after = flow.next((s) =>
        s
          .parallel("Both")
          .branch((f) => f.next((s) => s.pass("Customer").output(({ input }) => input.customer)))
          .branch((f) =>
            f.next((s) => s.pass("Count").output(({ input }) => jsonata<number>`$count(${input.items})`)),
          )
          .output(({ result }) => ({ email: result.at(0).email }))
          .assign(({ result }) => {
            // (expect-type cannot compare a JsonataRef of a tuple with itself: check its entries and the variable.)
            expectTypeOf(result.at(0)).toEqualTypeOf<JsonataRef<Customer>>();
            expectTypeOf(result.at(1)).toEqualTypeOf<JsonataRef<number>>();
            return { both: result };
          }),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ email: string }>();
      expectTypeOf<FlowVars<typeof after>>().toEqualTypeOf<{ both: [Customer, number] }>();
      return after;
    });
  });

  test("Parallel: a field of the Output is not on the result", () => {
    machine("parallel-output-field", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .parallel("Both")
          .branch((f) => f.next((s) => s.pass("Customer").output(({ input }) => input.customer)))
          .output(({ result }) => ({ email: result.at(0).email }))
          // @ts-expect-error Property 'email' does not exist: the result is the tuple [Customer]
          .assign(({ result }) => ({ email: result.email })),
      ),
    );
  });

  test("Map: the array of iteration outputs", () => {
    machine("map-result", { input: Order, queryLanguage: "JSONata" }, (flow) => {
      const after = flow.next((s) =>
        s
          .map("Skus")
          .items(({ input }) => input.items)
          .processor((f) => f.next((s) => s.pass("Sku").output(({ input }) => input.sku)))
          .output(({ result }) => ({ skus: result, count: jsonata<number>`$count(${result})` }))
          .assign(({ result }) => {
            expectTypeOf(result).toEqualTypeOf<JsonataRef<string[]>>();
            return { first: result.at(0) };
          }),
      );
      expectTypeOf<FlowData<typeof after>>().toEqualTypeOf<{ skus: string[]; count: number }>();
      expectTypeOf<FlowVars<typeof after>>().toEqualTypeOf<{ first: string }>();
      return after;
    });
  });

  test("Map: a field of the Output is not on the result", () => {
    machine("map-output-field", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Skus")
          .items(({ input }) => input.items)
          .processor((f) => f.next((s) => s.pass("Sku").output(({ input }) => input.sku)))
          .output(({ result }) => ({ skus: result }))
          // @ts-expect-error Property 'skus' does not exist: the result is the array of skus
          .assign(({ result }) => ({ skus: result.skus })),
      ),
    );
  });

  test("Map with a ResultWriter: where the results were written, in either order", () => {
    const writer = {
      resource: "arn:aws:states:::s3:putObject",
      writerConfig: { outputType: "JSON" },
    } as const;
    machine("map-writer-result", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Skus")
          .items(({ input }) => input.items)
          .resultWriter(writer)
          .processor((f) => f.next((s) => s.pass("Sku").output(({ input }) => input.sku)))
          .output(({ result }) => ({ run: result.MapRunArn }))
          .assign(({ result }) => {
            expectTypeOf(result).toEqualTypeOf<JsonataRef<ResultWriterOutput>>();
            return { key: result.ResultWriterDetails.Key };
          }),
      ),
    );
    machine("map-result-writer", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Skus")
          .items(({ input }) => input.items)
          .processor((f) => f.next((s) => s.pass("Sku").output(({ input }) => input.sku)))
          .resultWriter(writer)
          .output(({ result }) => ({ run: result.MapRunArn }))
          .assign(({ result }) => {
            expectTypeOf(result).toEqualTypeOf<JsonataRef<ResultWriterOutput>>();
            return { key: result.ResultWriterDetails.Key };
          }),
      ),
    );
  });
});
