import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const run = promisify(execFile);

/**
 * `pnpm exec statesmith …` at the repository root, as the README says: the bin as pnpm installed it, running
 * the compiled dist/ (the root `pnpm test` builds first; skipped in a checkout that was never built).
 */
describe.skipIf(!existsSync(DIST))("pnpm exec statesmith at the repository root (built)", () => {
  it("answers --version from the compiled CLI", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    const { stdout } = await run("pnpm", ["exec", "statesmith", "--version"], {
      cwd: ROOT,
      env: withoutSourceMode(),
    });
    expect(stdout).toBe(`${version}\n`);
  });

  it("validates an AWS documentation example with the compiled validator", async () => {
    const file = "packages/dsl/test/validate/fixtures/aws-docs/spec-hello-world.asl.json";
    const { stdout } = await run("pnpm", ["exec", "statesmith", "validate", file], {
      cwd: ROOT,
      env: withoutSourceMode(),
    });
    expect(stdout).toBe(`${file}: valid\n`);
  });
});

function withoutSourceMode(): NodeJS.ProcessEnv {
  const { STATESMITH_FROM_SOURCE: _source, ...env } = process.env;
  return env;
}
