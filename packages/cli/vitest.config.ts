import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const source = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url));

export default defineProject({
  // Tests run against sibling sources, so a change in one package is seen by the others without a build.
  resolve: {
    alias: {
      "@statesmith/dsl": source("dsl"),
      "@statesmith/local": source("local"),
      "@statesmith/circuit-breaker": source("circuit-breaker"),
      "@statesmith/deploy": source("deploy"),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
