import type { RealClock, TimerHandle } from "./clock.js";

// setTimeout cannot wait longer than 2^31-1 ms; longer waits are chained.
const MAX_TIMEOUT = 2_147_483_647;

/** Wall-clock time, for `statesmith serve` and for tests that want real waits. */
export function createRealClock(): RealClock {
  return {
    kind: "real",
    now: () => Date.now(),
    setTimer(delayMs: number, callback: () => void): TimerHandle {
      let handle: NodeJS.Timeout | undefined;
      const due = Date.now() + Math.max(0, delayMs);
      const arm = (): void => {
        const remaining = due - Date.now();
        if (remaining <= 0) {
          callback();
          return;
        }
        handle = setTimeout(arm, Math.min(remaining, MAX_TIMEOUT));
      };
      handle = setTimeout(arm, Math.min(Math.max(0, delayMs), MAX_TIMEOUT));
      return { cancel: () => clearTimeout(handle) };
    },
    beginActivity: () => () => {},
  };
}
