import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { awsSdk, dynamodb, lambda, type MachineOutput, machine } from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// Literal paths are parsed and resolved against the data at that point. A wrong one resolves to a
// "✘ …" string type, so tsc prints the reason: `is not assignable to parameter of type "✘ no field …"`.

const invokeCharge = lambda.invoke<typeof charge>({ FunctionName: "charge" });

describe("literal paths", () => {
  test("InputPath names a field of the input", () => {
    machine("input-path", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error misspelt field: reads "✘ no field 'ordr' at $"
        s.task("Charge", invokeCharge).inputPath("$.ordr"),
      ),
    );
  });

  test("InputPath below a leaf", () => {
    machine("input-path-leaf", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error $.order.id is a string: "✘ no field 'value' at $.order.id"
        s.pass("Pick").inputPath("$.order.id.value"),
      ),
    );
  });

  test("ResultPath is written like a field path", () => {
    machine("result-path", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error no "$.": reads "✘ a path starts with "$", got "charge""
        s.task("Charge", invokeCharge).resultPath("charge"),
      ),
    );
    machine("result-path-dot", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error a trailing dot: reads "✘ empty field name in path"
        s.task("Charge", invokeCharge).resultPath("$.charge."),
      ),
    );
    machine("result-path-index", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error AWS refuses an index in ResultPath: "✘ ResultPath names fields only …"
        s.task("Charge", invokeCharge).resultPath("$.items[0].charge"),
      ),
    );
  });

  // AWS's "Transfer data records" sample loops over "$.List[1:]": a slice keeps the item type.
  test("a slice selects items of the array's own type; what follows reads each item", () => {
    const rest = machine("slice", { input: Order }, (flow) =>
      flow.next((s) =>
        s.pass("Rest").parameters(($) => ({ rest: $("$.items[1:]"), skus: $("$.items[:2].sku") })),
      ),
    );
    expectTypeOf<MachineOutput<typeof rest>>().toEqualTypeOf<{
      rest: { sku: string; qty: number }[];
      skus: string[];
    }>();
    machine("slice-field", { input: Order }, (flow) =>
      // @ts-expect-error an item has no field 'price': "✘ no field 'price' at $.items[*]"
      flow.next((s) => s.pass("Prices").inputPath("$.items[0:3].price")),
    );
  });

  // AWS's ResultSelector example flattens an array of arrays with "$[*][*]" (input-output-inputpath-params).
  test("wildcards after a wildcard select one flat list, as Jayway returns it", () => {
    const Groups = z.object({ groups: z.array(z.array(z.object({ id: z.number() }))) });
    const flat = machine("flatten", { input: Groups }, (flow) =>
      flow.next((s) =>
        s.pass("Flatten").parameters(($) => ({ all: $("$.groups[*][*]"), ids: $("$.groups[*][*].id") })),
      ),
    );
    expectTypeOf<MachineOutput<typeof flat>>().toEqualTypeOf<{ all: { id: number }[]; ids: number[] }>();
  });

  test("OutputPath reads the input with the result placed", () => {
    machine("output-path", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", invokeCharge)
          .resultPath("$.charge")
          // @ts-expect-error the result is the Lambda envelope: "✘ no field 'chargeId' at $.charge"
          .outputPath("$.charge.chargeId"),
      ),
    );
    machine("output-path-selector", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", invokeCharge)
          .resultSelector(($) => ({ id: $.Payload.chargeId }))
          .resultPath("$.charge")
          // @ts-expect-error ResultSelector kept only `id`: "✘ no field 'approved' at $.charge"
          .outputPath("$.charge.approved"),
      ),
    );
  });

  test("a typed path reads fields that exist", () => {
    machine("proxy", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", ($) =>
          lambda.invoke<typeof charge>({
            FunctionName: "charge",
            // @ts-expect-error Property 'idd' does not exist on the type of $.order
            Payload: { orderId: $.order.idd, amount: $.order.total },
          }),
        ),
      ),
    );
    machine("root-call", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error the root also reads literal paths: "✘ no field 'idd' at $.order"
        s.pass("Shape").parameters(($) => ({ id: $("$.order.idd") })),
      ),
    );
  });

  test("after a merge, the next state reads the merged field by its real name", () => {
    machine("merged", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Charge", invokeCharge)
            .resultSelector(($) => ({ chargeId: $.Payload.chargeId }))
            .resultPath("$.payment"),
        )
        // @ts-expect-error the result was placed at $.payment, not $.charge
        .next((s) => s.pass("Receipt").parameters(($) => ({ id: $.charge.chargeId }))),
    );
  });

  test("a Catch's ResultPath places { Error, Cause }", () => {
    machine("catch-output", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).catch(["States.ALL"], {
          resultPath: "$.failure",
          next: (f) =>
            f.next((s) =>
              // @ts-expect-error the error output has Error and Cause only, no Message
              s.pass("Explain").parameters(($) => ({ reason: $.failure.Message })),
            ),
        }),
      ),
    );
  });

  test("a DynamoDB item has the attributes of its shape", () => {
    machine("item", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Load", ($) =>
            dynamodb.getItem<{ pk: "S"; tier: "S" }>({
              TableName: "customers",
              Key: { pk: { S: $.customer.id } },
            }),
          )
          // @ts-expect-error `credit` is not an attribute of the shape
          .resultSelector(($) => ({ credit: $.Item.credit.N })),
      ),
    );
    machine("item-kind", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Load", ($) =>
            dynamodb.getItem<{ pk: "S"; tier: "S" }>({
              TableName: "customers",
              Key: { pk: { S: $.customer.id } },
            }),
          )
          // @ts-expect-error `tier` is a string attribute: { S }, not { N }
          .resultSelector(($) => ({ tier: $.Item.tier.N })),
      ),
    );
  });

  test("an AWS SDK result is unknown until a schema states it", () => {
    machine("sdk", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("List", awsSdk.call("s3", "listObjectsV2", { Bucket: "orders" }))
          // @ts-expect-error the result is `unknown`: pass { result: zodSchema } to read it
          .resultSelector(($) => ({ keys: $.Contents })),
      ),
    );
  });

  test("a Map iterates an array", () => {
    machine("map-items", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          // @ts-expect-error $.order is an object, not an array
          .items(($) => $.order)
          .processor((f) => f.next((s) => s.pass("Item"))),
      ),
    );
    machine("map-item", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .items(($) => $.items)
          .processor((f) =>
            // @ts-expect-error each item is { sku, qty }: "✘ no field 'quantity' at $"
            f.next((s) => s.wait("Pace", { secondsPath: ($) => $("$.quantity") })),
          ),
      ),
    );
  });

  test("a Parallel's result is a tuple, one entry per branch", () => {
    machine("parallel-tuple", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .parallel("Both")
            .branch((f) => f.next((s) => s.pass("A").parameters(($) => ({ chargeId: $.order.id }))))
            .branch((f) => f.next((s) => s.pass("B").parameters(($) => ({ email: $.customer.email }))))
            .resultPath("$.both"),
        )
        // @ts-expect-error read the branch by index: "✘ no field 'chargeId' at $.both" ($.both[0].chargeId)
        .next((s) => s.pass("Read").inputPath("$.both.chargeId")),
    );
  });
});
