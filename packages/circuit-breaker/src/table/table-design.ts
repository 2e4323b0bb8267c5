/**
 * One table holds many circuits. Each circuit has two items under its partition key: its state (`sk` =
 * "circuit"), read and written on every call, and the cached last good response (`sk` = "fallback"), read
 * only when degrading. Keeping the cached response out of the state item keeps the hot path's UpdateItem
 * small whatever the response size.
 */
export const circuitTableDesign = Object.freeze({
  partitionKey: Object.freeze({ name: "pk", type: "S" as const }),
  sortKey: Object.freeze({ name: "sk", type: "S" as const }),
  /** Epoch seconds: DynamoDB removes idle circuits and expired cached responses. */
  timeToLiveAttribute: "expiresAt",
});

export type CircuitTableDesign = typeof circuitTableDesign;

/** Sort keys of the two items of a circuit. */
export const ITEM = Object.freeze({ circuit: "circuit", fallback: "fallback" });

/** The circuit states as stored in `circuitState`. */
export const CIRCUIT_STATES = Object.freeze(["CLOSED", "OPEN", "HALF_OPEN"] as const);
export type CircuitState = (typeof CIRCUIT_STATES)[number];

/**
 * Attributes of the state item. `epoch` counts closed periods: results recorded against an older epoch are
 * late (the call started before a trip) and can neither count nor trip. Times are epoch milliseconds.
 */
export const ATTRIBUTE = Object.freeze({
  state: "circuitState",
  epoch: "epoch",
  windowStart: "windowStart",
  calls: "calls",
  failures: "failures",
  openedAt: "openedAt",
  openUntil: "openUntil",
  reopens: "reopens",
  trips: "trips",
  forced: "forced",
  probeId: "probeId",
  leaseUntil: "leaseUntil",
  fallbackAt: "fallbackAt",
  expiresAt: "expiresAt",
  response: "response",
  storedAt: "storedAt",
});
