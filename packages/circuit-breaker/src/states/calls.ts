import { expr } from "../jsonata/expr.js";
import { expiresAfter, NOW } from "../jsonata/time.js";
import { countsCalls } from "../options/resolve-options.js";
import { CIRCUIT_RETENTION_SECONDS } from "./enter.js";
import { REASONS } from "./fallback.js";
import { type AnyFlow, jump, type Kit, keepInput } from "./kit.js";
import { operationTask, protectedTask } from "./operation.js";
import { successOutput } from "./respond.js";
import { updateCircuit, value } from "./updates.js";

/** What a failed call's catcher assigns. */
export const failureVariables = () => ({
  reason: REASONS.failed,
  failure: expr<unknown>("$states.errorOutput"),
});

/**
 * When a good call needs a write after it: the cached response is due for a refresh, or (consecutive mode)
 * a failure count must go back to zero. Otherwise a CLOSED call writes nothing beyond entry.
 */
export function needsRecord(kit: Kit): string | undefined {
  const reasons = [
    ...(kit.options.fallback.cache
      ? [`$circuit.fallbackAt + ${kit.options.fallback.refreshSeconds * 1000} <= ${NOW}`]
      : []),
    ...(countsCalls(kit.options.trip) ? [] : ["$circuit.failures > 0"]),
  ];
  return reasons.length === 0 ? undefined : reasons.map((reason) => `(${reason})`).join(" or ");
}

/**
 * Records a success: stamps the cache refresh and, in consecutive mode, resets the failure count — only in
 * the epoch the call started in, so a late success never touches a circuit that tripped since.
 */
export function recordSuccess(kit: Kit, respondState: unknown): unknown {
  const consecutive = !countsCalls(kit.options.trip);
  const sets = [
    "circuitState = if_not_exists(circuitState, :closed)",
    "epoch = if_not_exists(epoch, :zero)",
    "expiresAt = :expires",
    ...(kit.options.fallback.cache ? ["fallbackAt = :now"] : []),
    ...(consecutive ? ["failures = :zero"] : []),
  ];
  return kit.s
    .task(
      kit.name("Record success"),
      updateCircuit(kit, {
        expression: `SET ${sets.join(", ")}`,
        condition: "attribute_not_exists(epoch) OR (epoch = :epoch AND circuitState = :closed)",
        values: {
          ":closed": value.s("CLOSED"),
          ":zero": value.n(0),
          ":epoch": value.computed("$circuit.epoch"),
          ":expires": value.computed(expiresAfter(CIRCUIT_RETENTION_SECONDS)),
          ...(kit.options.fallback.cache && { ":now": value.computed(NOW) }),
        },
      }),
    )
    .output(keepInput)
    .catch(["States.ALL"], { output: keepInput, next: jump(respondState) } as never);
}

/** The hot path: call, answer. With a current cache and no count to reset, no write at all. */
export function plainCall(kit: Kit, failure: unknown): unknown {
  const { task, select } = protectedTask(kit, "Call operation");
  return task
    .output(({ result }) => successOutput(kit, select(result as never)))
    .catch(["States.ALL"], { output: keepInput, assign: failureVariables, next: failure } as never);
}

/** The call whose success is recorded (refresh the cache, reset a count). */
export function recordedCall(kit: Kit, failure: unknown): unknown {
  const { task, select } = protectedTask(kit, "Call operation and record");
  return task
    .output(keepInput)
    .assign(({ result }) => ({ response: select(result as never) }))
    .catch(["States.ALL"], { output: keepInput, assign: failureVariables, next: jump(failure) } as never);
}

/**
 * The Parallel option: the operation and the fallback's preparation run side by side. Each branch catches
 * its own errors, so the Parallel never fails: a failing fallback branch cannot discard a good response, and
 * a failing operation still finds the prepared fallback in `$prepared`.
 */
export function parallelCall(
  kit: Kit,
  targets: { readonly failure: unknown; readonly recordChain: unknown; readonly respond: unknown },
  needsRecordCondition: string | undefined,
): unknown {
  const { s, options } = kit;
  const prepare = options.fallback.prepare!;
  const primary = protectedTask(kit, "Call operation");
  const fallbackTask = operationTask(kit, "Prepare fallback", {
    call: prepare.call as never,
    response: prepare.response as never,
    timeoutSeconds: prepare.timeoutSeconds ?? options.protect.timeoutSeconds,
  });
  const parallel = s
    .parallel(kit.name("Call with fallback ready"))
    .branch((flow) =>
      flow.next(
        primary.task
          .output(({ result }) => ({ ok: true, response: primary.select(result as never) }))
          .catch(["States.ALL"], {
            next: s
              .pass(kit.name("Operation failed"))
              .output(() => expr<unknown>(`{"ok": false, "error": $states.input}`)),
          } as never) as never,
      ),
    )
    .branch((flow) =>
      flow.next(
        fallbackTask.task
          .output(({ result }) => ({ ok: true, response: fallbackTask.select(result as never) }))
          .catch(["States.ALL"], {
            next: s.pass(kit.name("Fallback not ready")).output(() => ({ ok: false })),
          } as never) as never,
      ),
    )
    .output(keepInput)
    .assign(() => ({
      primary: expr<unknown>("$states.result[0]"),
      prepared: expr<unknown>("$states.result[1]"),
      // null when the call failed: an expression that returns nothing fails the state (QueryEvaluationError).
      response: expr<unknown>("$states.result[0].ok = true ? $states.result[0].response : null"),
      reason: expr<unknown>(`$states.result[0].ok = true ? null : "${REASONS.failed}"`),
      failure: expr<unknown>("$states.result[0].ok = true ? null : $states.result[0].error"),
    }));
  let outcome = s.choice(kit.name("Call succeeded?"));
  if (needsRecordCondition !== undefined) {
    outcome = outcome.when(
      () => expr<boolean>(`$primary.ok = true and (${needsRecordCondition})`),
      targets.recordChain as never,
    ) as typeof outcome;
  }
  const decided = outcome
    .when(() => expr<boolean>("$primary.ok = true"), targets.respond as never)
    .otherwise(targets.failure as never);
  return s.fragment((flow) => (flow as unknown as AnyFlow).next(parallel).next(decided) as never);
}
