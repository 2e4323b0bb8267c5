import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import type { TaskTokenRegistry } from "../../interpreter/task-invoker.js";
import type { JsonValue } from "../../util/json.js";

/**
 * `.waitForTaskToken`: the task waits until SendTaskSuccess / SendTaskFailure names its token. Each
 * SendTaskHeartbeat restarts the HeartbeatSeconds timer; if it runs out the task fails with
 * States.HeartbeatTimeout.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token
 */
export function waitForTaskToken(
  entry: StateEntry,
  tokens: TaskTokenRegistry,
  heartbeatSeconds: number | undefined,
): { readonly result: Promise<JsonValue>; readonly forget: () => void } {
  const token = entry.taskToken!;
  const clock = entry.frame.run.services.clock;
  let forget = (): void => {};
  const result = new Promise<JsonValue>((resolve, reject) => {
    let heartbeat: { cancel(): void } | undefined;
    const armHeartbeat = (): void => {
      heartbeat?.cancel();
      if (heartbeatSeconds === undefined) return;
      heartbeat = clock.setTimer(heartbeatSeconds * 1000, () => {
        finish();
        reject(new StatesError(StatesErrors.HeartbeatTimeout, ""));
      });
    };
    const finish = (): void => {
      heartbeat?.cancel();
      unregister();
      detach();
    };
    const unregister = tokens.register(token, {
      succeed(output) {
        finish();
        resolve(output);
      },
      fail(error, cause) {
        finish();
        reject(new StatesError(error ?? "", cause ?? ""));
      },
      heartbeat: armHeartbeat,
    });
    // A cancelled or timed-out task forgets its token: a late SendTaskSuccess is then refused.
    const detach = entry.frame.cancellation.onCancel(finish);
    forget = finish;
    armHeartbeat();
  });
  return { result, forget: () => forget() };
}
