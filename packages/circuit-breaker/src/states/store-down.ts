import { expr } from "../jsonata/expr.js";
import { jump, type Kit } from "./kit.js";

/**
 * DynamoDB failed: the circuit's state is unknown. Commands fail loudly (an operator must know); calls go on
 * unprotected ("fail-open") or get the fallback ("fail-closed"), so a caller is never left with a failed
 * execution because the breaker's own store is down.
 */
export function storeDown(
  kit: Kit,
  targets: { readonly call: unknown; readonly fallback: unknown },
): unknown {
  const failOpen = kit.options.whenStoreUnavailable === "fail-open";
  return kit.s
    .choice(kit.name("Circuit store unavailable"))
    .when(
      () => expr<boolean>("$exists($states.input.command)"),
      kit.s.fail(kit.name("Command failed"), {
        error: "CircuitBreaker.StoreUnavailable",
        cause: () => expr<string>("$string($failure)"),
      }) as never,
    )
    .otherwise(jump(failOpen ? targets.call : targets.fallback) as never);
}
