import type { AslRetrier, JsonValue } from "../../asl/types.js";
import type { ScopedState } from "../walk.js";
import { code, list, table } from "./markdown.js";

/**
 * What Step Functions uses when a Retrier leaves a field out, shown so that a reviewer sees the real policy.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error
 */
const RETRY_DEFAULTS = Object.freeze({
  IntervalSeconds: "1",
  MaxAttempts: "3",
  BackoffRate: "2",
  MaxDelaySeconds: "none",
  JitterStrategy: "NONE",
});

type RetryField = keyof typeof RETRY_DEFAULTS;

function value(retrier: AslRetrier, name: RetryField): string {
  const given = (retrier as { [K in RetryField]?: JsonValue })[name];
  if (given === undefined) return `${RETRY_DEFAULTS[name]} (default)`;
  if (typeof given === "number") return String(given);
  return code(typeof given === "string" ? given : JSON.stringify(given));
}

export function retriesTable(states: readonly ScopedState[]): string {
  const rows = states.flatMap(({ name, state }) =>
    (Array.isArray(state.Retry) ? state.Retry : []).map((retrier) => [
      code(name),
      list(
        (Array.isArray(retrier.ErrorEquals) ? retrier.ErrorEquals : []).map((error) => code(String(error))),
      ),
      value(retrier, "IntervalSeconds"),
      value(retrier, "MaxAttempts"),
      value(retrier, "BackoffRate"),
      value(retrier, "MaxDelaySeconds"),
      value(retrier, "JitterStrategy"),
    ]),
  );
  if (rows.length === 0) return "No state retries.";
  return table(
    ["State", "Errors", "Interval (s)", "Max attempts", "Backoff rate", "Max delay (s)", "Jitter"],
    rows,
  );
}
