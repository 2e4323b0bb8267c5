import { dynamodb, type Expr } from "@statesmith/dsl";
import { expr } from "../jsonata/expr.js";
import { asN, expiresAfter, NOW } from "../jsonata/time.js";
import { ATTRIBUTE } from "../table/table-design.js";
import { type Kit, keepInput } from "./kit.js";

/** The caller's answer when the operation succeeded. */
export function successOutput(kit: Kit, response: Expr<unknown>) {
  return {
    degraded: false,
    circuit: expr<string>(kit.circuit),
    state: expr<string>("$circuit.state"),
    response,
  };
}

/** Answers with `$response` after bookkeeping that failed: it never turns a good response into a failure. */
export function respond(kit: Kit): unknown {
  return kit.s.pass(kit.name("Respond")).output(() => successOutput(kit, expr("$response")));
}

/**
 * Caches the good response for degraded calls in the fallback item, expiring after the maximum age. Stored
 * as JSON text, so any response shape fits one attribute. Its catcher (`Respond`) is the success end for
 * when DynamoDB fails.
 */
export function cacheResponse(kit: Kit, respondState: unknown): unknown {
  const { maxAgeSeconds } = kit.options.fallback;
  return kit.s
    .task(
      kit.name("Cache response"),
      dynamodb.putItem({
        TableName: kit.options.table,
        Item: {
          ...kit.key("fallback"),
          [ATTRIBUTE.response]: { S: expr<string>("$string($response)") },
          [ATTRIBUTE.storedAt]: { N: expr<string>(asN(NOW)) },
          [ATTRIBUTE.expiresAt]: { N: expr<string>(asN(expiresAfter(maxAgeSeconds))) },
        },
      }),
    )
    .output(() => successOutput(kit, expr("$response")))
    .catch(["States.ALL"], { output: keepInput, next: respondState } as never);
}
