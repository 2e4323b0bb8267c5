/**
 * validateDefinition (asl-validator + our semantic checks) against asl-validator alone, on generated
 * Pass/Choice/Fail chains of 10, 100 and 1,000 states. Goal: our checks add at most 30% to asl-validator's time.
 * Run: pnpm exec tsx packages/dsl/bench/validate.ts (from the repository root).
 */
import { pathToFileURL } from "node:url";
import aslValidator from "asl-validator";
import { validateDefinition } from "../src/validate/index.js";
import { runSemanticChecks } from "../src/validate/semantic-checks.js";
import { chainOf, stepIndex } from "./core/chain.js";
import { medianMs, RUNS, WARMUP } from "./timing.js";

const SIZES = [10, 100, 1000];
/** Our semantic checks may add at most this much to asl-validator's time. */
export const GOAL_PERCENT = 30;

/** A chain of Pass -> Choice (rule to the next Pass, Default to a Fail) groups, ending in a Pass; exactly n states. */
export function generateMachine(n: number): { StartAt: string; States: Record<string, unknown> } {
  const states: Record<string, unknown> = {};
  const chain = chainOf(n);
  chain.forEach((name, position) => {
    const next = chain[position + 1];
    const index = stepIndex(name);
    if (index !== undefined) {
      states[name] = {
        Type: "Pass",
        Result: { step: index },
        ResultPath: "$.step",
        Next: `Check ${index}`,
      };
      states[`Check ${index}`] = {
        Type: "Choice",
        Choices: [
          { Variable: "$.step.step", NumericLessThanEquals: index, Next: next },
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

/** Calls per timed sample: about 500 states' worth, so a sample of a small machine is not timer noise. */
export const batchOf = (size: number) => Math.max(1, Math.round(500 / size));

/** Median milliseconds of asl-validator alone, our semantic checks alone, and validateDefinition (both). */
export function measureValidation(
  definition: unknown,
  batch = 1,
): { alone: number; checks: number; full: number } {
  const base = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });
  if (!base.isValid || !validateDefinition(definition).valid)
    throw new Error("the generated machine must be valid");
  return medianMs(
    {
      alone: () => {
        // asl-validator mutates its input: each call gets a fresh copy, made outside the timer.
        const copies = Array.from({ length: batch }, () => structuredClone(definition));
        return (index) => aslValidator(copies[index], { checkPaths: true, checkArn: true });
      },
      checks: () => () => runSemanticChecks(definition, true),
      full: () => () => validateDefinition(definition),
    },
    batch,
  );
}

/** Runs the comparison and prints the table; the root `pnpm bench` may call this. */
export function runValidateBench(): void {
  const rows = SIZES.map((size) => ({ size, ...measureValidation(generateMachine(size), batchOf(size)) }));
  console.log(
    `validateDefinition vs asl-validator 4.0.0 alone (ms per call, median of ${RUNS} samples after ${WARMUP} warm-up samples)`,
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
        alone.toFixed(2).padStart(16),
        checks.toFixed(2).padStart(13),
        full.toFixed(2).padStart(21),
        `${overhead.toFixed(1).padStart(7)}%`,
        `<= ${GOAL_PERCENT}% ${verdict}`,
      ].join(" | "),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runValidateBench();
