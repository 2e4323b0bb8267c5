import { describe, expect, it } from "vitest";
import { createVirtualClock } from "../../src/index.js";

const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe("the virtual clock", () => {
  it("advance() fires the timers that fall due, in time order, at their own time", () => {
    const clock = createVirtualClock({ startTime: 1_000, autoAdvance: false });
    const fired: [string, number][] = [];
    clock.setTimer(300, () => fired.push(["b", clock.now()]));
    clock.setTimer(100, () => fired.push(["a", clock.now()]));
    clock.setTimer(900, () => fired.push(["late", clock.now()]));
    clock.advance(500);
    expect(fired).toStrictEqual([
      ["a", 1_100],
      ["b", 1_300],
    ]);
    expect(clock.now()).toBe(1_500);
    expect(clock.pendingTimers()).toBe(1);
  });

  it("a cancelled timer never fires", () => {
    const clock = createVirtualClock({ startTime: 0, autoAdvance: false });
    let fired = false;
    clock.setTimer(10, () => (fired = true)).cancel();
    clock.advance(100);
    expect(fired).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("jumps to the earliest timer only when no activity is open", async () => {
    const clock = createVirtualClock({ startTime: 0 });
    let fired = false;
    const end = clock.beginActivity();
    clock.setTimer(60_000, () => (fired = true));
    await turns(5);
    expect(fired).toBe(false);
    expect(clock.now()).toBe(0);
    end();
    await turns(2);
    expect(fired).toBe(true);
    expect(clock.now()).toBe(60_000);
  });

  it("holdAt(t) lets auto-advance fire timers up to t, and no later, until lifted or set past", async () => {
    const clock = createVirtualClock({ startTime: 0 });
    const fired: number[] = [];
    clock.holdAt(59_999);
    clock.setTimer(1_000, () => fired.push(clock.now()));
    clock.setTimer(60_000, () => fired.push(clock.now()));
    await turns(5);
    expect(fired).toStrictEqual([1_000]);
    expect(clock.now()).toBe(1_000);
    clock.set(59_999);
    expect(fired).toStrictEqual([1_000]);
    clock.holdAt(undefined);
    await turns(2);
    expect(fired).toStrictEqual([1_000, 60_000]);
  });

  it("moves forward only", () => {
    const clock = createVirtualClock({ startTime: 10 });
    expect(() => clock.set(5)).toThrow(/forward only/);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
