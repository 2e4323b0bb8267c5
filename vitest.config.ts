import { defineConfig } from "vitest/config";

// One run covers every package: unit tests and type tests (`*.test-d.ts`) side by side.
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
