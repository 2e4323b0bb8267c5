import { describe, expect, it } from "vitest";
import { RequestGate } from "../../src/util/request-gate.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("RequestGate", () => {
  it("runs at most `limit` requests at once and the rest in arrival order", async () => {
    const gate = new RequestGate(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const runs = Array.from({ length: 5 }, (_, id) =>
      gate.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(id);
            release.push(() => resolve(id));
          }),
      ),
    );
    await tick();
    expect(started).toStrictEqual([0, 1]);
    release[1]!();
    await tick();
    expect(started).toStrictEqual([0, 1, 2]);
    release[0]!();
    release[2]!();
    await tick();
    expect(started).toStrictEqual([0, 1, 2, 3, 4]);
    release[3]!();
    release[4]!();
    expect(await Promise.all(runs)).toStrictEqual([0, 1, 2, 3, 4]);
  });

  it("frees the slot of a request that fails", async () => {
    const gate = new RequestGate(1);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(async () => "next")).resolves.toBe("next");
  });
});
