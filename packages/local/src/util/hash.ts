import { createHash } from "node:crypto";
import { HASH_ALGORITHMS } from "@statesmith/dsl";

/**
 * The hex digest of `text` by one of the algorithms Step Functions names (States.Hash and JSONata's $hash take
 * the same ones: MD5, SHA-1, SHA-256, SHA-384, SHA-512); undefined for any other name.
 */
export function hashText(text: string, algorithm: unknown): string | undefined {
  if (typeof algorithm !== "string" || !(HASH_ALGORITHMS as readonly string[]).includes(algorithm))
    return undefined;
  // Node's names are the same without the dash, in lower case: "SHA-256" is "sha256".
  return createHash(algorithm.replace("-", "").toLowerCase()).update(text, "utf8").digest("hex");
}

export const HASH_ALGORITHM_LIST = HASH_ALGORITHMS.join(", ");
