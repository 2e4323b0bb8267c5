import type { Io } from "./io.js";

/**
 * A Lambda handler may throw from a timer or leave a promise rejected that nobody awaits. In a plain node process
 * that ends everything at once (a served test suite, a run's trace); reported instead, and the work goes on:
 * the execution the handler belonged to already has its handler's answer. Returns the function that stops it.
 */
export function reportStrayErrors(io: Io, command: "run" | "serve"): () => void {
  const stray = (error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`statesmith ${command}: an error escaped a handler; carrying on: ${detail}\n`);
  };
  process.on("uncaughtException", stray);
  process.on("unhandledRejection", stray);
  return () => {
    process.off("uncaughtException", stray);
    process.off("unhandledRejection", stray);
  };
}
