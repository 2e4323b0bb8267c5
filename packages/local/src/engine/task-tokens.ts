import { TaskTokenError } from "../errors/engine-errors.js";
import type { TaskTokenRegistry, TokenWaiter } from "../interpreter/task-invoker.js";
import type { JsonValue } from "../util/json.js";
import { toJsonValue } from "../util/json-input.js";

/** Tasks waiting for SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat, by token. */
export class TaskTokens implements TaskTokenRegistry {
  private readonly waiting = new Map<string, TokenWaiter>();

  register(token: string, waiter: TokenWaiter): () => void {
    this.waiting.set(token, waiter);
    return () => {
      if (this.waiting.get(token) === waiter) this.waiting.delete(token);
    };
  }

  succeed(token: string, output: JsonValue): void {
    const value = toJsonValue(output, "The SendTaskSuccess output");
    this.take(token, "SendTaskSuccess").succeed(value);
  }

  fail(token: string, error: string | undefined, cause: string | undefined): void {
    this.take(token, "SendTaskFailure").fail(error, cause);
  }

  heartbeat(token: string): void {
    this.find(token, "SendTaskHeartbeat").heartbeat();
  }

  get size(): number {
    return this.waiting.size;
  }

  private take(token: string, action: string): TokenWaiter {
    const waiter = this.find(token, action);
    this.waiting.delete(token);
    return waiter;
  }

  private find(token: string, action: string): TokenWaiter {
    if (typeof token !== "string" || token === "")
      throw new TaskTokenError("InvalidToken", `${action}: the task token must be a non-empty string.`);
    const waiter = this.waiting.get(token);
    if (!waiter) {
      throw new TaskTokenError(
        "TaskDoesNotExist",
        `${action}: no task is waiting for this token (it finished, timed out, or belongs to another engine).`,
      );
    }
    return waiter;
  }
}
