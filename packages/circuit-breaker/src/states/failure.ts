import { jsonata, stepFunctions } from "@statesmith/dsl";
import { circuitView } from "../jsonata/circuit-view.js";
import { expr } from "../jsonata/expr.js";
import { expiresAfter, NOW, openUntil } from "../jsonata/time.js";
import { countsCalls, type ResolvedOptions } from "../options/resolve-options.js";
import { CIRCUIT_RETENTION_SECONDS } from "./enter.js";
import { jump, type Kit, keepInput } from "./kit.js";
import { updateCircuit, value } from "./updates.js";

const ASSIGN_CIRCUIT = () => ({ circuit: expr<unknown>(circuitView("$states.result.Attributes")) });

/**
 * Whether `$circuit` (after the failure was recorded) trips. Every comparison is `>=`; rates compare in
 * integers (`failures × 100 >= percent × calls`), so 3 of 30 trips at 10% (in floating point 30 × 0.1 is
 * 3.0000000000000004, and it would not).
 */
export function tripCondition(trip: ResolvedOptions["trip"]): string {
  const closed = `$circuit.state = "CLOSED"`;
  switch (trip.mode) {
    case "failureRate":
      return `${closed} and $circuit.calls >= ${trip.minimumCalls} and $circuit.failures * 100 >= ${trip.percent} * $circuit.calls`;
    case "failureCount":
      return `${closed} and $circuit.calls >= ${trip.minimumCalls} and $circuit.failures >= ${trip.failures}`;
    case "consecutiveFailures":
      return `${closed} and $circuit.failures >= ${trip.failures}`;
  }
}

/**
 * Counts the failure (ADD: concurrent failures are all counted) against the call's own epoch and window:
 * a late failure, from a call that started before the circuit last closed or in an earlier window, is
 * dropped by the condition and counts for nothing.
 */
function recordFailure(kit: Kit) {
  const windowed = countsCalls(kit.options.trip);
  return kit.s
    .task(
      kit.name("Record failure"),
      updateCircuit(kit, {
        expression: windowed
          ? "ADD failures :one"
          : "SET circuitState = if_not_exists(circuitState, :closed), epoch = if_not_exists(epoch, :zero), expiresAt = :expires ADD failures :one",
        condition: windowed
          ? "epoch = :epoch AND windowStart = :window"
          : "attribute_not_exists(epoch) OR epoch = :epoch",
        values: {
          ":one": value.n(1),
          ":epoch": value.computed("$circuit.epoch"),
          ...(windowed
            ? { ":window": value.computed("$circuit.windowStart") }
            : {
                ":closed": value.s("CLOSED"),
                ":zero": value.n(0),
                ":expires": value.computed(expiresAfter(CIRCUIT_RETENTION_SECONDS)),
              }),
        },
      }),
    )
    .output(keepInput)
    .assign(ASSIGN_CIRCUIT);
}

/**
 * CLOSED → OPEN, elected by a condition: however many executions see the threshold crossed at once, one
 * write succeeds, and the others answer with the fallback. The epoch in the condition stops a late failure
 * from tripping a circuit that has since closed again.
 */
function openCircuit(kit: Kit) {
  return kit.s
    .task(
      kit.name("Open circuit"),
      updateCircuit(kit, {
        expression:
          "SET circuitState = :open, openedAt = :now, openUntil = :until, reopens = :zero REMOVE probeId, leaseUntil ADD trips :one",
        condition: "circuitState = :closed AND epoch = :epoch",
        values: {
          ":open": value.s("OPEN"),
          ":closed": value.s("CLOSED"),
          ":now": value.computed(NOW),
          ":until": value.computed(openUntil(kit.options.cooldown, "0")),
          ":zero": value.n(0),
          ":one": value.n(1),
          ":epoch": value.computed("$circuit.epoch"),
        },
      }),
    )
    .output(keepInput)
    .assign(ASSIGN_CIRCUIT);
}

/**
 * Starts the cooldown timer: an execution (`{ command: "COOLDOWN" }`) whose Wait state holds the circuit
 * OPEN until `openUntil`, then moves it to HALF_OPEN. Fire and forget; if it cannot start, callers still
 * compare `openUntil`, so the circuit cannot stay open.
 */
export function startCooldownTimer(kit: Kit, fallback: unknown): unknown {
  const timer = kit.options.cooldown.timer;
  if (timer === "none") return undefined;
  return kit.s
    .task(
      kit.name("Start cooldown timer"),
      stepFunctions.startExecution({
        StateMachineArn:
          timer === "self" ? expr<string>("$states.context.StateMachine.Id") : timer.stateMachineArn,
        Input: {
          circuit: expr<string>(kit.circuit),
          command: "COOLDOWN",
          openUntil: expr<number>("$circuit.openUntil"),
        },
      }),
    )
    .output(keepInput)
    .catch(["States.ALL"], { output: keepInput, next: jump(fallback) } as never);
}

/**
 * The failure path: record, decide, maybe trip and start the cooldown timer, then answer with the fallback.
 * Returns the fragment (entered by the calls' catchers) and the timer state (reused by a failed probe).
 */
export function failurePath(
  kit: Kit,
  fallback: unknown,
): { readonly path: unknown; readonly timer: unknown } {
  const timer = startCooldownTimer(kit, fallback);
  const tripped = (flow: never) => {
    const opened = (
      flow as { next(state: unknown): { next(state: unknown): unknown; goto(state: unknown): unknown } }
    ).next(openCircuit(kit).catch(["States.ALL"], { output: keepInput, next: jump(fallback) } as never));
    return timer === undefined
      ? opened.goto(fallback)
      : (opened.next(timer) as { goto(state: unknown): unknown }).goto(fallback);
  };
  const decide = kit.s
    .choice(kit.name("Trip?"))
    .when(() => jsonata<boolean>`${expr(tripCondition(kit.options.trip))}`, tripped as never)
    .otherwise(jump(fallback) as never);
  const path = kit.s.fragment((flow) =>
    flow
      .next(recordFailure(kit).catch(["States.ALL"], { output: keepInput, next: jump(fallback) } as never))
      .next(decide as never),
  );
  return { path, timer };
}
