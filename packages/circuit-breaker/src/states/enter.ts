import { dynamodb } from "@statesmith/dsl";
import { circuitView, UNKNOWN_CIRCUIT } from "../jsonata/circuit-view.js";
import { expr } from "../jsonata/expr.js";
import { expiresAfter, windowStart } from "../jsonata/time.js";
import { countsCalls } from "../options/resolve-options.js";
import { REASONS } from "./fallback.js";
import { jump, type Kit, keepInput } from "./kit.js";
import { updateCircuit, value } from "./updates.js";

/** Idle circuits disappear after this (TTL); any write renews it. */
export const CIRCUIT_RETENTION_SECONDS = 30 * 24 * 3600;

/** Variables every path assigns first, so the degraded answer can always read them. */
function startVariables(kit: Kit, attributes: string) {
  const view = circuitView(attributes);
  return {
    circuit: expr<unknown>(view),
    // Why a call routed straight to the fallback would degrade; later paths overwrite it with their own.
    reason: expr<string>(
      `($c := ${view}; $c.forced ? "${REASONS.forcedOpen}" : $c.state = "HALF_OPEN" ? "${REASONS.probeInFlight}" : "${REASONS.open}")`,
    ),
    failure: null,
    ...(kit.options.fallback.prepare !== undefined && { prepared: null }),
  };
}

/** What a catcher assigns when DynamoDB fails: nothing is known of the circuit. */
export function storeDownVariables(kit: Kit) {
  return {
    circuit: expr<unknown>(UNKNOWN_CIRCUIT),
    reason: REASONS.storeUnavailable,
    failure: expr<unknown>("$states.errorOutput"),
    ...(kit.options.fallback.prepare !== undefined && { prepared: null }),
  };
}

/** Commands count no call. */
const INCREMENT = { N: expr<string>(`$exists($states.input.command) ? "0" : "1"`) };

/**
 * The breaker's first state: one DynamoDB request that reads the circuit. In the windowed modes it also
 * counts the call: `ADD calls` while the item's window is current (or the circuit is not CLOSED, when counts
 * do not matter); the first call of a new window resets the counters instead, elected by a condition so
 * concurrent callers never lose an update.
 * `storeDown` receives every path where DynamoDB failed.
 */
export function enter(kit: Kit, storeDown: unknown): unknown {
  const { s, options } = kit;
  const onStoreError = { output: keepInput, assign: () => storeDownVariables(kit), next: jump(storeDown) };
  if (!countsCalls(options.trip)) {
    return s
      .task(
        kit.name("Read circuit"),
        dynamodb.getItem({ TableName: options.table, Key: kit.key("circuit"), ConsistentRead: true }),
      )
      .output(keepInput)
      .assign(() => startVariables(kit, "$states.result.Item"))
      .catch(["States.ALL"], { ...onStoreError, next: storeDown } as never);
  }
  const window = windowStart(options.trip.windowSeconds);
  const recount = s
    .task(
      kit.name("Recount call"),
      updateCircuit(kit, { expression: "ADD calls :inc", values: { ":inc": INCREMENT } }),
    )
    .output(keepInput)
    .assign(() => startVariables(kit, "$states.result.Attributes"))
    .catch(["States.ALL"], onStoreError as never);
  const startWindow = s
    .task(
      kit.name("Start new window"),
      updateCircuit(kit, {
        expression:
          "SET windowStart = :window, calls = :inc, failures = :zero, circuitState = if_not_exists(circuitState, :closed), epoch = if_not_exists(epoch, :zero), expiresAt = :expires",
        condition: "attribute_not_exists(windowStart) OR windowStart < :window",
        values: {
          ":window": value.computed(window),
          ":inc": INCREMENT,
          ":zero": value.n(0),
          ":closed": value.s("CLOSED"),
          ":expires": value.computed(expiresAfter(CIRCUIT_RETENTION_SECONDS)),
        },
      }),
    )
    .output(keepInput)
    .assign(() => startVariables(kit, "$states.result.Attributes"))
    // Another caller started the window first: count this call in it.
    .catch(["DynamoDB.ConditionalCheckFailedException"], { output: keepInput, next: recount } as never)
    .catch(["States.ALL"], onStoreError as never);
  return s
    .task(
      kit.name("Count call"),
      updateCircuit(kit, {
        expression: "ADD calls :inc",
        condition: "windowStart = :window OR (attribute_exists(circuitState) AND circuitState <> :closed)",
        values: { ":inc": INCREMENT, ":window": value.computed(window), ":closed": value.s("CLOSED") },
      }),
    )
    .output(keepInput)
    .assign(() => startVariables(kit, "$states.result.Attributes"))
    .catch(["DynamoDB.ConditionalCheckFailedException"], { output: keepInput, next: startWindow } as never)
    .catch(["States.ALL"], { ...onStoreError, next: storeDown } as never);
}
