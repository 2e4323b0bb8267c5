import { circuitBreakerMachine } from "../../src/index.js";

/** Small thresholds so a scenario trips in a few calls; everything else as the committed machine. */
export const quickTrip = (extra: Parameters<typeof circuitBreakerMachine>[0] = {}) =>
  circuitBreakerMachine({
    trip: { mode: "failureCount", failures: 2, minimumCalls: 2, windowSeconds: 60 },
    ...extra,
  });
