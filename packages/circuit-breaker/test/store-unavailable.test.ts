import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { circuitBreakerMachine } from "../src/index.js";
import { answer } from "./helpers/scenario.js";

// When DynamoDB cannot be reached, the integration fails with DynamoDB.AmazonDynamoDBException; the breaker
// catches it and never lets the caller's execution fail.
// https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
let breaker: LocalBreaker;
afterEach(() => breaker.close());

/** A loopback endpoint nothing listens on: every DynamoDB request is refused at once. */
async function deadEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe("DynamoDB unavailable", () => {
  it("GIVEN fail-closed (the default) WHEN a call comes THEN it gets the default fallback, marked STORE_UNAVAILABLE, and the operation is not called", async () => {
    breaker = await createLocalBreaker({
      machine: circuitBreakerMachine({ fallback: { default: { status: "unknown" } } }),
      dynamodbEndpoint: await deadEndpoint(),
    });
    const result = await breaker.call("svc");
    expect(result.status).toBe("SUCCEEDED");
    expect(answer(result)).toMatchObject({
      degraded: true,
      reason: "STORE_UNAVAILABLE",
      state: "UNKNOWN",
      source: "default",
      response: { status: "unknown" },
    });
    expect(answer(result).error?.Error).toBe("DynamoDB.AmazonDynamoDBException");
    expect(breaker.dependency.calls).toBe(0);
  });

  it("GIVEN fail-open WHEN a call comes THEN the operation is called unprotected and its response returned", async () => {
    breaker = await createLocalBreaker({
      machine: circuitBreakerMachine({ whenStoreUnavailable: "fail-open" }),
      dynamodbEndpoint: await deadEndpoint(),
    });
    const result = answer(await breaker.call("svc", { order: 7 }));
    expect(result).toMatchObject({ degraded: false, state: "UNKNOWN", response: { echo: { order: 7 } } });
    expect(breaker.dependency.calls).toBe(1);
  });

  it("GIVEN fail-open WHEN the operation fails too THEN the caller still gets the default fallback, not a failed execution", async () => {
    breaker = await createLocalBreaker({
      machine: circuitBreakerMachine({ whenStoreUnavailable: "fail-open", fallback: { default: "sorry" } }),
      dynamodbEndpoint: await deadEndpoint(),
    });
    breaker.dependency.mode = "failing";
    const result = await breaker.call("svc");
    expect(result.status).toBe("SUCCEEDED");
    expect(answer(result)).toMatchObject({ degraded: true, reason: "OPERATION_FAILED", response: "sorry" });
  });

  it("GIVEN a command WHEN DynamoDB is down THEN the execution fails loudly with CircuitBreaker.StoreUnavailable", async () => {
    breaker = await createLocalBreaker({ dynamodbEndpoint: await deadEndpoint() });
    const result = await breaker.command("svc", "FORCE_OPEN");
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("CircuitBreaker.StoreUnavailable");
    expect(result.cause).toContain("DynamoDB.AmazonDynamoDBException");
  });
});
