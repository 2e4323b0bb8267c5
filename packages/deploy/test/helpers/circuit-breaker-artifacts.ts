import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The circuit breaker's committed artifacts, located from this test file (not through the package's own
 * lookup, so a wrong lookup cannot agree with itself): the reviewed ASL and the operation's handler.
 */
const breaker = (path: string) => fileURLToPath(new URL(`../../../circuit-breaker/${path}`, import.meta.url));

export const COMMITTED_ASL_PATH = breaker("asl/circuit-breaker.asl.json");
export const HANDLER_ENTRY = breaker("src/operation/handler.ts");

/** The exact text of the committed ASL, placeholders and all. */
export const committedAsl = readFileSync(COMMITTED_ASL_PATH, "utf8");
