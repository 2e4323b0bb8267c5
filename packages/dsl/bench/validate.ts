/**
 * validateDefinition (asl-validator + our semantic checks) against asl-validator alone, on generated
 * Pass/Choice/Fail chains of 10, 100 and 1,000 states. Goal: our checks add at most 30% to asl-validator's time.
 * Run: pnpm exec tsx packages/dsl/bench/validate.ts (from the repository root).
 */
import { pathToFileURL } from "node:url";
import aslValidator from "asl-validator";
import { validateDefinition } from "../src/validate/index.js";
import { runSemanticChecks } from "../src/validate/semantic-checks.js";

const SIZES = [10, 100, 1000];
const WARMUP = 3;
const RUNS = 9;
const GOAL_PERCENT = 30;

/** A chain of Pass -> Choice (rule to the next Pass, Default to a Fail) groups, ending in a Pass; exactly n states. */
export function generateMachine(n: number): { StartAt: string; States: Record<string, unknown> } {
  const groups = Math.floor((n - 1) / 3);
  const extraPasses = n - 1 - groups * 3;
  const states: Record<string, unknown> = {};
  const chain: string[] = [];
  for (let index = 0; index < groups; index++) chain.push(`Step ${index}`);
  for (let index = 0; index < extraPasses; index++) chain.push(`Extra ${index}`);
  chain.push("Last");
  chain.forEach((name, position) => {
    const next = chain[position + 1];
    if (name.startsWith("Step ")) {
      const index = name.slice(5);
      states[name] = {
        Type: "Pass",
        Result: { step: Number(index) },
        ResultPath: "$.step",
        Next: `Check ${index}`,
      };
      states[`Check ${index}`] = {
        Type: "Choice",
        Choices: [
          { Variable: "$.step.step", NumericLessThanEquals: Number(index), Next: next },
          {
            And: [
              { Variable: "$.flag", IsPresent: true },
              { Variable: "$.flag", BooleanEquals: true },
            ],
            Next: next,
          },
        ],
        Default: `Fail ${index}`,
      };
      states[`Fail ${index}`] = { Type: "Fail", Error: "StepFailed", Cause: `Step ${index} went wrong` };
    } else {
      states[name] = next
        ? { Type: "Pass", InputPath: "$", Next: next }
        : { Type: "Pass", OutputPath: "$.step", End: true };
    }
  });
  return { StartAt: chain[0]!, States: states };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(definition: unknown): { alone: number; checks: number; full: number } {
  const alone: number[] = [];
  const checks: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // asl-validator mutates its input: each run gets a fresh copy, made outside the timer.
    const copy = structuredClone(definition);
    let start = performance.now();
    const base = aslValidator(copy, { checkPaths: true, checkArn: true });
    const aloneTime = performance.now() - start;
    start = performance.now();
    runSemanticChecks(definition, true);
    const checksTime = performance.now() - start;
    start = performance.now();
    const ours = validateDefinition(definition);
    const fullTime = performance.now() - start;
    if (!base.isValid || !ours.valid) throw new Error("the generated machine must be valid");
    if (run >= WARMUP) {
      alone.push(aloneTime);
      checks.push(checksTime);
      full.push(fullTime);
    }
  }
  return { alone: median(alone), checks: median(checks), full: median(full) };
}

/** Runs the comparison and prints the table; the root `pnpm bench` may call this. */
export function runValidateBench(): void {
  const rows = SIZES.map((size) => ({ size, ...measure(generateMachine(size)) }));
  console.log(
    `validateDefinition vs asl-validator 4.0.0 alone (median of ${RUNS} runs after ${WARMUP} warm-up runs)`,
  );
  console.log(
    "Overhead = our semantic checks alone (copy, model, every check family) / asl-validator alone.",
  );
  console.log("states | asl-validator ms | our checks ms | validateDefinition ms | overhead | goal");
  for (const { size, alone, checks, full } of rows) {
    const overhead = (checks / alone) * 100;
    const verdict = overhead <= GOAL_PERCENT ? "met" : "MISSED";
    console.log(
      [
        String(size).padStart(6),
        alone.toFixed(1).padStart(16),
        checks.toFixed(2).padStart(13),
        full.toFixed(1).padStart(21),
        `${overhead.toFixed(1).padStart(7)}%`,
        `<= ${GOAL_PERCENT}% ${verdict}`,
      ].join(" | "),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runValidateBench();
