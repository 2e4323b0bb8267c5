import { defineConfig } from "tsup";

export default defineConfig({
  // `remote` is its own entry so `@statesmith/deploy/remote` never loads aws-cdk-lib.
  entry: { index: "src/index.ts", remote: "src/remote/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  tsconfig: "tsconfig.build.json",
  // The stack finds the breaker's files from import.meta.url, which the CJS build needs shimmed.
  shims: true,
});
