import { circuitView } from "../jsonata/circuit-view.js";
import { expr } from "../jsonata/expr.js";
import { NOW, openUntil, windowStart } from "../jsonata/time.js";
import { countsCalls } from "../options/resolve-options.js";
import { REASONS } from "./fallback.js";
import { type AnyFlow, jump, type Kit, keepInput } from "./kit.js";
import { operationTask } from "./operation.js";
import { updateCircuit, value } from "./updates.js";

const ASSIGN_CIRCUIT = () => ({ circuit: expr<unknown>(circuitView("$states.result.Attributes")) });
const ME = value.text("$states.context.Execution.Id");

/** When a caller may try to become the probe: the cooldown is over, or the last probe's lease ran out. */
export const PROBE_ELIGIBLE = `($circuit.state = "OPEN" and $circuit.openUntil <= ${NOW}) or ($circuit.state = "HALF_OPEN" and $circuit.leaseUntil <= ${NOW})`;

/**
 * The half-open gate: one conditional write elects the single trial call and gives it a lease. Everyone
 * else fails the condition and gets the fallback. A probe that never returns loses the lease when it ends,
 * so the next caller after it is elected instead: the circuit cannot stay stuck in HALF_OPEN.
 */
function electProbe(kit: Kit, fallback: unknown) {
  return kit.s
    .task(
      kit.name("Elect probe"),
      updateCircuit(kit, {
        expression: "SET circuitState = :half, probeId = :me, leaseUntil = :lease",
        condition:
          "(circuitState = :open AND openUntil <= :now) OR (circuitState = :half AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now))",
        values: {
          ":half": value.s("HALF_OPEN"),
          ":open": value.s("OPEN"),
          ":me": ME,
          ":now": value.computed(NOW),
          ":lease": value.computed(`${NOW} + ${kit.options.probe.leaseSeconds * 1000}`),
        },
      }),
    )
    .output(keepInput)
    .assign(ASSIGN_CIRCUIT)
    .catch(["DynamoDB.ConditionalCheckFailedException"], {
      output: keepInput,
      assign: () => ({ reason: REASONS.probeInFlight }),
      next: jump(fallback),
    } as never)
    .catch(["States.ALL"], {
      output: keepInput,
      assign: () => ({ reason: REASONS.storeUnavailable, failure: expr<unknown>("$states.errorOutput") }),
      next: jump(fallback),
    } as never);
}

/** HALF_OPEN → CLOSED, only by the probe that holds the lease; counters and the cooldown reset. */
function closeCircuit(kit: Kit, success: unknown) {
  const windowed = countsCalls(kit.options.trip);
  // The probe's response is cached right after (the success end), so the refresh clock restarts now.
  const cache = kit.options.fallback.cache;
  return (
    kit.s
      .task(
        kit.name("Close circuit"),
        updateCircuit(kit, {
          expression: `SET circuitState = :closed, failures = :zero, reopens = :zero${windowed ? ", calls = :zero, windowStart = :window" : ""}${cache ? ", fallbackAt = :now" : ""} ADD epoch :one REMOVE probeId, leaseUntil, openUntil, openedAt`,
          condition: "circuitState = :half AND probeId = :me",
          values: {
            ":closed": value.s("CLOSED"),
            ":half": value.s("HALF_OPEN"),
            ":zero": value.n(0),
            ":one": value.n(1),
            ":me": ME,
            ...(cache && { ":now": value.computed(NOW) }),
            ...(countsCalls(kit.options.trip) && {
              ":window": value.computed(windowStart(kit.options.trip.windowSeconds)),
            }),
          },
        }),
      )
      .output(keepInput)
      .assign(ASSIGN_CIRCUIT)
      // The lease was lost (the probe outlived it): the response is still good, the circuit is someone else's.
      .catch(["States.ALL"], { output: keepInput, next: jump(success) } as never)
  );
}

/** HALF_OPEN → OPEN for longer (the cooldown grows with each failed probe, capped). */
function reopenCircuit(kit: Kit, fallback: unknown) {
  const reopens = "($circuit.reopens + 1)";
  return kit.s
    .task(
      kit.name("Reopen circuit"),
      updateCircuit(kit, {
        expression:
          "SET circuitState = :open, openUntil = :until, reopens = :reopens REMOVE probeId, leaseUntil",
        condition: "circuitState = :half AND probeId = :me",
        values: {
          ":open": value.s("OPEN"),
          ":half": value.s("HALF_OPEN"),
          ":until": value.computed(openUntil(kit.options.cooldown, reopens)),
          ":reopens": value.computed(reopens),
          ":me": ME,
        },
      }),
    )
    .output(keepInput)
    .assign(ASSIGN_CIRCUIT)
    .catch(["States.ALL"], { output: keepInput, next: jump(fallback) } as never);
}

/**
 * Elect → probe (no retries: one trial call, timed out before its lease ends) → close, or reopen. `success`
 * is where a good response goes, `afterReopen` the cooldown timer (or the fallback).
 */
export function probePath(
  kit: Kit,
  targets: { readonly fallback: unknown; readonly success: unknown; readonly afterReopen: unknown },
  attachSuccess: boolean,
): unknown {
  const { protect, probe } = kit.options;
  const trial = operationTask(kit, "Probe operation", {
    call: protect.call as never,
    response: protect.response as never,
    timeoutSeconds: probe.timeoutSeconds,
  });
  const probeTask = trial.task
    .output(keepInput)
    .assign(({ result }) => ({ response: trial.select(result as never) }))
    .catch(["States.ALL"], {
      output: keepInput,
      assign: () => ({ reason: "OPERATION_FAILED", failure: expr<unknown>("$states.errorOutput") }),
      next: (flow: { next(state: unknown): { goto(state: unknown): unknown } }) =>
        flow.next(reopenCircuit(kit, targets.fallback)).goto(targets.afterReopen),
    } as never);
  return kit.s.fragment((flow) => {
    const closed = (flow as unknown as AnyFlow)
      .next(electProbe(kit, targets.fallback))
      .next(probeTask)
      .next(closeCircuit(kit, targets.success));
    return (attachSuccess ? closed.next(targets.success) : closed.goto(targets.success)) as never;
  });
}
