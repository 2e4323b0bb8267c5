import type { CircuitState } from "./table/table-design.js";

/** Why a call was answered with a fallback. */
export type DegradedReason =
  | "CIRCUIT_OPEN"
  | "FORCED_OPEN"
  | "PROBE_IN_FLIGHT"
  | "OPERATION_FAILED"
  | "STORE_UNAVAILABLE";

/** What a call through the breaker returns: never a failed execution, but maybe a degraded answer. */
export type CircuitBreakerResult<R> =
  | {
      readonly degraded: false;
      readonly circuit: string;
      /** The circuit's state as this call saw it ("UNKNOWN" when its store was down: fail-open). */
      readonly state: CircuitState | "UNKNOWN";
      readonly response: R;
    }
  | {
      readonly degraded: true;
      readonly circuit: string;
      readonly state: CircuitState | "UNKNOWN";
      readonly reason: DegradedReason;
      /** "prepared" (the Parallel option), "cache" (the last good response) or "default". */
      readonly source: "prepared" | "cache" | "default";
      readonly response: R | unknown;
      /** The operation's or DynamoDB's error, when one caused the fallback. */
      readonly error: { readonly Error: string; readonly Cause: string } | null;
    };

/** What a command execution (or the cooldown timer) ends with. */
export interface CommandResult {
  readonly circuit: string;
  readonly command: "FORCE_OPEN" | "FORCE_CLOSE" | "COOLDOWN";
  /** The circuit's state after the command; absent when the timer found the circuit had moved on. */
  readonly state?: CircuitState;
  readonly superseded?: true;
}
