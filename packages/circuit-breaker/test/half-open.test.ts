import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { quickTrip } from "./helpers/machines.js";
import { answer, callAtOnce, trip, until } from "./helpers/scenario.js";

// The half-open gate is one conditional UpdateItem: exactly one writer wins.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
let breaker: LocalBreaker;
afterEach(() => breaker.close());

describe("the half-open gate", () => {
  it("GIVEN a tripped circuit past its cooldown WHEN 50 executions start at once THEN exactly one reaches the operation and 49 get the fallback", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    await breaker.call("pay"); // caches a good response for the fallbacks
    await trip(breaker, "pay");
    // The cooldown timer's Wait ends and moves the circuit to HALF_OPEN.
    await until(async () => (await breaker.circuitItem("pay"))?.circuitState === "HALF_OPEN", "HALF_OPEN");
    const callsBefore = breaker.dependency.calls;
    breaker.clock.holdAt(breaker.clock.now()); // the probe's own timeout must not fire while it is held
    const release = breaker.dependency.hold();
    let settled = 0;
    const pending = callAtOnce(breaker, "pay", 50, () => settled++);
    // Every execution but the probe answers while the probe is still in the operation.
    await until(() => settled === 49, "49 executions answer while the probe is held");
    release();
    const answers = (await pending).map(answer);

    expect(breaker.dependency.calls - callsBefore).toBe(1);
    expect(answers.filter((a) => !a.degraded)).toHaveLength(1);
    const degraded = answers.filter((a) => a.degraded);
    expect(degraded).toHaveLength(49);
    expect(new Set(degraded.map((a) => a.reason))).toStrictEqual(new Set(["PROBE_IN_FLIGHT"]));
    expect(degraded.every((a) => a.source === "cache")).toBe(true);
    expect((await breaker.circuitItem("pay"))?.circuitState).toBe("CLOSED");
  });

  it("GIVEN a probe that never returns WHEN its lease runs out THEN exactly one new probe goes through and the circuit closes", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    const openUntil = await trip(breaker, "pay");
    breaker.clock.holdAt(openUntil);
    breaker.clock.set(openUntil);
    breaker.dependency.mode = "hanging";
    const callsBefore = breaker.dependency.calls;
    const lost = breaker.engine.start(breaker.machine, { circuit: "pay", request: {} });
    await until(() => breaker.dependency.calls > callsBefore, "the probe is in flight");
    const callsAfterFirstProbe = breaker.dependency.calls;
    lost.stop("Lost", "the probe's execution died"); // it will never reopen or close the circuit
    await lost.result;
    const item = await breaker.circuitItem("pay");
    expect(item?.circuitState).toBe("HALF_OPEN");
    const leaseUntil = item?.leaseUntil as number;

    breaker.dependency.mode = "healthy";
    breaker.clock.holdAt(leaseUntil - 1);
    breaker.clock.set(leaseUntil - 1);
    const early = (await callAtOnce(breaker, "pay", 10)).map(answer);
    expect(early.every((a) => a.degraded && a.reason === "PROBE_IN_FLIGHT")).toBe(true);
    expect(breaker.dependency.calls).toBe(callsAfterFirstProbe);

    breaker.clock.set(leaseUntil);
    breaker.clock.holdAt(leaseUntil);
    const release = breaker.dependency.hold();
    let settled = 0;
    const pending = callAtOnce(breaker, "pay", 20, () => settled++);
    await until(() => settled === 19, "19 executions answer while the new probe is held");
    release();
    const late = (await pending).map(answer);
    expect(breaker.dependency.calls - callsAfterFirstProbe).toBe(1);
    expect(late.filter((a) => !a.degraded)).toHaveLength(1);
    expect((await breaker.circuitItem("pay"))?.circuitState).toBe("CLOSED");
  });

  it("GIVEN a probe whose operation hangs WHEN its task times out THEN the circuit reopens for longer instead of staying HALF_OPEN", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    const openUntil = await trip(breaker, "pay");
    breaker.clock.holdAt(undefined);
    breaker.clock.set(openUntil);
    breaker.dependency.mode = "hanging";
    const result = answer(await breaker.call("pay"));
    expect(result).toMatchObject({ degraded: true, reason: "OPERATION_FAILED", state: "OPEN" });
    expect(result.error?.Error).toBe("States.Timeout");
    const item = await breaker.circuitItem("pay");
    expect(item).toMatchObject({ circuitState: "OPEN", reopens: 1 });
    expect(item?.probeId).toBeUndefined();
  });
});
