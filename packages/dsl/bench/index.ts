/**
 * @statesmith/dsl benchmark, two parts:
 * - DSL core (core.ts): build + render against aws-cdk-lib's aws-stepfunctions, and our validation against
 *   asl-validator alone, on generated chains of 10, 100 and 1,000 states; run as built JS (see built.ts).
 * - Typed data flow (typecheck.ts): tsc's cost on a 200-state typed machine against the same ASL literal.
 * Run from the repository root: pnpm exec tsx packages/dsl/bench/index.ts
 */
import { importBuilt } from "./built.js";
import { runTypecheckBench } from "./typecheck.js";

console.log("── DSL core ──");
const core = await importBuilt<typeof import("./core.js")>("core");
core.runCoreBench();
console.log("\n── Typed data flow ──");
await runTypecheckBench();
