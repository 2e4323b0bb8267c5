import { ATTRIBUTE } from "../table/table-design.js";

/**
 * The breaker's `$circuit` variable: the state item read back from DynamoDB (ALL_NEW or GetItem), with
 * numbers parsed and defaults for a circuit never seen (CLOSED, epoch 0). Choice rules read it, not the
 * raw AttributeValues, so each rule stays one line.
 */
export interface CircuitView {
  readonly state: "CLOSED" | "OPEN" | "HALF_OPEN" | "UNKNOWN";
  readonly epoch: number;
  readonly windowStart: number;
  readonly calls: number;
  readonly failures: number;
  readonly openUntil: number;
  readonly reopens: number;
  readonly trips: number;
  readonly forced: boolean;
  readonly leaseUntil: number;
  readonly fallbackAt: number;
}

const NUMBERS = [
  ["epoch", ATTRIBUTE.epoch],
  ["windowStart", ATTRIBUTE.windowStart],
  ["calls", ATTRIBUTE.calls],
  ["failures", ATTRIBUTE.failures],
  ["openUntil", ATTRIBUTE.openUntil],
  ["reopens", ATTRIBUTE.reopens],
  ["trips", ATTRIBUTE.trips],
  ["leaseUntil", ATTRIBUTE.leaseUntil],
  ["fallbackAt", ATTRIBUTE.fallbackAt],
] as const satisfies readonly (readonly [keyof CircuitView, string])[];

/** JSONata turning the item's attributes (`$states.result.Attributes` or `.Item`) into a CircuitView. */
export function circuitView(attributes: string): string {
  const numbers = NUMBERS.map(
    ([field, attribute]) => `"${field}": $exists($a.${attribute}) ? $number($a.${attribute}.N) : 0`,
  );
  return [
    `($a := ${attributes}; {`,
    `"state": $exists($a.${ATTRIBUTE.state}) ? $a.${ATTRIBUTE.state}.S : "CLOSED",`,
    `${numbers.join(", ")},`,
    `"forced": $exists($a.${ATTRIBUTE.forced}) ? $a.${ATTRIBUTE.forced}.BOOL : false`,
    "})",
  ].join(" ");
}

/** The view when the store could not be read: nothing is known. */
export const UNKNOWN_CIRCUIT = `{"state": "UNKNOWN", "epoch": 0, "windowStart": 0, "calls": 0, "failures": 0, "openUntil": 0, "reopens": 0, "trips": 0, "forced": false, "leaseUntil": 0, "fallbackAt": 0}`;
