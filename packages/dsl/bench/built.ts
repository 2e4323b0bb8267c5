/**
 * Timed code runs as built JS, as dist ships it. tsx compiles with esbuild's keepNames, which wraps every
 * function a call creates in `__name(…)`: under tsx our builders and renderer (closure-heavy) ran about 2x
 * slower than the same code built by tsup, while aws-cdk-lib and asl-validator run precompiled.
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const BUILT = join(HERE, ".built");

/** Bundles `bench/<name>.ts` with its sources (packages stay external), like tsup builds dist, and imports it. */
export async function importBuilt<M>(name: string): Promise<M> {
  await build({
    entry: { [name]: join(HERE, `${name}.ts`) },
    outDir: BUILT,
    outExtension: () => ({ js: ".mjs" }),
    format: ["esm"],
    platform: "node",
    target: "node20",
    skipNodeModulesBundle: true,
    tsconfig: join(HERE, "..", "tsconfig.json"),
    config: false,
    silent: true,
  });
  return (await import(pathToFileURL(join(BUILT, `${name}.mjs`)).href)) as M;
}
