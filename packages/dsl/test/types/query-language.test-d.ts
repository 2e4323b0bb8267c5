import { describe, test } from "vitest";
import { jsonata, lambda, machine } from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// Each state exposes only the fields of its query language, and each callback only the references that
// exist where it runs: `$states.result` in Output/Assign of Task, Parallel and Map, variables once assigned.

const invokeCharge = lambda.invoke<typeof charge>({ FunctionName: "charge" });

describe("fields of the other query language", () => {
  test("resultPath on a JSONata Task", () => {
    machine("jsonata-result-path", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      // @ts-expect-error Property 'resultPath' does not exist on type 'JsonataTask<…>': use output(…)
      flow.next((s) => s.task("Charge", invokeCharge).resultPath("$.charge")),
    );
  });

  test("inputPath on a JSONata Pass", () => {
    machine("jsonata-input-path", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      // @ts-expect-error Property 'inputPath' does not exist on type 'JsonataPass<…>'
      flow.next((s) => s.pass("Order only").inputPath("$.order")),
    );
  });

  test("resultSelector after switching the flow to JSONata", () => {
    machine("switched", { input: Order }, (flow) =>
      flow
        .queryLanguage("JSONata")
        // @ts-expect-error Property 'resultSelector' does not exist on type 'JsonataTask<…>'
        .next((s) => s.task("Charge", invokeCharge).resultSelector(($) => $.Payload)),
    );
  });

  test("output on a JSONPath Task", () => {
    machine("jsonpath-output", { input: Order }, (flow) =>
      // @ts-expect-error Property 'output' does not exist on type 'JsonPathTask<…>': use resultSelector/resultPath
      flow.next((s) => s.task("Charge", invokeCharge).output(({ result }) => result.Payload)),
    );
  });

  test("arguments on a JSONPath Parallel", () => {
    machine("jsonpath-arguments", { input: Order }, (flow) =>
      // @ts-expect-error Property 'arguments' does not exist on type 'JsonPathParallel<…>': use parameters
      flow.next((s) => s.parallel("Both").arguments(({ input }) => input.order)),
    );
  });
});

describe("$states.result", () => {
  test("not in a Task's Arguments: the task has not run yet", () => {
    machine("result-in-arguments", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error Property 'result' does not exist on type 'JsonataHelpers<…>'
        s.task("Charge", ({ result }) => lambda.invoke({ FunctionName: "charge", Payload: result })),
      ),
    );
  });

  test("not in a Pass, which has no result", () => {
    machine("result-in-pass", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      // @ts-expect-error Property 'result' does not exist on type 'JsonataHelpers<…>': a Pass reads input
      flow.next((s) => s.pass("Shape").output(({ result }) => result)),
    );
  });

  test("not in a Choice condition", () => {
    machine("result-in-choice", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .choice("Approved?")
          // @ts-expect-error Property 'result' does not exist: a Choice reads its input
          .when(({ result }) => jsonata.eq(result.Payload.approved, true), s.succeed("Approved")),
      ),
    );
  });

  test("not in a Catch's Output, which reads $states.errorOutput", () => {
    machine("result-in-catch", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).catch(["States.ALL"], {
          // @ts-expect-error Property 'result' does not exist on type 'JsonataErrorHelpers<…>'
          output: ({ result }) => ({ failed: result }),
          next: (f) => f.next((s) => s.fail("Failed")),
        }),
      ),
    );
  });
});

describe("variables", () => {
  test("a JSONPath variable never assigned", () => {
    machine("jsonpath-var", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ orderId: $.order.id })))
        // @ts-expect-error Property 'customerId' does not exist: only `orderId` was assigned
        .next((s) => s.pass("Use").parameters((_, { vars }) => ({ customer: vars.customerId }))),
    );
  });

  test("a JSONata variable never assigned", () => {
    machine("jsonata-var", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(({ input }) => ({ orderId: input.order.id })))
        // @ts-expect-error Property 'orderid' does not exist (variables are case-sensitive)
        .next((s) => s.pass("Use").output(({ vars }) => ({ id: vars.orderid }))),
    );
  });

  test("a variable read in the state that assigns it", () => {
    machine("same-state", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .pass("Remember")
          .assign(({ input }) => ({ orderId: input.order.id }))
          // @ts-expect-error Assign takes effect after the state: Output still sees the old variables
          .output(({ vars }) => vars.orderId),
      ),
    );
  });

  test("a variable of the wrong type", () => {
    machine("var-type", { input: Order }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ total: $.order.total })))
        // @ts-expect-error $total is a number: Wait reads the timestamp from a string
        .next((s) => s.wait("Until", { timestampPath: (_, { vars }) => vars.total })),
    );
  });
});
