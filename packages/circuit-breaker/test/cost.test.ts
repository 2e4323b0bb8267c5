import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { circuitBreakerMachine } from "../src/index.js";
import { quickTrip } from "./helpers/machines.js";
import { answer, dynamodbRequests, statesEntered, trip } from "./helpers/scenario.js";

// Standard workflows bill per state transition (every state entered, every retry), so the paths taken most
// must be short. https://aws.amazon.com/step-functions/pricing/
let breaker: LocalBreaker;
afterEach(() => breaker.close());

describe("billed transitions per path", () => {
  it("GIVEN a CLOSED circuit with a fresh cache WHEN a call succeeds THEN 3 transitions, one DynamoDB request (the UpdateItem that counts the call and returns the circuit)", async () => {
    breaker = await createLocalBreaker();
    await breaker.call("svc"); // the first call of a window also starts the window and caches the response
    const result = await breaker.call("svc");
    expect(answer(result).degraded).toBe(false);
    expect(statesEntered(result)).toStrictEqual(["Count call", "Route by circuit state", "Call operation"]);
    expect(result.transitions).toBe(3);
    expect(dynamodbRequests(result)).toBe(1);
  });

  it("GIVEN consecutive-failure mode and no failures WHEN a call succeeds THEN 3 transitions, one GetItem and no write", async () => {
    breaker = await createLocalBreaker({
      machine: circuitBreakerMachine({ trip: { mode: "consecutiveFailures", failures: 3 } }),
    });
    await breaker.call("svc");
    const result = await breaker.call("svc");
    expect(statesEntered(result)).toStrictEqual(["Read circuit", "Route by circuit state", "Call operation"]);
    expect(result.transitions).toBe(3);
    const requests = result.history.filter(
      (event) =>
        event.type === "TaskScheduled" && event.taskScheduledEventDetails?.resourceType === "dynamodb",
    );
    expect(requests.map((event) => event.taskScheduledEventDetails?.resource)).toStrictEqual(["getItem"]);
  });

  it("GIVEN an OPEN circuit WHEN a call comes THEN 3 transitions and zero calls to the operation", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    breaker.clock.holdAt(breaker.clock.now());
    await trip(breaker, "svc");
    const calls = breaker.dependency.calls;
    const result = await breaker.call("svc");
    expect(answer(result)).toMatchObject({ degraded: true, reason: "CIRCUIT_OPEN" });
    expect(statesEntered(result)).toStrictEqual(["Count call", "Route by circuit state", "Fallback"]);
    expect(result.transitions).toBe(3);
    expect(breaker.dependency.calls).toBe(calls);
  });

  it("GIVEN a transient error THEN the call is retried with backoff, each retry a billed transition", async () => {
    breaker = await createLocalBreaker();
    await breaker.call("svc");
    breaker.dependency.mode = "throttled";
    const calls = breaker.dependency.calls;
    const result = await breaker.call("svc");
    // 3 retries of the throttled call (Lambda.TooManyRequestsException), then failure recording.
    expect(breaker.dependency.calls - calls).toBe(4);
    expect(answer(result)).toMatchObject({ degraded: true, reason: "OPERATION_FAILED" });
    expect(answer(result).error?.Error).toBe("Lambda.TooManyRequestsException");
    expect(result.transitions).toBe(statesEntered(result).length + 3);
  });
});
