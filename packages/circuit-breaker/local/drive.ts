import type { LocalBreaker } from "./local-breaker.js";

/** Fails the dependency until the circuit is OPEN; returns the item's openUntil. */
export async function trip(breaker: LocalBreaker, circuit: string): Promise<number> {
  const mode = breaker.dependency.mode;
  breaker.dependency.mode = "failing";
  for (let call = 0; call < 1_000; call++) {
    await breaker.call(circuit);
    const item = await breaker.circuitItem(circuit);
    if (item?.circuitState === "OPEN") {
      breaker.dependency.mode = mode;
      return item.openUntil as number;
    }
  }
  throw new Error("the circuit never opened");
}
