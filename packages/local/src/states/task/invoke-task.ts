import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import type { ResourceDescription } from "../../interpreter/task-invoker.js";
import { dataLimitExceeded, PAYLOAD_LIMIT_BYTES } from "../../interpreter/to-states-error.js";
import { type JsonValue, utf8Length } from "../../util/json.js";
import { TaskEvents } from "./task-events.js";
import type { TaskTimeouts } from "./task-timeouts.js";
import { waitForTaskToken } from "./wait-for-token.js";

/** A timeout fires as this, so that it can be told apart from the task's own errors. */
class TimedOut extends StatesError {}

/**
 * One attempt at a Task's work: scheduled → started → (submitted → callback) → succeeded | failed | timed out.
 * Mocked responses of the execution's test case replace the integration call. Returns the raw result.
 */
export async function invokeTask(
  entry: StateEntry,
  resource: string,
  description: ResourceDescription,
  payload: JsonValue,
  timeouts: TaskTimeouts,
): Promise<JsonValue> {
  const run = entry.frame.run;
  const { clock, region, tasks } = run.services;
  const events = new TaskEvents(entry.frame, description, region);
  events.scheduled(payload, timeouts);
  events.started();
  const cancellation = entry.frame.cancellation;
  let cancelTimer: (() => void) | undefined;
  let forgetToken: (() => void) | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    if (timeouts.timeoutSeconds === undefined) return;
    const timer = clock.setTimer(timeouts.timeoutSeconds * 1000, () =>
      reject(new TimedOut(StatesErrors.Timeout, "")),
    );
    cancelTimer = () => timer.cancel();
  });
  timeout.catch(() => {});
  try {
    const mocked = run.mocks?.next(entry.stateName);
    let result: JsonValue;
    if (mocked) {
      if (mocked.kind === "throw") throw new StatesError(mocked.error, mocked.cause);
      result = mocked.value;
    } else {
      // The token is registered before the call, so a handler may answer it at once, even synchronously.
      const callback =
        description.pattern === "wait-for-task-token"
          ? waitForTaskToken(entry, run.services.tokens, timeouts.heartbeatSeconds)
          : undefined;
      forgetToken = callback?.forget;
      callback?.result.catch(() => {});
      const call = tasks.invoke({
        resource,
        description,
        stateName: entry.stateName,
        payload,
        executionArn: run.executionArn,
        cancellation,
        ...(entry.taskToken && { taskToken: entry.taskToken }),
        ...(timeouts.timeoutSeconds !== undefined && { timeoutSeconds: timeouts.timeoutSeconds }),
      });
      result = await cancellation.race(Promise.race([call, timeout]));
      if (callback) {
        events.submitted(result);
        result = await cancellation.race(Promise.race([callback.result, timeout]));
      }
    }
    const text = JSON.stringify(result ?? null);
    if (text.length > PAYLOAD_LIMIT_BYTES / 4 && utf8Length(text) > PAYLOAD_LIMIT_BYTES)
      throw dataLimitExceeded(entry.stateName);
    events.succeeded(text);
    return result ?? null;
  } catch (thrown) {
    if (
      thrown instanceof TimedOut ||
      (thrown instanceof StatesError && thrown.error === StatesErrors.HeartbeatTimeout)
    ) {
      events.timedOut(thrown.error, thrown.cause);
    } else if (thrown instanceof StatesError) {
      events.failed(thrown.error, thrown.cause);
    }
    throw thrown;
  } finally {
    cancelTimer?.();
    forgetToken?.();
  }
}
