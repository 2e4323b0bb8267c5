/**
 * `pnpm bench` (circuit breaker): what each path costs — billed state transitions, DynamoDB requests and
 * calls to the operation — measured on the local engine with the committed machine (and the consecutive-
 * failure variant), next to AWS's published sample.
 */
import type { ExecutionResult } from "@statesmith/local";
import { table } from "../demo/timeline.js";
import { trip } from "../local/drive.js";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import { requestsTo } from "../local/observe.js";
import { circuitBreakerMachine } from "../src/index.js";

interface Measured {
  readonly path: string;
  readonly result: ExecutionResult;
  readonly operationCalls: number;
}

async function measure(breaker: LocalBreaker, path: string, circuit = "bench"): Promise<Measured> {
  const calls = breaker.dependency.calls;
  const result = await breaker.call(circuit);
  return { path, result, operationCalls: breaker.dependency.calls - calls };
}

async function windowedPaths(): Promise<Measured[]> {
  const breaker = await createLocalBreaker();
  try {
    const rows = [await measure(breaker, "first call of a window (starts it, caches the response)")];
    rows.push(await measure(breaker, "CLOSED success"));
    breaker.clock.advance(61_000);
    rows.push(await measure(breaker, "CLOSED success, cache refresh due"));
    breaker.dependency.mode = "failing";
    rows.push(await measure(breaker, "CLOSED failure, below the threshold"));
    breaker.clock.holdAt(breaker.clock.now());
    let tripping: Measured | undefined;
    while (tripping === undefined) {
      const row = await measure(breaker, "CLOSED failure that trips the circuit", "trip");
      if ((await breaker.circuitItem("trip"))?.circuitState === "OPEN") tripping = row;
    }
    rows.push(tripping);
    rows.push(await measure(breaker, "OPEN fail-fast", "trip"));
    const item = await breaker.circuitItem("trip");
    breaker.clock.holdAt(item?.openUntil as number);
    breaker.clock.set(item?.openUntil as number);
    rows.push(await measure(breaker, "HALF_OPEN probe fails (reopens)", "trip"));
    const reopened = await breaker.circuitItem("trip");
    breaker.clock.holdAt(reopened?.openUntil as number);
    breaker.clock.set(reopened?.openUntil as number);
    breaker.dependency.mode = "healthy";
    rows.push(await measure(breaker, "HALF_OPEN probe succeeds (closes)", "trip"));
    return rows;
  } finally {
    await breaker.close();
  }
}

async function consecutivePaths(): Promise<Measured[]> {
  const breaker = await createLocalBreaker({
    machine: circuitBreakerMachine({ trip: { mode: "consecutiveFailures", failures: 3 } }),
  });
  try {
    await breaker.call("bench");
    const rows = [await measure(breaker, "consecutive mode: CLOSED success, no failures")];
    breaker.dependency.mode = "failing";
    await breaker.call("bench");
    breaker.dependency.mode = "healthy";
    rows.push(await measure(breaker, "consecutive mode: CLOSED success resetting a failure"));
    breaker.clock.holdAt(breaker.clock.now());
    await trip(breaker, "bench");
    rows.push(await measure(breaker, "consecutive mode: OPEN fail-fast"));
    return rows;
  } finally {
    await breaker.close();
  }
}

const started = performance.now();
const rows = [...(await windowedPaths()), ...(await consecutivePaths())];
console.log("Circuit breaker: cost per path (billed transitions = states entered + retries)\n");
console.log(
  table(
    ["path", "transitions", "DynamoDB requests", "Lambda invocations", "outcome"],
    [
      ...rows.map(({ path, result, operationCalls }) => {
        const output = result.output as { degraded?: boolean; reason?: string } | undefined;
        return [
          path,
          String(result.transitions),
          String(requestsTo(result, "dynamodb")),
          String(operationCalls),
          output?.degraded ? `fallback: ${output.reason}` : "response",
        ];
      }),
      [
        "AWS published sample, happy path (no half-open, no failure counts)",
        "4",
        "1, inside a Lambda",
        "2",
        "response",
      ],
    ],
  ),
);
const closed = rows.find((row) => row.path === "CLOSED success")!;
const open = rows.find((row) => row.path === "OPEN fail-fast")!;
const check = (ok: boolean) => (ok ? "✓" : "✗");
console.log(
  `\n${check(closed.result.transitions <= 3 && requestsTo(closed.result, "dynamodb") === 1)} CLOSED success: ${closed.result.transitions} transitions, ${requestsTo(closed.result, "dynamodb")} DynamoDB request (goal: <= 3 and 1)`,
);
console.log(
  `${check(open.result.transitions <= 3 && open.operationCalls === 0)} OPEN fail-fast: ${open.result.transitions} transitions, ${open.operationCalls} operation calls (goal: <= 3 and 0)`,
);
console.log(`measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
