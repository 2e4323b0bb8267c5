import { afterEach, describe, expect, it } from "vitest";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { quickTrip } from "./helpers/machines.js";
import { answer, trip } from "./helpers/scenario.js";

let breaker: LocalBreaker;
afterEach(() => breaker.close());

describe("manual control and many circuits", () => {
  it("GIVEN FORCE_OPEN WHEN calls come, even long after any cooldown THEN all get the fallback (FORCED_OPEN) and the operation is never called, until FORCE_CLOSE", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    expect((await breaker.command("svc", "FORCE_OPEN")).output).toStrictEqual({
      circuit: "svc",
      command: "FORCE_OPEN",
      state: "OPEN",
    });
    breaker.clock.advance(7 * 24 * 3600 * 1000);
    const forced = answer(await breaker.call("svc"));
    expect(forced).toMatchObject({ degraded: true, reason: "FORCED_OPEN", state: "OPEN" });
    expect(breaker.dependency.calls).toBe(0);

    expect((await breaker.command("svc", "FORCE_CLOSE")).output).toMatchObject({ state: "CLOSED" });
    expect(answer(await breaker.call("svc")).degraded).toBe(false);
    expect(breaker.dependency.calls).toBe(1);
  });

  it("GIVEN a tripped circuit WHEN FORCE_CLOSE THEN it closes at once with counters reset", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    breaker.clock.holdAt(breaker.clock.now());
    await trip(breaker, "svc");
    await breaker.command("svc", "FORCE_CLOSE");
    expect(await breaker.circuitItem("svc")).toMatchObject({
      circuitState: "CLOSED",
      failures: 0,
      calls: 0,
      epoch: 1,
    });
    expect(answer(await breaker.call("svc")).degraded).toBe(false);
  });

  it("GIVEN two circuits in one table WHEN one trips THEN the other still calls the operation", async () => {
    breaker = await createLocalBreaker({ machine: quickTrip() });
    breaker.clock.holdAt(breaker.clock.now());
    await trip(breaker, "payments");
    const calls = breaker.dependency.calls;
    expect(answer(await breaker.call("payments")).reason).toBe("CIRCUIT_OPEN");
    expect(answer(await breaker.call("search")).degraded).toBe(false);
    expect(breaker.dependency.calls).toBe(calls + 1);
  });

  it("GIVEN an unknown command THEN the execution fails with CircuitBreaker.UnknownCommand naming the valid ones", async () => {
    breaker = await createLocalBreaker();
    const result = await breaker.engine.run(breaker.machine, { circuit: "svc", command: "RESET" });
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("CircuitBreaker.UnknownCommand");
    expect(result.cause).toBe(
      "Unknown command RESET. Send FORCE_OPEN or FORCE_CLOSE, or no command to call the operation.",
    );
  });
});
