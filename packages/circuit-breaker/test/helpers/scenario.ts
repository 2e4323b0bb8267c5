import type { ExecutionResult } from "@statesmith/local";
import type { LocalBreaker } from "../../local/local-breaker.js";
import { requestsTo } from "../../local/observe.js";

/** Waits (in real time, letting I/O run) until `check` holds; fails the test after `ms`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 5_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

export { statesEntered } from "../../local/observe.js";

/** DynamoDB requests an execution made (each scheduled DynamoDB task, retries included). */
export const dynamodbRequests = (result: ExecutionResult): number => requestsTo(result, "dynamodb");

/** The execution's answer, as the breaker shapes it. */
export function answer(result: ExecutionResult): {
  degraded: boolean;
  state: string;
  reason?: string;
  source?: string;
  response: unknown;
  error?: { Error: string; Cause: string } | null;
} {
  if (result.status !== "SUCCEEDED") {
    throw new Error(`expected SUCCEEDED, got ${result.status}: ${result.error} ${result.cause}`);
  }
  return result.output as never;
}

export { trip } from "../../local/drive.js";

/** Starts `count` calls at once and waits for every result. */
export function callAtOnce(
  breaker: LocalBreaker,
  circuit: string,
  count: number,
  onSettled: (result: ExecutionResult) => void = () => {},
): Promise<ExecutionResult[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      breaker.engine.start(breaker.machine, { circuit, request: { index } }).result.then((result) => {
        onSettled(result);
        return result;
      }),
    ),
  );
}
