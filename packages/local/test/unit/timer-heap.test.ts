import { describe, expect, it } from "vitest";
import { createVirtualClock } from "../../src/index.js";

describe("virtual clock timers: cancelling a timer after it fired", () => {
  // invoke-task cancels its TimeoutSeconds timer in `finally`, also when that very timer ended the task.
  it("leaves the pending count alone, so the next timer still fires", () => {
    const clock = createVirtualClock({ startTime: 0, autoAdvance: false });
    const fired: string[] = [];
    const first = clock.setTimer(5, () => fired.push("first"));
    clock.advance(5);
    first.cancel();
    first.cancel();
    expect(clock.pendingTimers()).toBe(0);
    clock.setTimer(10, () => fired.push("second"));
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(10);
    expect(fired).toStrictEqual(["first", "second"]);
  });

  it("auto-advance still jumps to a timer set after a fired one was cancelled", async () => {
    const clock = createVirtualClock({ startTime: 0 });
    const first = clock.setTimer(5, () => {});
    await new Promise((resolve) => setImmediate(resolve));
    first.cancel();
    const second = new Promise<number>((resolve) => clock.setTimer(60_000, () => resolve(clock.now())));
    expect(await second).toBe(60_005);
  });
});
