import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { quickTrip } from "./helpers/machines.js";
import { answer, statesEntered, trip, until } from "./helpers/scenario.js";

// Wait states and Task timeouts run on the engine's virtual clock: a 30 s cooldown takes no real time.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html
let breaker: LocalBreaker;
afterEach(() => breaker.close());

const COOLDOWN_MS = 30_000;

describe("the cooldown, on the virtual clock", () => {
  it("GIVEN a tripped circuit WHEN called 1 ms before the cooldown ends THEN it is rejected with zero operation calls; at the cooldown one probe goes; a failed probe reopens for twice as long; success closes and resets", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    const trippedAt = breaker.clock.now();
    breaker.clock.holdAt(trippedAt); // until the test moves it, time stands where the circuit tripped
    const openUntil = await trip(breaker, "svc");
    expect(openUntil).toBe(trippedAt + COOLDOWN_MS);

    breaker.clock.holdAt(openUntil - 1);
    breaker.clock.set(openUntil - 1);
    const calls = breaker.dependency.calls;
    const early = await breaker.call("svc");
    expect(answer(early)).toMatchObject({ degraded: true, reason: "CIRCUIT_OPEN", state: "OPEN" });
    expect(breaker.dependency.calls).toBe(calls);
    expect(early.transitions).toBe(3);

    // At the cooldown: one probe. It fails: OPEN again, for 2 × 30 s.
    breaker.clock.holdAt(openUntil);
    breaker.clock.set(openUntil);
    breaker.dependency.mode = "failing";
    const failedProbe = await breaker.call("svc");
    expect(statesEntered(failedProbe)).toContain("Probe operation");
    expect(breaker.dependency.calls).toBe(calls + 1);
    const reopened = await breaker.circuitItem("svc");
    expect(reopened).toMatchObject({
      circuitState: "OPEN",
      reopens: 1,
      openUntil: openUntil + 2 * COOLDOWN_MS,
    });

    breaker.clock.holdAt(openUntil + 2 * COOLDOWN_MS - 1);
    breaker.clock.set(openUntil + 2 * COOLDOWN_MS - 1);
    expect(answer(await breaker.call("svc")).reason).toBe("CIRCUIT_OPEN");
    expect(breaker.dependency.calls).toBe(calls + 1);

    // The second probe succeeds: CLOSED, counters and cooldown reset.
    breaker.clock.holdAt(openUntil + 2 * COOLDOWN_MS);
    breaker.clock.set(openUntil + 2 * COOLDOWN_MS);
    breaker.dependency.mode = "healthy";
    expect(answer(await breaker.call("svc"))).toMatchObject({ degraded: false });
    const closed = await breaker.circuitItem("svc");
    expect(closed).toMatchObject({ circuitState: "CLOSED", reopens: 0, failures: 0, calls: 0 });
    expect(closed?.openUntil).toBeUndefined();

    // Tripping again starts from the base cooldown.
    const tripAgainAt = breaker.clock.now();
    breaker.clock.holdAt(undefined);
    expect(await trip(breaker, "svc")).toBe(tripAgainAt + COOLDOWN_MS);
  });

  it("GIVEN repeated failed probes THEN the open period doubles each time up to the cap, then stays there", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip({ cooldown: { seconds: 10, maxSeconds: 35 } }) });
    breaker.clock.holdAt(breaker.clock.now());
    let openUntil = await trip(breaker, "svc");
    breaker.dependency.mode = "failing";
    const periods: number[] = [];
    for (let probe = 0; probe < 4; probe++) {
      breaker.clock.holdAt(openUntil);
      breaker.clock.set(openUntil);
      await breaker.call("svc");
      const item = await breaker.circuitItem("svc");
      periods.push(((item?.openUntil as number) - openUntil) / 1000);
      openUntil = item?.openUntil as number;
    }
    expect(periods).toStrictEqual([20, 35, 35, 35]);
  });

  it("GIVEN a trip WHEN the cooldown's Wait ends THEN the timer execution moves the circuit to HALF_OPEN", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    breaker.clock.holdAt(breaker.clock.now());
    const openUntil = await trip(breaker, "svc");
    expect((await breaker.circuitItem("svc"))?.circuitState).toBe("OPEN");
    breaker.clock.holdAt(undefined); // the clock jumps to the Wait's end once nothing else runs
    await until(async () => (await breaker.circuitItem("svc"))?.circuitState === "HALF_OPEN", "HALF_OPEN");
    expect(breaker.clock.now()).toBe(openUntil);
  });
});
