import { type Expr, type Integration, integrationResource, type JsonataRef } from "@statesmith/dsl";
import { expr } from "../jsonata/expr.js";
import type { BreakerTask, Kit } from "./kit.js";

/** A placed operation: its Task, and how to pick the response from its result. */
export interface Operation {
  readonly task: BreakerTask;
  readonly select: (result: JsonataRef<unknown>) => Expr<unknown>;
}

type Call = (helpers: never) => Integration<unknown, string>;
type Select = ((result: JsonataRef<unknown>) => Expr<unknown>) | undefined;

/**
 * A Task running the protected integration. The breaker places the operation several times (the plain call,
 * the call that refreshes the cache, the half-open probe), each a Task of its own name; `respond` picks the
 * part of the result callers get (lambda:invoke: its Payload).
 */
export function operationTask(
  kit: Kit,
  name: string,
  options: { readonly call: Call; readonly response: Select; readonly timeoutSeconds: number },
): Operation {
  let resource = "";
  const task = kit.s
    .task(kit.name(name), (helpers) => {
      const integration = options.call(helpers as never);
      resource = integrationResource(integration);
      return integration;
    })
    .timeout(options.timeoutSeconds) as unknown as BreakerTask;
  const select: (result: JsonataRef<unknown>) => Expr<unknown> =
    options.response ??
    (resource === "arn:aws:states:::lambda:invoke"
      ? (result) => (result as unknown as { Payload: Expr<unknown> }).Payload
      : (result) => result);
  return { task, select };
}

/** The protected call with the breaker's Retry policy for transient errors (FULL jitter, capped delay). */
export function protectedTask(kit: Kit, name: string): Operation {
  const { protect } = kit.options;
  const built = operationTask(kit, name, {
    call: protect.call as Call,
    response: protect.response as Select,
    timeoutSeconds: protect.timeoutSeconds,
  });
  if (protect.retry === false) return built;
  const { errors, ...retry } = protect.retry;
  return {
    ...built,
    task: built.task.retry({ errorEquals: errors as never, ...retry, jitterStrategy: "FULL" }),
  };
}

/** `$response` as an Expr. */
export const RESPONSE = () => expr<unknown>("$response");
