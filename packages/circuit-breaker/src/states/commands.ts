import { circuitView } from "../jsonata/circuit-view.js";
import { expr } from "../jsonata/expr.js";
import { NOW, windowStart } from "../jsonata/time.js";
import { countsCalls } from "../options/resolve-options.js";
import { jump, type Kit } from "./kit.js";
import { updateCircuit, value } from "./updates.js";

/** What a caller may send instead of a call (`{ circuit, command }`); COOLDOWN is the timer's own. */
export const COMMANDS = Object.freeze(["FORCE_OPEN", "FORCE_CLOSE", "COOLDOWN"] as const);
export type Command = (typeof COMMANDS)[number];

/** A forced-open circuit's `openUntil`: far beyond any cooldown, so no probe is ever elected. */
const FOREVER = 8_640_000_000_000_000;

/** A command's answer: the circuit's state after it. */
const report = (kit: Kit, command: Command) => () =>
  expr<unknown>(
    `($c := ${circuitView("$states.result.Attributes")}; {"circuit": ${kit.circuit}, "command": "${command}", "state": $c.state})`,
  );

/**
 * Manual control and the cooldown timer. FORCE_OPEN pins the circuit OPEN (every call gets the fallback)
 * until FORCE_CLOSE, which closes it and resets its counters, its cooldown and any probe. The timer waits
 * until `openUntil` and moves OPEN to HALF_OPEN, unless the circuit has moved on meanwhile.
 */
export function commandStates(kit: Kit) {
  const { s } = kit;
  const done = s.succeed(kit.name("Circuit updated"));
  const windowed = countsCalls(kit.options.trip);
  const forceOpen = s
    .task(
      kit.name("Force open"),
      updateCircuit(kit, {
        expression:
          "SET circuitState = :open, forced = :true, openedAt = :now, openUntil = :forever, epoch = if_not_exists(epoch, :zero) REMOVE probeId, leaseUntil, expiresAt",
        values: {
          ":open": value.s("OPEN"),
          ":true": { BOOL: true },
          ":now": value.computed(NOW),
          ":forever": value.n(FOREVER),
          ":zero": value.n(0),
        },
      }),
    )
    .output(report(kit, "FORCE_OPEN"));
  const forceClose = s
    .task(
      kit.name("Force close"),
      updateCircuit(kit, {
        expression: `SET circuitState = :closed, failures = :zero, reopens = :zero${windowed ? ", calls = :zero, windowStart = :window" : ""} ADD epoch :one REMOVE forced, probeId, leaseUntil, openUntil, openedAt`,
        values: {
          ":closed": value.s("CLOSED"),
          ":zero": value.n(0),
          ":one": value.n(1),
          ...(countsCalls(kit.options.trip) && {
            ":window": value.computed(windowStart(kit.options.trip.windowSeconds)),
          }),
        },
      }),
    )
    .output(report(kit, "FORCE_CLOSE"));
  const cooldown = s.wait(kit.name("Cooldown"), {
    timestamp: () => expr<string>("$fromMillis($states.input.openUntil)"),
  });
  const halfOpen = s
    .task(
      kit.name("Half-open circuit"),
      updateCircuit(kit, {
        expression: "SET circuitState = :half",
        condition: "circuitState = :open AND openUntil = :until AND attribute_not_exists(forced)",
        values: {
          ":half": value.s("HALF_OPEN"),
          ":open": value.s("OPEN"),
          ":until": value.computed("$states.input.openUntil"),
        },
      }),
    )
    .output(report(kit, "COOLDOWN"))
    // The circuit moved on (a probe, a force, a newer trip): this timer is stale.
    .catch(["DynamoDB.ConditionalCheckFailedException"], {
      output: () => expr<unknown>(`{"circuit": ${kit.circuit}, "command": "COOLDOWN", "superseded": true}`),
      next: jump(done),
    } as never);
  return {
    cooldown: (flow: never) =>
      (flow as { next(state: unknown): { next(state: unknown): { next(state: unknown): unknown } } })
        .next(cooldown)
        .next(halfOpen)
        .next(done),
    forceOpen: (flow: never) =>
      (flow as { next(state: unknown): { goto(state: unknown): unknown } }).next(forceOpen).goto(done),
    forceClose: (flow: never) =>
      (flow as { next(state: unknown): { goto(state: unknown): unknown } }).next(forceClose).goto(done),
  };
}
