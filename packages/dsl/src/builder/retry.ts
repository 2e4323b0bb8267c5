import { RetrierNode } from "../ir/error-handling-nodes.js";
import { at, BuilderError } from "./builder-error.js";
import { checkInteger, checkNumber, checkOneOf } from "./checks.js";
import { checkErrorList } from "./error-list.js";
import type { ErrorList } from "./error-names.js";

/**
 * A retrier. The error names and JitterStrategy are checked by the type checker (literal unions); the numbers
 * where written, against AWS's ranges (a literal-range check in the type costs more than it saves).
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error
 */
export interface Retrier<E extends string> {
  readonly errorEquals: ErrorList<E>;
  /** Seconds before the first retry: an integer from 1 to 99999999 (default 1). */
  readonly intervalSeconds?: number;
  /** Retries before giving up: an integer from 0 to 99999999 (default 3; 0 never retries). */
  readonly maxAttempts?: number;
  /** Multiplier of the interval for each attempt: at least 1.0 (default 2.0). */
  readonly backoffRate?: number;
  /** Cap on the interval: an integer from 1 to 31622400 seconds (one year). */
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: "FULL" | "NONE";
  readonly comment?: string;
}

export function retrierNode(state: string, index: number, retrier: Retrier<string>): RetrierNode {
  const field = (name: string) => `Retry[${index}].${name}`;
  if (typeof retrier !== "object" || retrier === null) {
    throw new BuilderError(
      at(state, `Retry[${index}]`),
      "a retrier is an object",
      "Pass { errorEquals: [...], … }.",
    );
  }
  const known = new Set([
    "errorEquals",
    "intervalSeconds",
    "maxAttempts",
    "backoffRate",
    "maxDelaySeconds",
    "jitterStrategy",
    "comment",
  ]);
  for (const key of Object.keys(retrier)) {
    if (!known.has(key)) {
      throw new BuilderError(
        at(state, field(key)),
        `"${key}" is not a retrier field`,
        `Use one of ${[...known].join(", ")}.`,
      );
    }
  }
  const { intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitterStrategy, comment } = retrier;
  return RetrierNode.create({
    errors: checkErrorList(state, field("ErrorEquals"), retrier.errorEquals),
    ...(intervalSeconds !== undefined && {
      intervalSeconds: checkInteger(state, field("IntervalSeconds"), intervalSeconds, 1, 99_999_999),
    }),
    ...(maxAttempts !== undefined && {
      maxAttempts: checkInteger(state, field("MaxAttempts"), maxAttempts, 0, 99_999_999),
    }),
    ...(backoffRate !== undefined && {
      backoffRate: checkNumber(state, field("BackoffRate"), backoffRate, 1, 99_999_999),
    }),
    ...(maxDelaySeconds !== undefined && {
      maxDelaySeconds: checkInteger(state, field("MaxDelaySeconds"), maxDelaySeconds, 1, 31_622_400),
    }),
    ...(jitterStrategy !== undefined && {
      jitterStrategy: checkOneOf<"FULL" | "NONE">(state, field("JitterStrategy"), jitterStrategy, [
        "FULL",
        "NONE",
      ]),
    }),
    ...(comment !== undefined && { comment }),
  });
}
