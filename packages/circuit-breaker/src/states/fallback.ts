import { dynamodb } from "@statesmith/dsl";
import { expr } from "../jsonata/expr.js";
import { NOW } from "../jsonata/time.js";
import { ATTRIBUTE } from "../table/table-design.js";
import type { Kit } from "./kit.js";

/** Why a call was answered with a fallback (`reason` in the degraded output). */
export const REASONS = Object.freeze({
  open: "CIRCUIT_OPEN",
  forcedOpen: "FORCED_OPEN",
  probeInFlight: "PROBE_IN_FLIGHT",
  failed: "OPERATION_FAILED",
  storeUnavailable: "STORE_UNAVAILABLE",
});

function degradedOutput(kit: Kit, response: string, source: string): string {
  return `{"degraded": true, "circuit": ${kit.circuit}, "state": $circuit.state, "reason": $reason, "source": ${source}, "response": ${response}, "error": $failure}`;
}

/**
 * The degraded answer: a fallback prepared beside the call (Parallel option), else the last good response
 * if it is younger than the maximum age, else the configured default. Reading the cache fails soft: a
 * DynamoDB error still answers with the default.
 */
export function fallback(kit: Kit): unknown {
  const { fallback: policy } = kit.options;
  const fallbackDefault = JSON.stringify(policy.default);
  const prepared = policy.prepare !== undefined;
  const defaultFallback = kit.s
    .pass(kit.name("Default fallback"))
    .output(() =>
      expr<unknown>(
        degradedOutput(
          kit,
          prepared ? `$prepared.ok = true ? $prepared.response : ${fallbackDefault}` : fallbackDefault,
          prepared ? `$prepared.ok = true ? "prepared" : "default"` : `"default"`,
        ),
      ),
    );
  if (!policy.cache) return defaultFallback;
  const fresh = `$exists($item.${ATTRIBUTE.response}) and $number($item.${ATTRIBUTE.storedAt}.N) + ${policy.maxAgeSeconds * 1000} > ${NOW}`;
  const choose = (ifPrepared: string, ifCached: string, otherwise: string) =>
    `${prepared ? `$prepared.ok = true ? ${ifPrepared} : ` : ""}(${fresh} ? ${ifCached} : ${otherwise})`;
  const output = `($item := $states.result.Item; ${degradedOutput(
    kit,
    choose("$prepared.response", `$parse($item.${ATTRIBUTE.response}.S)`, fallbackDefault),
    choose(`"prepared"`, `"cache"`, `"default"`),
  )})`;
  return kit.s
    .task(kit.name("Fallback"), dynamodb.getItem({ TableName: kit.options.table, Key: kit.key("fallback") }))
    .output(() => expr<unknown>(output))
    .catch(["States.ALL"], defaultFallback);
}
