import { errorMatches } from "../errors/error-names.js";
import type { Catcher, Retrier } from "../plan/retry-catch-plan.js";
import { retryDelayMs } from "../plan/retry-catch-plan.js";
import type { StepOutcome } from "../plan/state-runner.js";
import { Cancelled } from "./cancellation.js";
import { sleep } from "./sleep.js";
import type { StateEntry } from "./state-entry.js";
import { toStatesError } from "./to-states-error.js";

/**
 * Runs `attempt` until it succeeds, a catcher takes the error, or the error is final. Only the first Retrier
 * whose ErrorEquals matches applies, with its own attempt count; each retry is a billable transition.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
export async function retryAndCatch(
  entry: StateEntry,
  attempt: () => Promise<StepOutcome>,
  retriers: readonly Retrier[],
  catchers: readonly Catcher[],
): Promise<StepOutcome> {
  const attempts = retriers.map(() => 0);
  for (;;) {
    try {
      return await attempt();
    } catch (thrown) {
      if (thrown instanceof Cancelled) throw thrown;
      const error = toStatesError(thrown, entry);
      const index = retriers.findIndex((retrier) => errorMatches(retrier.errorEquals, error.error));
      const retrier = retriers[index];
      if (retrier && attempts[index]! < retrier.maxAttempts) {
        const { clock, waitScale } = entry.frame.run.services;
        const delay = retryDelayMs(retrier, attempts[index]!);
        attempts[index]!++;
        await sleep(clock, clock.kind === "real" ? delay * waitScale : delay, entry.frame.cancellation);
        entry.retryCount++;
        entry.frame.run.transitions++;
        continue;
      }
      const catcher = catchers.find((candidate) => errorMatches(candidate.errorEquals, error.error));
      if (catcher) return await catcher.handle(entry, error);
      throw error;
    }
  }
}
