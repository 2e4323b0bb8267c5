import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  circuitBreakerPaths,
  deployPackageRoot,
  readCommittedFile,
} from "../../src/stacks/circuit-breaker-files.js";
import { asCircuitTableDesign } from "../../src/stacks/circuit-table.js";

describe("the breaker's files", () => {
  it("are found from this package's root, beside it in packages/", () => {
    const root = deployPackageRoot();
    expect(existsSync(join(root, "package.json"))).toBe(true);
    expect(circuitBreakerPaths()).toStrictEqual({
      definition: join(root, "..", "circuit-breaker", "asl", "circuit-breaker.asl.json"),
      handlerEntry: join(root, "..", "circuit-breaker", "src", "operation", "handler.ts"),
    });
  });

  it("a missing committed file stops the synth naming the path and the fix", () => {
    expect(() =>
      readCommittedFile("/nonexistent/circuit-breaker.asl.json", "The circuit breaker's ASL"),
    ).toThrow(
      /The circuit breaker's ASL not found at \/nonexistent\/circuit-breaker\.asl\.json\. Fix: build the circuit breaker/,
    );
  });
});

describe("asCircuitTableDesign", () => {
  const design = {
    partitionKey: { name: "pk", type: "S" },
    sortKey: { name: "sk", type: "N" },
    timeToLiveAttribute: "ttl",
  };

  it("accepts the contract's shape", () => {
    expect(asCircuitTableDesign(design, "m")).toBe(design);
  });

  it.each([
    ["nothing", undefined],
    ["a numeric partition key", { ...design, partitionKey: { name: "pk", type: "N" } }],
    ["a sort key of unknown type", { ...design, sortKey: { name: "sk", type: "X" } }],
    ["no TTL attribute", { partitionKey: design.partitionKey }],
  ])("refuses %s, naming the module", (_what, value) => {
    expect(() => asCircuitTableDesign(value, "@statesmith/circuit-breaker")).toThrow(
      /^@statesmith\/circuit-breaker does not export a circuitTableDesign/,
    );
  });
});
