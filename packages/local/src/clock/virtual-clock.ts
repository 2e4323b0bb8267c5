import type { TimerHandle, VirtualClock } from "./clock.js";
import { type PendingTimer, TimerHeap } from "./timer-heap.js";

export interface VirtualClockOptions {
  /** Start time, epoch ms or Date (default: Date.now()). */
  readonly startTime?: Date | number;
  /**
   * Jump to the earliest timer whenever nothing is runnable and no activity is in flight (default true).
   * With false, only `advance` and `set` move time: tests drive it step by step.
   */
  readonly autoAdvance?: boolean;
}

/**
 * A discrete-event scheduler. Time stands still while anything runs; when every execution is blocked on a
 * timer (and no handler or DynamoDB call is in flight) it jumps to the earliest timer. Concurrent executions
 * therefore all observe one consistent time, and waits cost nothing.
 */
export function createVirtualClock(options: VirtualClockOptions = {}): VirtualClock {
  const start = options.startTime ?? Date.now();
  let current = typeof start === "number" ? start : start.getTime();
  const autoAdvance = options.autoAdvance ?? true;
  const timers = new TimerHeap();
  let sequence = 0;
  let activity = 0;
  let checkScheduled = false;
  let holdAt = Number.POSITIVE_INFINITY;

  const fire = (timer: PendingTimer): void => {
    if (timer.due > current) current = timer.due;
    timer.callback();
  };

  const fireDueUntil = (target: number): void => {
    for (let timer = timers.peek(); timer && timer.due <= target; timer = timers.peek()) fire(timers.pop()!);
    if (target > current) current = target;
  };

  // Runs after the microtask queue has drained: anything still runnable holds an open activity.
  const idleCheck = (): void => {
    checkScheduled = false;
    if (activity > 0) return;
    const next = timers.peek();
    if (!next || next.due > holdAt) return;
    fire(timers.pop()!);
    scheduleCheck();
  };

  const scheduleCheck = (): void => {
    if (!autoAdvance || checkScheduled || activity > 0 || timers.size === 0) return;
    checkScheduled = true;
    setImmediate(idleCheck);
  };

  return {
    kind: "virtual",
    now: () => current,
    setTimer(delayMs: number, callback: () => void): TimerHandle {
      const timer: PendingTimer = {
        due: current + Math.max(0, delayMs),
        sequence: sequence++,
        callback,
        cancelled: false,
      };
      timers.push(timer);
      scheduleCheck();
      return { cancel: () => timers.cancel(timer) };
    },
    beginActivity(): () => void {
      activity++;
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        activity--;
        scheduleCheck();
      };
    },
    advance(ms: number): void {
      if (!(ms >= 0)) throw new RangeError(`clock.advance(ms) needs a duration >= 0, got ${ms}`);
      fireDueUntil(current + ms);
    },
    set(epochMs: number): void {
      if (epochMs < current)
        throw new RangeError(`clock.set() moves time forward only: ${epochMs} is before ${current}`);
      fireDueUntil(epochMs);
    },
    pendingTimers: () => timers.size,
    holdAt(epochMs: number | undefined): void {
      holdAt = epochMs ?? Number.POSITIVE_INFINITY;
      scheduleCheck();
    },
  };
}
