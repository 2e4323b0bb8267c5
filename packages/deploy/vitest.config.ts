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
    // The AWS SDK warns once per process that it will need Node 22 from 2027; known, and noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
