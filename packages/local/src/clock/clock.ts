/** A scheduled callback that may be cancelled before it fires. */
export interface TimerHandle {
  cancel(): void;
}

/**
 * The engine's only source of time. Every timestamp in a history, every `$$.State.EnteredTime`, every Wait and
 * retry interval goes through it, so a virtual clock makes a ten-minute cooldown take microseconds.
 */
export interface Clock {
  readonly kind: "virtual" | "real";
  /** Milliseconds since the epoch, in this clock's time. */
  now(): number;
  /** Calls `callback` once `delayMs` of this clock's time has passed. */
  setTimer(delayMs: number, callback: () => void): TimerHandle;
  /**
   * Marks work in flight that the clock cannot see (a handler promise, a DynamoDB call, a runnable execution
   * yielding its turn). A virtual clock never jumps while any is open. Returns the function that closes it.
   */
  beginActivity(): () => void;
}

export interface VirtualClock extends Clock {
  readonly kind: "virtual";
  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void;
  /** Moves time to `epochMs` (forward only), firing due timers. */
  set(epochMs: number): void;
  /** Number of timers not yet fired. */
  pendingTimers(): number;
  /**
   * Auto-advance never fires a timer due after `epochMs` (undefined lifts the limit); `advance` and `set` still
   * do. A test holds time just before a cooldown ends, while retries and short waits keep running on their own.
   */
  holdAt(epochMs: number | undefined): void;
}

export interface RealClock extends Clock {
  readonly kind: "real";
}

export const isVirtualClock = (clock: Clock): clock is VirtualClock => clock.kind === "virtual";
