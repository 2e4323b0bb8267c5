import { describe, test } from "vitest";
import { awsSdk, jsonataStates, lambda, machine, states } from "../../src/index.js";
import { type charge, Order } from "./fixtures.js";

// Retry and Catch list a literal union: the States.* names, the machine's declared errors and those the
// integration raises (Lambda.*, DynamoDB.* …, plus `.throws(…)`).

const invokeCharge = lambda.invoke<typeof charge>({ FunctionName: "charge" });

describe("Retry and Catch error names", () => {
  test("a misspelt declared error", () => {
    machine("retry-name", { input: Order, errors: ["PaymentDeclined"] }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error "PaymentDeclinde" is neither declared nor a States.* name
        s.task("Charge", invokeCharge).retry({ errorEquals: ["PaymentDeclinde"], maxAttempts: 2 }),
      ),
    );
  });

  test("an error the machine does not declare", () => {
    machine("catch-name", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error declare it: machine(…, { errors: ["PaymentDeclined"] }) or .throws("PaymentDeclined")
        s.task("Charge", invokeCharge).catch(["PaymentDeclined"], s.fail("Declined")),
      ),
    );
  });

  // An HTTP Task fails with States.Http.StatusCode.<code>.
  // https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
  test("HTTP status-code errors are States.* names; other States.Http.* names are not", () => {
    machine("http-status", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).retry({
          errorEquals: ["States.Http.StatusCode.429", "States.Http.StatusCode.503"],
          maxAttempts: 2,
        }),
      ),
    );
    machine("http-status-typo", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error the status code is a number: States.Http.StatusCode.429
        s.task("Charge", invokeCharge).retry({ errorEquals: ["States.Http.StatusCode.Throttled"] }),
      ),
    );
  });

  test("a States.* name in the wrong case", () => {
    machine("states-all", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error it is spelled "States.ALL"
        s.task("Charge", invokeCharge).catch(["States.All"], s.fail("Failed")),
      ),
    );
  });

  test("another service's errors", () => {
    machine("service-errors", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("List", awsSdk.call("s3", "listBuckets"))
          // @ts-expect-error an S3 call raises no Lambda errors (declare S3 ones with .throws(…))
          .retry({ errorEquals: ["Lambda.TooManyRequestsException"] }),
      ),
    );
  });

  test("a reusable state declares its errors too", () => {
    const charging = states<Order>().task("Charge", ($) =>
      lambda.invoke<typeof charge>({
        FunctionName: "charge",
        Payload: { orderId: $.order.id, amount: $.order.total },
      }),
    );
    // @ts-expect-error states<Order, Empty, "PaymentDeclined">() would declare it
    charging.catch(["PaymentDeclined"], states<Order>().fail("Declined"));
  });

  test("an empty ErrorEquals", () => {
    machine("retry-empty", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error ErrorEquals needs at least one name
        s.task("Charge", invokeCharge).retry({ errorEquals: [], maxAttempts: 2 }),
      ),
    );
    machine("catch-empty", { input: Order }, (flow) =>
      flow.next((s) =>
        // @ts-expect-error ErrorEquals needs at least one name
        s.task("Charge", invokeCharge).catch([], s.fail("Failed")),
      ),
    );
  });

  test("JitterStrategy is FULL or NONE", () => {
    machine("jitter", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).retry({
          errorEquals: ["Lambda.TooManyRequestsException"],
          // @ts-expect-error there is no "HALF" jitter
          jitterStrategy: "HALF",
        }),
      ),
    );
  });

  test("a retrier field in the wrong case", () => {
    machine("retrier-field", { input: Order }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).retry({
          errorEquals: ["States.TaskFailed"],
          // @ts-expect-error the DSL spells it maxAttempts
          MaxAttempts: 3,
        }),
      ),
    );
  });

  test("a JSONata Catch shapes its output with output(), not resultPath", () => {
    machine("jsonata-catch", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s.task("Charge", invokeCharge).catch(["States.ALL"], {
          // @ts-expect-error resultPath is JSONPath only
          resultPath: "$.error",
          next: s.fail("Failed"),
        }),
      ),
    );
  });

  test("Pass has no Retry", () => {
    const s = jsonataStates<Order>();
    // @ts-expect-error only Task, Parallel and Map retry
    s.pass("Shape").retry({ errorEquals: ["States.ALL"] });
  });
});
