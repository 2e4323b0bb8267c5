import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { circuitBreakerMachine } from "../src/index.js";
import { answer, callAtOnce, statesEntered, trip, until } from "./helpers/scenario.js";

// Counts use DynamoDB's atomic ADD and every transition a condition expression: no lost update, one trip.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html#Expressions.UpdateExpressions.ADD
let breaker: LocalBreaker;
afterEach(() => breaker.close());

/** A long operation timeout, so a held call stays in flight across a whole cooldown. */
const withLongTimeout = () =>
  circuitBreakerMachine({
    trip: { mode: "failureCount", failures: 2, minimumCalls: 2, windowSeconds: 300 },
    protect: { timeoutSeconds: 600 },
    cooldown: { seconds: 5 },
    probe: { timeoutSeconds: 10 },
  });

describe("concurrent failures", () => {
  it("GIVEN 100 calls in flight WHEN all fail at once THEN the count is exactly 100 and exactly one execution trips the circuit", async () => {
    breaker = await createLocalBreaker({
      machine: circuitBreakerMachine({
        trip: { mode: "failureCount", failures: 10, minimumCalls: 10, windowSeconds: 300 },
      }),
    });
    breaker.dependency.mode = "failing";
    breaker.clock.holdAt(breaker.clock.now());
    const release = breaker.dependency.hold();
    const pending = callAtOnce(breaker, "inventory", 100);
    await until(() => breaker.dependency.calls === 100, "all 100 calls reach the operation", 20_000);
    release();
    const results = await pending;

    expect(await breaker.circuitItem("inventory")).toMatchObject({
      circuitState: "OPEN",
      calls: 100,
      failures: 100,
      trips: 1,
    });
    // Only the execution whose conditional write opened the circuit goes on to start the cooldown timer.
    const opened = results.filter((result) => statesEntered(result).includes("Start cooldown timer"));
    expect(opened).toHaveLength(1);
    expect(results.map(answer).every((a) => a.degraded && a.reason === "OPERATION_FAILED")).toBe(true);
  }, 60_000);
});

describe("late results (calls that started before the trip)", () => {
  /** A call held in flight at the dependency while other calls trip the circuit. */
  async function slowCallThenTrip(outcome: "failing" | "healthy") {
    breaker = await createLocalBreaker({ machine: withLongTimeout() });
    breaker.clock.holdAt(breaker.clock.now());
    const release = breaker.dependency.holdNext(outcome);
    const slow = breaker.engine.start(breaker.machine, { circuit: "svc", request: {} });
    await until(() => breaker.dependency.calls === 1, "the slow call is in flight");
    const openUntil = await trip(breaker, "svc");
    return { release, slow, openUntil };
  }

  it("GIVEN a slow call WHEN it fails after the circuit tripped THEN the open period is not extended", async () => {
    const { release, slow, openUntil } = await slowCallThenTrip("failing");
    release();
    expect(answer(await slow.result)).toMatchObject({
      degraded: true,
      reason: "OPERATION_FAILED",
      state: "OPEN",
    });
    expect(await breaker.circuitItem("svc")).toMatchObject({ circuitState: "OPEN", openUntil, trips: 1 });
  });

  it("GIVEN a slow call WHEN it succeeds while the circuit is OPEN THEN it answers but does not close the circuit", async () => {
    const { release, slow, openUntil } = await slowCallThenTrip("healthy");
    release();
    expect(answer(await slow.result).degraded).toBe(false);
    expect(await breaker.circuitItem("svc")).toMatchObject({ circuitState: "OPEN", openUntil });
  });

  it("GIVEN a slow call WHEN it fails after the circuit closed again THEN it counts for nothing in the new closed period", async () => {
    const { release, slow, openUntil } = await slowCallThenTrip("failing");
    breaker.clock.holdAt(openUntil);
    breaker.clock.set(openUntil);
    expect(answer(await breaker.call("svc")).degraded).toBe(false); // the probe closes the circuit
    expect(await breaker.circuitItem("svc")).toMatchObject({ circuitState: "CLOSED", failures: 0, epoch: 1 });
    release();
    expect(answer(await slow.result)).toMatchObject({ degraded: true, reason: "OPERATION_FAILED" });
    expect(await breaker.circuitItem("svc")).toMatchObject({
      circuitState: "CLOSED",
      failures: 0,
      epoch: 1,
      trips: 1,
    });
  });
});
