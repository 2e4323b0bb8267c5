/**
 * Type-check cost of the DSL: `tsc --extendedDiagnostics` on a generated 200-state typed machine and on the
 * same machine as a plain ASL object literal, side by side. Goal: check time at most 3x the literal (the
 * median of RUNS back-to-back pairs, default 11), and no "excessively deep". Both programs read the DSL's
 * bundled declarations, as a user's project reads the installed package.
 * Run: pnpm exec tsx packages/dsl/bench/typecheck.ts (STATES=400 RUNS=9 to vary)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";
import { GENERATED, literalSource, typedSource, writeGenerated } from "./typecheck/generate.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE = join(HERE, "..");
const DECLARATIONS = join(HERE, "typecheck", ".dts");
const TSC = join(PACKAGE, "..", "..", "node_modules", "typescript", "bin", "tsc");
const STATES = Number(process.env.STATES ?? 200);
const RUNS = Number(process.env.RUNS ?? 11);
const GOAL = 3;

interface Figures {
  readonly instantiations: number;
  readonly types: number;
  readonly checkSeconds: number;
  readonly memoryKb: number;
  readonly problems: readonly string[];
}

function tsc(args: readonly string[]): string {
  const result = spawnSync(process.execPath, [TSC, ...args], { cwd: PACKAGE, encoding: "utf8" });
  return `${result.stdout}${result.stderr}`;
}

function program(name: string, file: string): string {
  const config = join(GENERATED, `tsconfig.${name}.json`);
  const compilerOptions = {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    paths: { "@statesmith/dsl": [join(DECLARATIONS, "index.d.ts")] },
  };
  writeFileSync(config, JSON.stringify({ compilerOptions, files: [file] }, null, 2));
  return config;
}

function check(config: string): Figures {
  const output = tsc(["-p", config, "--extendedDiagnostics"]);
  const figure = (label: string) =>
    Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(output)?.[1] ?? Number.NaN);
  return {
    instantiations: figure("Instantiations"),
    types: figure("Types"),
    checkSeconds: figure("Check time"),
    memoryKb: figure("Memory used"),
    problems: output.split("\n").filter((line) => /error TS\d+/.test(line)),
  };
}

interface Comparison {
  readonly typed: Figures;
  readonly literal: Figures;
  /** typed / literal check time of each pair of runs, sorted. */
  readonly ratios: readonly number[];
}

/**
 * Runs the two programs in alternating pairs. This machine's speed drifts by tens of percent over tens of
 * seconds, so a ratio of two back-to-back runs is steadier than the ratio of two separate best-of-N; the
 * verdict is the median pair. The figures shown are each program's fastest run.
 */
function compare(typedConfig: string, literalConfig: string): Comparison {
  const typedRuns: Figures[] = [];
  const literalRuns: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Which program goes first alternates, so that neither always runs on the warmer (or cooler) machine.
    if (run % 2 === 0) {
      typedRuns.push(check(typedConfig));
      literalRuns.push(check(literalConfig));
    } else {
      literalRuns.push(check(literalConfig));
      typedRuns.push(check(typedConfig));
    }
  }
  const fastest = (runs: Figures[]) =>
    runs.reduce((best, figures) => (figures.checkSeconds < best.checkSeconds ? figures : best));
  const ratios = typedRuns
    .map((typed, run) => typed.checkSeconds / literalRuns[run]!.checkSeconds)
    .sort((a, b) => a - b);
  return { typed: fastest(typedRuns), literal: fastest(literalRuns), ratios };
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The declarations a user's project reads: one bundled `index.d.ts`, as tsup writes it into dist (built
 * fresh from the sources, so the bench measures this source). tsc's own per-file emit would make both
 * programs resolve imports across ~150 declaration files, which is not what an installed package costs.
 */
async function emitDeclarations(): Promise<void> {
  await build({
    entry: { index: join(PACKAGE, "src", "index.ts") },
    outDir: DECLARATIONS,
    format: ["esm"],
    dts: { only: true },
    clean: true, // a failed build leaves nothing stale to measure
    tsconfig: join(PACKAGE, "tsconfig.build.json"),
    config: false,
    silent: true,
  });
}

/** Measures and prints; sets a failing exit code when a goal is missed. The DSL's `pnpm bench` calls this. */
export async function runTypecheckBench(): Promise<void> {
  await emitDeclarations();
  const source = typedSource(STATES);
  const typedFile = writeGenerated("typed-machine.ts", source);
  // The same module against the sources, to compile it here (tsc reads the declarations instead).
  const runtimeFile = writeGenerated(
    "typed-machine.runtime.ts",
    source.replace('"@statesmith/dsl"', '"../../../src/index.js"'),
  );
  const { compile } = await import("../src/index.js");
  const { typedMachine } = (await import(runtimeFile)) as { typedMachine: Parameters<typeof compile>[0] };
  const compiled = compile(typedMachine);
  if (!compiled.ok)
    throw new Error(
      `the generated machine does not compile:\n${JSON.stringify(compiled.diagnostics, null, 2)}`,
    );
  const literalFile = writeGenerated("literal-machine.ts", literalSource(compiled.json));
  const stateCount = compiled.json.match(/"Type": /g)?.length ?? 0;

  const { typed, literal, ratios } = compare(program("typed", typedFile), program("literal", literalFile));
  const ratio = median(ratios);
  const row = (label: string, a: string, b: string) =>
    `${label.padEnd(22)}${a.padStart(14)}${b.padStart(16)}`;
  console.log(
    `Type-check cost, ${stateCount} states (fastest of ${RUNS} alternating runs each, tsc ${execFileSync(process.execPath, [TSC, "-v"]).toString().trim()})`,
  );
  console.log(row("", "typed DSL", "ASL literal"));
  console.log(row("Check time (s)", typed.checkSeconds.toFixed(2), literal.checkSeconds.toFixed(2)));
  console.log(row("Instantiations", String(typed.instantiations), String(literal.instantiations)));
  console.log(row("Types", String(typed.types), String(literal.types)));
  console.log(row("Memory (KB)", String(typed.memoryKb), String(literal.memoryKb)));
  console.log(
    `Check-time ratio: ${ratio.toFixed(2)}x, median of ${RUNS} back-to-back pairs (${ratios[0]!.toFixed(2)}x to ${ratios.at(-1)!.toFixed(2)}x) (goal: at most ${GOAL}x) ${ratio <= GOAL ? "✓" : "✗"}`,
  );
  const problems = [...typed.problems, ...literal.problems];
  const deep = problems.filter((line) => line.includes("TS2589"));
  console.log(`"excessively deep" errors: ${deep.length} (goal: 0) ${deep.length === 0 ? "✓" : "✗"}`);
  if (problems.length > 0) {
    console.log(problems.slice(0, 10).join("\n"));
    process.exitCode = 1;
  }
  if (ratio > GOAL) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runTypecheckBench();
