import type { Expr, Integration, JsonataHelpers, JsonataRef } from "@statesmith/dsl";

/** JSON a fallback default may hold. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * When the circuit trips. Every comparison is `>=`: with `failures: 5` the fifth failure trips, the fourth
 * does not; with `minimumCalls: 10` the window must have seen at least ten calls.
 */
export type TripPolicy =
  /** Failures as a share of the calls counted in a tumbling window: `failures * 100 >= percent * calls`. */
  | {
      readonly mode: "failureRate";
      readonly percent: number;
      readonly minimumCalls: number;
      readonly windowSeconds: number;
    }
  /** A number of failures among the calls counted in a tumbling window. */
  | {
      readonly mode: "failureCount";
      readonly failures: number;
      readonly minimumCalls: number;
      readonly windowSeconds: number;
    }
  /** Failures in a row: one GetItem per call and no write while the failure count is zero. */
  | { readonly mode: "consecutiveFailures"; readonly failures: number };

export interface RetryPolicy {
  /** Transient errors only; real failures go to failure recording. */
  readonly errors?: readonly [string, ...string[]];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
}

/** The Task the breaker protects, written once; the breaker places it where it is needed. */
export interface ProtectedOperation<In, R> {
  /** The integration: `({ input }) => lambda.invoke<typeof handler>({ FunctionName: …, Payload: input.request })`. */
  readonly call: (helpers: JsonataHelpers<In, object>) => Integration<R, string>;
  /** The part of the result callers get (default: `Payload` of lambda:invoke, else the whole result). */
  readonly response?: (result: JsonataRef<R>) => Expr<unknown>;
  /** Seconds before the call counts as failed with States.Timeout (default 10). */
  readonly timeoutSeconds?: number;
  /** Retry of transient errors, exponential backoff with FULL jitter; `false` for none. */
  readonly retry?: RetryPolicy | false;
}

export interface CooldownPolicy {
  /** How long the circuit stays OPEN after a trip (default 30). */
  readonly seconds?: number;
  /** Each failed probe multiplies the open period by this (default 2) … */
  readonly multiplier?: number;
  /** … up to this cap (default 600). A successful probe resets it. */
  readonly maxSeconds?: number;
  /**
   * Who moves OPEN to HALF_OPEN when the cooldown ends: "self" starts this machine with
   * `{ command: "COOLDOWN" }` (a Wait state holds it; needs the breaker at the start of the machine),
   * `{ stateMachineArn }` starts another breaker machine on the same table, "none" leaves it to callers.
   * Callers compare `openUntil` either way, so a lost timer never keeps a circuit open.
   */
  readonly timer?: "self" | "none" | { readonly stateMachineArn: string };
}

export interface FallbackPolicy<In, F> {
  /** Returned when no good response is cached (default null). */
  readonly default?: JsonValue;
  /** Cache the last good response for degraded calls (default true). */
  readonly cache?: boolean;
  /** A cached response is refreshed after this many seconds (default 60): one extra write per period. */
  readonly refreshSeconds?: number;
  /** A cached response older than this is not served (default 86400); TTL removes it. */
  readonly maxAgeSeconds?: number;
  /**
   * Prepare a fallback while the operation runs, in a Parallel state; used when the operation fails. A failing
   * fallback branch never discards a successful result.
   */
  readonly prepare?: {
    readonly call: (helpers: JsonataHelpers<In, object>) => Integration<F, string>;
    readonly response?: (result: JsonataRef<F>) => Expr<unknown>;
    readonly timeoutSeconds?: number;
  };
}

export interface CircuitBreakerOptions<In, R, F = unknown> {
  /** DynamoDB table name (e.g. `placeholder("CircuitTableName")`). */
  readonly table: string;
  /** A fixed circuit name; default: the input's `circuit` field, so one machine serves many circuits. */
  readonly circuit?: string;
  /** Prefix for state names, so two breakers fit in one machine (default none). */
  readonly prefix?: string;
  readonly protect: ProtectedOperation<In, R>;
  readonly trip?: TripPolicy;
  readonly cooldown?: CooldownPolicy;
  /** The half-open trial: its lease, after which another probe may go (default timeout + 5 s). */
  readonly probe?: { readonly timeoutSeconds?: number; readonly leaseSeconds?: number };
  readonly fallback?: FallbackPolicy<In, F>;
  /**
   * When DynamoDB itself fails: "fail-open" calls the operation unprotected, "fail-closed" (default) returns
   * the fallback. Either way the caller gets an answer, not a failed execution.
   */
  readonly whenStoreUnavailable?: "fail-open" | "fail-closed";
}
