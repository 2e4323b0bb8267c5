/**
 * `pnpm demo`: the circuit breaker's story on the local engine (virtual clock, embedded DynamoDB), with the
 * committed machine — healthy, the dependency fails, the circuit opens, fallbacks, cooldown, a failed probe,
 * a longer cooldown, a good probe, recovery. Prints a timeline; takes a few seconds of real time.
 */
import type { ExecutionResult } from "@statesmith/local";
import { createLocalBreaker, type LocalBreaker } from "../local/local-breaker.js";
import type { DependencyMode } from "../local/simulated-dependency.js";
import { elapsed, table } from "./timeline.js";

const CIRCUIT = "payments";

interface Step {
  readonly at: number;
  readonly dependency: DependencyMode;
  readonly note: string;
}

/** One call per step: when it happens (ms after the start) and how the dependency behaves. */
function script(): Step[] {
  const steps: Step[] = [];
  const add = (at: number, dependency: DependencyMode, note: string, times = 1) => {
    for (let index = 0; index < times; index++) steps.push({ at: at + index * 1000, dependency, note });
  };
  add(0, "healthy", "healthy", 3);
  add(10_000, "failing", "dependency fails", 7);
  add(20_000, "healthy", "dependency back, circuit still open", 2);
  add(47_000, "failing", "cooldown over: probe (fails)");
  add(50_000, "healthy", "reopened for longer");
  add(107_000, "healthy", "second cooldown over: probe (succeeds)");
  add(110_000, "healthy", "recovered", 2);
  return steps;
}

function outcome(result: ExecutionResult): string {
  const output = result.output as { degraded?: boolean; reason?: string; source?: string } | undefined;
  if (result.status !== "SUCCEEDED") return `${result.status} ${result.error}`;
  return output?.degraded ? `fallback (${output.reason}, ${output.source})` : "response";
}

async function stateOf(breaker: LocalBreaker): Promise<string> {
  return String((await breaker.circuitItem(CIRCUIT))?.circuitState ?? "CLOSED");
}

async function main(): Promise<void> {
  const breaker = await createLocalBreaker();
  const start = breaker.clock.now();
  const rows: string[][] = [];
  try {
    for (const [index, step] of script().entries()) {
      // Time moves only where the script says: the cooldown timer's Wait fires when its time is reached.
      breaker.clock.holdAt(start + step.at);
      breaker.clock.set(start + step.at);
      await settle();
      breaker.dependency.mode = step.dependency;
      const before = await stateOf(breaker);
      const calls = breaker.dependency.calls;
      const result = await breaker.call(CIRCUIT, { order: index + 1 });
      rows.push([
        String(index + 1),
        elapsed(step.at),
        step.note,
        `${before} → ${await stateOf(breaker)}`,
        outcome(result),
        breaker.dependency.calls > calls ? "yes" : "no",
        String(result.transitions),
      ]);
    }
  } finally {
    await breaker.close();
  }
  console.log(`Circuit breaker story — circuit "${CIRCUIT}", defaults of the committed machine:`);
  console.log("trip at >= 50% failures of >= 10 calls in 60 s; cooldown 30 s, doubling per failed probe.\n");
  console.log(
    table(
      [
        "#",
        "time",
        "what happens",
        "circuit before → after",
        "caller gets",
        "operation called",
        "transitions",
      ],
      rows,
    ),
  );
}

/** Lets the timer execution the clock just released finish its DynamoDB write. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setTimeout(resolve, 1));
}

await main();
