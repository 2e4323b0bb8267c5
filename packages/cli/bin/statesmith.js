#!/usr/bin/env node
// The `statesmith` command. It runs the compiled CLI (dist/, made by `pnpm build`). When dist/ is missing, or
// STATESMITH_FROM_SOURCE=1 asks for it (the package's own tests), it runs the TypeScript sources through tsx
// instead, with this package's tsconfig so that @statesmith/* resolve to the sibling sources, not their builds.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("../dist/main.js", import.meta.url);
const fromSource = process.env.STATESMITH_FROM_SOURCE === "1" || !existsSync(compiled);

async function load() {
  if (!fromSource) return import(compiled.href);
  // Entry and handler modules loaded by the CLI (tsx's tsImport) read the same tsconfig through this variable.
  process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL("../tsconfig.json", import.meta.url));
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: process.env.TSX_TSCONFIG_PATH });
  return import(new URL("../src/main.ts", import.meta.url).href);
}

const cli = await load();
process.exitCode = await cli.main(process.argv.slice(2));
