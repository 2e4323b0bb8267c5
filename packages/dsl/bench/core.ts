/**
 * DSL core figures on generated Pass/Choice/Fail chains of 10, 100 and 1,000 states (generateMachine's shape):
 * (a) our machine() + rendering to JSON text, without validation (and compile(), which validates, for scale);
 * (b) aws-cdk-lib's Pass/Choice/Fail constructs chained in a fresh Stack + StateGraph.toGraphJson(), as text;
 * (c) validateDefinition's semantic checks against asl-validator alone (validate.ts's measurement).
 * All three build the same definition: checked once per size, before timing.
 * index.ts runs this as built JS (see built.ts); run directly with tsx, the DSL's figures include tsx's overhead.
 */
import { deepStrictEqual } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { App, Stack } from "aws-cdk-lib";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { compile } from "../src/index.js";
import { cdkJson } from "./core/cdk-chain.js";
import { dslMachine, renderJson } from "./core/dsl-chain.js";
import { medianMs, type Prepare, RUNS, WARMUP } from "./timing.js";
import { batchOf, GOAL_PERCENT, generateMachine, measureValidation } from "./validate.js";

const SIZES = [10, 100, 1000];

interface Row {
  readonly size: number;
  /** (a) */
  readonly build: number;
  readonly render: number;
  readonly buildAndRender: number;
  readonly compile: number;
  /** (b) */
  readonly cdk: number;
  /** (c) */
  readonly alone: number;
  readonly checks: number;
  readonly full: number;
}

/** The same definition from all three builders, or a thrown assertion naming the difference. */
function checkSameMachine(size: number, app: App): void {
  const diagnostics: Diagnostic[] = [];
  const built = dslMachine(size);
  const expected = generateMachine(size);
  deepStrictEqual(JSON.parse(renderJson(built, diagnostics)), expected, `DSL chain of ${size}`);
  deepStrictEqual(JSON.parse(cdkJson(new Stack(app, `Same${size}`), size)), expected, `CDK chain of ${size}`);
  const compiled = compile(built);
  if (diagnostics.length > 0 || !compiled.ok)
    throw new Error(`the DSL chain of ${size} has diagnostics: ${JSON.stringify(compiled.diagnostics)}`);
}

function measure(size: number, outdir: string): Row {
  checkSameMachine(size, new App({ outdir }));
  const batch = batchOf(size);
  const dsl = medianMs(
    {
      build: () => () => dslMachine(size),
      render: () => {
        // Machines built untimed: this is the rendering alone.
        const built = Array.from({ length: batch }, () => dslMachine(size));
        return (index) => renderJson(built[index]!);
      },
      buildAndRender: () => () => renderJson(dslMachine(size)),
      compile: () => () => compile(dslMachine(size)),
      cdk: () => {
        // A fresh App and Stacks, made untimed: the figure is the machine, not CDK's set-up.
        const app = new App({ outdir });
        const stacks = Array.from({ length: batch }, (_, index) => new Stack(app, `Bench${index}`));
        return (index) => cdkJson(stacks[index]!, size);
      },
    },
    batch,
  );
  return { size, ...dsl, ...measureValidation(generateMachine(size), batch) };
}

function stackCost(outdir: string): Prepare {
  return () => {
    const app = new App({ outdir });
    return (index) => new Stack(app, `Stack${index}`);
  };
}

const ms = (value: number) => value.toFixed(2);
const overhead = (row: Row) => (row.checks / row.alone) * 100;
const mark = (met: boolean) => (met ? "✓" : "✗");
const COLUMNS: readonly (readonly [string, (row: Row) => string])[] = [
  ["states", (row) => row.size.toLocaleString("en-US")],
  ["DSL build", (row) => ms(row.build)],
  ["render", (row) => ms(row.render)],
  ["build+render", (row) => ms(row.buildAndRender)],
  ["compile()", (row) => ms(row.compile)],
  ["CDK build+JSON", (row) => ms(row.cdk)],
  ["DSL/CDK", (row) => `${(row.buildAndRender / row.cdk).toFixed(2)}x ${mark(row.buildAndRender < row.cdk)}`],
  ["asl-validator", (row) => ms(row.alone)],
  ["our checks", (row) => ms(row.checks)],
  ["validateDefinition", (row) => ms(row.full)],
  ["overhead", (row) => `${overhead(row).toFixed(1)}% ${mark(overhead(row) <= GOAL_PERCENT)}`],
];

function print(rows: readonly Row[]): void {
  const widths = COLUMNS.map(([title, cell]) =>
    Math.max(title.length, ...rows.map((row) => cell(row).length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((text, column) => text.padStart(widths[column]!)).join(" | ");
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const row of rows) console.log(line(COLUMNS.map(([, cell]) => cell(row))));
}

/** Measures every size and prints the table and the two goals; the goals are reported, not enforced. */
export function runCoreBench(): void {
  const outdir = mkdtempSync(join(tmpdir(), "statesmith-dsl-bench-"));
  try {
    const rows = SIZES.map((size) => measure(size, outdir));
    console.log(
      `DSL core: ms per machine, median of ${RUNS} samples after ${WARMUP} warm-up samples (Node ${process.version})`,
    );
    console.log(
      "(a) DSL build = machine(); render = its JSON text without validation; build+render = both, timed together;",
    );
    console.log("    compile() = render + validateDefinition, for scale.");
    console.log(
      "(b) CDK build+JSON = Pass/Choice/Fail constructs chained in a fresh Stack (made untimed) + StateGraph.toGraphJson() as text.",
    );
    console.log(
      "(c) asl-validator alone, our semantic checks alone, validateDefinition (both); overhead = checks / asl-validator.",
    );
    console.log("All three produce the same definition (checked before timing).\n");
    print(rows);
    const { stack } = medianMs({ stack: stackCost(outdir) }, 100);
    console.log(`(Creating the CDK Stack, excluded from (b): ${ms(stack)} ms per Stack in an existing App.)`);
    const faster = rows.every((row) => row.buildAndRender < row.cdk);
    const cheap = rows.every((row) => overhead(row) <= GOAL_PERCENT);
    console.log(
      `\n${mark(faster)} goal: our build+render faster than CDK's build+toGraphJson, at every size`,
    );
    console.log(
      `${mark(cheap)} goal: our semantic checks add at most ${GOAL_PERCENT}% to asl-validator, at every size`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runCoreBench();
