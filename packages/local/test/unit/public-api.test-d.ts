import { describe, expectTypeOf, it } from "vitest";
import {
  createEngine,
  type Engine,
  type ExecutionResult,
  type HistoryEvent,
  type LambdaHandler,
  type LoadedMachine,
  type RealClock,
  type VirtualClock,
} from "../../src/index.js";

interface Order {
  readonly id: string;
  readonly total: number;
}

describe("the public API types", () => {
  it("accepts handlers that declare their own event type", () => {
    const handler: LambdaHandler = (event: Order) => ({ charged: event.total });
    createEngine({ handlers: { charge: handler, plain: async () => "ok" } });
  });

  it("types results and history", () => {
    const engine: Engine = createEngine();
    expectTypeOf(engine.run({ StartAt: "P", States: {} })).resolves.toEqualTypeOf<ExecutionResult>();
    expectTypeOf<ExecutionResult["status"]>().toEqualTypeOf<
      "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED"
    >();
    expectTypeOf<ExecutionResult["history"]>().toEqualTypeOf<HistoryEvent[]>();
    expectTypeOf(engine.load({})).toEqualTypeOf<LoadedMachine>();
  });

  it("refuses input that is not JSON at compile time", () => {
    const engine = createEngine();
    const machine = engine.load({});
    // @ts-expect-error a function is not JSON
    engine.start(machine, { callback: () => 1 });
    // @ts-expect-error a Date is not JSON
    engine.start(machine, new Date());
  });

  it("types the engine's clock by the clock option", () => {
    expectTypeOf(createEngine().clock).toEqualTypeOf<VirtualClock>();
    expectTypeOf(createEngine({ clock: "real" }).clock).toEqualTypeOf<RealClock>();
    createEngine().clock.advance(1_000);
    // @ts-expect-error a real clock cannot be advanced
    createEngine({ clock: "real" }).clock.advance(1_000);
  });

  it("exposes the virtual clock's controls", () => {
    expectTypeOf<VirtualClock["advance"]>().toEqualTypeOf<(ms: number) => void>();
    // @ts-expect-error the clock option takes "virtual", "real" or a Clock
    createEngine({ clock: "fast" });
  });
});
