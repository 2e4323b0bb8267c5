/**
 * Where the breaker's committed artifacts live, found from this package's own root so the same code works
 * from src/ (tsx, vitest) and from dist/ (built): packages/deploy → packages/circuit-breaker.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StatesmithDeployError } from "../definition/deploy-error.js";

export function deployPackageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!isDeployPackage(directory)) {
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error("internal: @statesmith/deploy's package.json not found above its sources");
    directory = parent;
  }
  return directory;
}

function isDeployPackage(directory: string): boolean {
  const manifest = join(directory, "package.json");
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@statesmith/deploy";
}

export function circuitBreakerPaths() {
  const breaker = join(deployPackageRoot(), "..", "circuit-breaker");
  return {
    definition: join(breaker, "asl", "circuit-breaker.asl.json"),
    handlerEntry: join(breaker, "src", "operation", "handler.ts"),
  };
}

/** Read at synth time, so a rebuilt ASL deploys without touching this package. */
export function readCommittedFile(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new StatesmithDeployError(
      `${what} not found at ${path}. Fix: build the circuit breaker (packages/circuit-breaker) first, or pass it explicitly to CircuitBreakerStack.`,
    );
  }
  return readFileSync(path, "utf8");
}
