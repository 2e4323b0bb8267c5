import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { circuitBreakerMachine, type TripPolicy } from "../src/index.js";
import { answer } from "./helpers/scenario.js";

// Tripping compares with >=: the call that reaches the threshold trips, not one earlier or later.
let breaker: LocalBreaker;
afterEach(() => breaker.close());

/** Runs calls that succeed (S) or fail (F) in order; returns the 1-based call after which the circuit was OPEN. */
async function firstOpenAfter(trip: TripPolicy, calls: string): Promise<number | undefined> {
  breaker = await createLocalBreaker({ machine: circuitBreakerMachine({ trip }) });
  for (const [index, outcome] of [...calls].entries()) {
    breaker.dependency.mode = outcome === "F" ? "failing" : "healthy";
    answer(await breaker.call("svc"));
    const item = await breaker.circuitItem("svc");
    if (item?.circuitState === "OPEN") {
      expect(item.trips).toBe(1);
      return index + 1;
    }
  }
  return undefined;
}

describe("threshold boundaries (every comparison is >=)", () => {
  const count = { mode: "failureCount", failures: 3, minimumCalls: 5, windowSeconds: 60 } as const;

  it("GIVEN failureCount 3 of at least 5 calls WHEN the 3rd failure is the 5th call THEN that call trips", async () => {
    expect(await firstOpenAfter(count, "SSFFFSS")).toBe(5);
  });

  it("GIVEN failureCount 3 of at least 5 calls WHEN 3 failures come before 5 calls THEN nothing trips until the 5th call, which does", async () => {
    expect(await firstOpenAfter(count, "FFFSFSS")).toBe(5);
    await breaker.close();
    expect(await firstOpenAfter(count, "FFFSSSS")).toBeUndefined();
  });

  it("GIVEN failureCount 3 WHEN only 2 failures are seen THEN it never trips", async () => {
    expect(await firstOpenAfter(count, "SFSFSSSS")).toBeUndefined();
  });

  it("GIVEN failureRate 50% of at least 4 calls WHEN exactly half fail THEN the 4th call trips (50% >= 50%)", async () => {
    expect(
      await firstOpenAfter({ mode: "failureRate", percent: 50, minimumCalls: 4, windowSeconds: 60 }, "SFSF"),
    ).toBe(4);
  });

  it("GIVEN failureRate 50% WHEN 2 of 5 fail (40%) THEN no trip; the next failure (3 of 6) trips", async () => {
    expect(
      await firstOpenAfter(
        { mode: "failureRate", percent: 50, minimumCalls: 4, windowSeconds: 60 },
        "SSSFFF",
      ),
    ).toBe(6);
  });

  it("GIVEN failureRate 10% WHEN 3 of 30 calls fail THEN it trips (integer comparison, no 30 × 0.1 rounding)", async () => {
    expect(
      await firstOpenAfter(
        { mode: "failureRate", percent: 10, minimumCalls: 30, windowSeconds: 60 },
        `${"S".repeat(27)}FFF`,
      ),
    ).toBe(30);
  });

  it("GIVEN consecutiveFailures 3 WHEN a success breaks the run THEN only the 3rd failure in a row trips", async () => {
    expect(await firstOpenAfter({ mode: "consecutiveFailures", failures: 3 }, "FFSFFFS")).toBe(6);
  });

  it("GIVEN a 60 s window WHEN the failures fall in two windows THEN they do not add up", async () => {
    breaker = await createLocalBreaker({ machine: circuitBreakerMachine({ trip: count }) });
    breaker.dependency.mode = "failing";
    for (let call = 0; call < 4; call++) answer(await breaker.call("svc"));
    breaker.clock.advance(60_000);
    for (let call = 0; call < 4; call++) answer(await breaker.call("svc"));
    expect(await breaker.circuitItem("svc")).toMatchObject({ circuitState: "CLOSED", calls: 4, failures: 4 });
    answer(await breaker.call("svc"));
    expect(await breaker.circuitItem("svc")).toMatchObject({ circuitState: "OPEN", calls: 5, failures: 5 });
  });
});
