import { z } from "zod";
import type { CircuitBreakerOptions, JsonValue, RetryPolicy, TripPolicy } from "./breaker-options.js";

/** The transient errors AWS recommends retrying for Lambda, plus a task timeout. */
export const TRANSIENT_ERRORS = Object.freeze([
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.TooManyRequestsException",
  "Lambda.ClientExecutionTimeoutException",
  "States.Timeout",
] as const);

/** A configuration the breaker cannot build; the message names the option and its allowed values. */
export class CircuitBreakerConfigError extends Error {
  override readonly name = "CircuitBreakerConfigError";
}

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const seconds = int(1, 99_999_999);

const tripSchema = z.discriminatedUnion("mode", [
  z.strictObject({
    mode: z.literal("failureRate"),
    percent: int(1, 100),
    minimumCalls: int(1, 1_000_000),
    windowSeconds: int(1, 86_400),
  }),
  z.strictObject({
    mode: z.literal("failureCount"),
    failures: int(1, 1_000_000),
    minimumCalls: int(1, 1_000_000),
    windowSeconds: int(1, 86_400),
  }),
  z.strictObject({ mode: z.literal("consecutiveFailures"), failures: int(1, 1_000_000) }),
]);

const retrySchema = z.strictObject({
  errors: z.array(z.string().min(1)).min(1).optional(),
  intervalSeconds: seconds.optional(),
  maxAttempts: int(0, 99_999_999).optional(),
  backoffRate: z.number().min(1).optional(),
  maxDelaySeconds: int(1, 31_622_400).optional(),
});

const optionsSchema = z.object({
  table: z.string().min(1),
  circuit: z.string().min(1).optional(),
  prefix: z.string().optional(),
  protect: z.object({
    call: z.function(),
    response: z.function().optional(),
    timeoutSeconds: seconds.optional(),
    retry: z.union([z.literal(false), retrySchema]).optional(),
  }),
  trip: tripSchema.optional(),
  cooldown: z
    .strictObject({
      seconds: seconds.optional(),
      multiplier: z.number().min(1).max(100).optional(),
      maxSeconds: seconds.optional(),
      timer: z
        .union([z.literal("self"), z.literal("none"), z.strictObject({ stateMachineArn: z.string().min(1) })])
        .optional(),
    })
    .optional(),
  probe: z.strictObject({ timeoutSeconds: seconds.optional(), leaseSeconds: seconds.optional() }).optional(),
  fallback: z
    .strictObject({
      default: z.json().optional(),
      cache: z.boolean().optional(),
      refreshSeconds: seconds.optional(),
      maxAgeSeconds: seconds.optional(),
      prepare: z
        .object({ call: z.function(), response: z.function().optional(), timeoutSeconds: seconds.optional() })
        .optional(),
    })
    .optional(),
  whenStoreUnavailable: z.enum(["fail-open", "fail-closed"]).optional(),
});

/** Every option with its default: what the states are built from. */
export interface ResolvedOptions {
  readonly table: string;
  readonly circuit: string | undefined;
  readonly prefix: string;
  readonly protect: CircuitBreakerOptions<unknown, unknown>["protect"] & {
    readonly timeoutSeconds: number;
    readonly retry: Required<RetryPolicy> | false;
  };
  readonly trip: TripPolicy;
  readonly cooldown: {
    readonly seconds: number;
    readonly multiplier: number;
    readonly maxSeconds: number;
    readonly timer: "self" | "none" | { readonly stateMachineArn: string };
  };
  readonly probe: { readonly timeoutSeconds: number; readonly leaseSeconds: number };
  readonly fallback: {
    readonly default: JsonValue;
    readonly cache: boolean;
    readonly refreshSeconds: number;
    readonly maxAgeSeconds: number;
    readonly prepare: NonNullable<CircuitBreakerOptions<unknown, unknown>["fallback"]>["prepare"];
  };
  readonly whenStoreUnavailable: "fail-open" | "fail-closed";
}

export const DEFAULT_TRIP: TripPolicy = Object.freeze({
  mode: "failureRate",
  percent: 50,
  minimumCalls: 10,
  windowSeconds: 60,
});

export function resolveOptions(options: CircuitBreakerOptions<unknown, unknown>): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "options";
    throw new CircuitBreakerConfigError(
      `circuitBreaker(): ${field}: ${issue.message}. See CircuitBreakerOptions for the allowed values.`,
    );
  }
  const protectTimeout = options.protect.timeoutSeconds ?? 10;
  const cooldownSeconds = options.cooldown?.seconds ?? 30;
  const maxSeconds = options.cooldown?.maxSeconds ?? Math.max(600, cooldownSeconds);
  if (maxSeconds < cooldownSeconds) {
    throw new CircuitBreakerConfigError(
      `circuitBreaker(): cooldown.maxSeconds (${maxSeconds}) is below cooldown.seconds (${cooldownSeconds}). Raise the cap or lower the cooldown.`,
    );
  }
  const probeTimeout = options.probe?.timeoutSeconds ?? protectTimeout;
  const leaseSeconds = options.probe?.leaseSeconds ?? probeTimeout + 5;
  if (leaseSeconds <= probeTimeout) {
    throw new CircuitBreakerConfigError(
      `circuitBreaker(): probe.leaseSeconds (${leaseSeconds}) must exceed probe.timeoutSeconds (${probeTimeout}), or a live probe could lose its lease to a second one.`,
    );
  }
  const retry = options.protect.retry;
  return {
    table: options.table,
    circuit: options.circuit,
    prefix: options.prefix ?? "",
    protect: {
      ...options.protect,
      timeoutSeconds: protectTimeout,
      retry:
        retry === false
          ? false
          : {
              errors: retry?.errors ?? [...TRANSIENT_ERRORS],
              intervalSeconds: retry?.intervalSeconds ?? 1,
              maxAttempts: retry?.maxAttempts ?? 3,
              backoffRate: retry?.backoffRate ?? 2,
              maxDelaySeconds: retry?.maxDelaySeconds ?? 8,
            },
    },
    trip: options.trip ?? DEFAULT_TRIP,
    cooldown: {
      seconds: cooldownSeconds,
      multiplier: options.cooldown?.multiplier ?? 2,
      maxSeconds,
      timer: options.cooldown?.timer ?? "self",
    },
    probe: { timeoutSeconds: probeTimeout, leaseSeconds },
    fallback: {
      default: options.fallback?.default ?? null,
      cache: options.fallback?.cache ?? true,
      refreshSeconds: options.fallback?.refreshSeconds ?? 60,
      maxAgeSeconds: options.fallback?.maxAgeSeconds ?? 86_400,
      prepare: options.fallback?.prepare,
    },
    whenStoreUnavailable: options.whenStoreUnavailable ?? "fail-closed",
  };
}

/** Windowed modes count calls on entry (UpdateItem); consecutive mode only reads (GetItem). */
export const countsCalls = (trip: TripPolicy): trip is Extract<TripPolicy, { windowSeconds: number }> =>
  trip.mode !== "consecutiveFailures";
