import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const source = (pkg: string, entry = "index.ts") =>
  fileURLToPath(new URL(`../${pkg}/src/${entry}`, import.meta.url));

export default defineProject({
  // Tests run against sibling sources, so a change in one package is seen by the others without a build.
  resolve: {
    alias: {
      // Before "@statesmith/deploy", which would otherwise swallow the subpath as a prefix.
      "@statesmith/deploy/remote": source("deploy", "remote/index.ts"),
      "@statesmith/dsl": source("dsl"),
      "@statesmith/local": source("local"),
      "@statesmith/circuit-breaker": source("circuit-breaker"),
      "@statesmith/deploy": source("deploy"),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Most tests run the real bin in a child process (tsx compiling the sources), several at once on 2 cores.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
