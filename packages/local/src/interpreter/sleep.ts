import type { Clock } from "../clock/clock.js";
import { type Cancellation, Cancelled } from "./cancellation.js";

/** Waits `ms` of clock time, or rejects with Cancelled as soon as the scope is cancelled. */
export function sleep(clock: Clock, ms: number, cancellation: Cancellation): Promise<void> {
  if (cancellation.reason) return Promise.reject(new Cancelled(cancellation.reason));
  return new Promise((resolve, reject) => {
    const timer = clock.setTimer(ms, () => {
      detach();
      resolve();
    });
    const detach = cancellation.onCancel((reason) => {
      timer.cancel();
      reject(new Cancelled(reason));
    });
  });
}

/**
 * Lets other executions run after a long stretch of synchronous states. The open activity tells a virtual
 * clock that this execution is still runnable, so it does not jump meanwhile.
 */
export function yieldTurn(clock: Clock): Promise<void> {
  const end = clock.beginActivity();
  return new Promise((resolve) =>
    setImmediate(() => {
      end();
      resolve();
    }),
  );
}
