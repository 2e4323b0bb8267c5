import { DependencyError, type OperationRequest } from "../src/operation/operation-types.js";

/** How the simulated dependency behaves for the next calls. */
export type DependencyMode =
  | "healthy"
  /** Fails with DependencyFailure (a real failure: not retried, recorded). */
  | "failing"
  /** Fails with Lambda.TooManyRequestsException (transient: retried with backoff). */
  | "throttled"
  /** Never answers (a probe that never returns). */
  | "hanging";

/**
 * The protected operation for local runs: a handler whose behaviour a test or the demo switches, counting
 * every call that reaches it. `failNext(n)` fails the next n calls, then returns to healthy.
 */
export function createSimulatedDependency(initial: DependencyMode = "healthy") {
  let mode: DependencyMode = initial;
  let failuresLeft = 0;
  let calls = 0;
  let gate: Promise<void> | undefined;
  const held: { readonly outcome: DependencyMode; readonly until: Promise<void> }[] = [];
  const handler = async (event: OperationRequest) => {
    calls++;
    const mine = held.shift();
    if (mine) await mine.until;
    else if (gate) await gate;
    let current = mine?.outcome ?? mode;
    if (!mine && failuresLeft > 0) {
      failuresLeft--;
      current = "failing";
    }
    switch (current) {
      case "healthy":
        return { ok: true as const, servedAt: "local", echo: event ?? null, call: calls };
      case "failing":
        throw new DependencyError("the dependency failed");
      case "throttled":
        throw new DependencyError("Rate exceeded", "Lambda.TooManyRequestsException");
      case "hanging":
        return new Promise<never>(() => {});
    }
  };
  return {
    handler,
    get calls() {
      return calls;
    },
    get mode() {
      return mode;
    },
    set mode(next: DependencyMode) {
      mode = next;
    },
    failNext(count: number) {
      failuresLeft = count;
    },
    /**
     * The next call to arrive waits until the returned function is called, then behaves as `outcome`
     * (a slow call whose result comes late).
     */
    holdNext(outcome: DependencyMode): () => void {
      let release!: () => void;
      held.push({ outcome, until: new Promise<void>((resolve) => (release = resolve)) });
      return () => release();
    },
    /**
     * Holds every call that arrives until the returned function is called (calls still count on arrival):
     * lets a test start many executions and decide when their operation calls finish.
     */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

export type SimulatedDependency = ReturnType<typeof createSimulatedDependency>;
