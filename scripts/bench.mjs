#!/usr/bin/env node
// `pnpm bench`: runs every package's benchmark (packages/*/bench/index.ts) in its own process, one after another,
// so that one package's warm caches or leftover heap never flatter another's figures.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const only = process.argv.slice(2);
const packages = readdirSync(join(root, "packages"))
  .filter((name) => existsSync(join(root, "packages", name, "bench", "index.ts")))
  .filter((name) => only.length === 0 || only.includes(name));

let failed = 0;
for (const name of packages) {
  process.stdout.write(`\n━━ @statesmith/${name} ━━\n`);
  const run = spawnSync("pnpm", ["exec", "tsx", join("packages", name, "bench", "index.ts")], {
    cwd: root,
    stdio: "inherit",
    // The AWS SDK warns once per process that it will need Node 22 from 2027: known, and noise in the figures.
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`@statesmith/${name}: benchmark exited with ${run.status ?? run.signal}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
