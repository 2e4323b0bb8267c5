// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${Name} is a CloudFormation/CDK definition substitution, not a template.
import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import { awsDocsFixtures } from "./fixtures.js";

// validateDefinition is total: random and mangled values, cycles, functions, throwing getters and proxies
// all come back as diagnostics, and the argument is never changed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  true,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "",
  "x",
  "$.a",
  "$$.x",
  "{% ( %}",
  "{% $x %}",
  "States.Format('{}')",
  "${Placeholder}",
  [],
  [null],
  {},
  { Type: "Pass" },
  () => 1,
  Symbol("s"),
  10n,
  new Date(0),
  new Map(),
  "2016-03-14T01:59:00Z",
];

function mangle(value: unknown, next: () => number, depth = 0): unknown {
  const pick = () => ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  if (depth > 6) return pick();
  if (Array.isArray(value))
    return value.map((item) => (next() < 0.1 ? pick() : mangle(item, next, depth + 1)));
  if (typeof value !== "object" || value === null) return next() < 0.1 ? pick() : value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const roll = next();
    if (roll < 0.04) continue;
    if (roll < 0.08) out[`${key}x`] = item;
    else if (roll < 0.14) out[key] = pick();
    else out[key] = mangle(item, next, depth + 1);
  }
  return out;
}

function expectWellFormed(definition: unknown): void {
  const result = validateDefinition(definition);
  expect(typeof result.valid).toBe("boolean");
  for (const diagnostic of result.diagnostics) {
    expect(["error", "warning"]).toContain(diagnostic.severity);
    expect(["refused-by-aws", "fails-at-run-time"]).toContain(diagnostic.kind);
    expect(diagnostic.state === null || typeof diagnostic.state === "string").toBe(true);
    expect(diagnostic.field === null || typeof diagnostic.field === "string").toBe(true);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    // Never ajv's bare oneOf: every asl-validator error is either explained by ours or named and translated.
    expect(diagnostic.message).not.toMatch(/^[^(]*must match exactly one schema in oneOf/);
    expect(diagnostic.message).not.toContain("could not validate");
  }
  expect(result.valid).toBe(!result.diagnostics.some((diagnostic) => diagnostic.severity === "error"));
}

describe("validateDefinition never throws", () => {
  test.each(ODD_VALUES.map((value) => [String(typeof value === "symbol" ? "symbol" : value), value]))(
    "on the value %s",
    (_label, value) => {
      expectWellFormed(value);
    },
  );

  test("on a cycle, a function, a throwing getter, a proxy and a class instance inside a definition", () => {
    const definition: Record<string, unknown> = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };
    const state = (definition.States as Record<string, Record<string, unknown>>).A!;
    state.Self = definition;
    state.Fn = () => 1;
    Object.defineProperty(state, "Boom", {
      enumerable: true,
      get: () => {
        throw new Error("no");
      },
    });
    state.Proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    state.When = new Date(0);
    const result = validateDefinition(definition);
    expect(result.valid).toBe(false);
    const messages = result.diagnostics.map((diagnostic) => `${diagnostic.field}: ${diagnostic.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Self: This value refers back to an object that contains it (a cycle).",
        "Fn: This value is a function, not JSON data.",
        "Boom: This value could not be read (no).",
        "When: This value is a Date object, not JSON data.",
      ]),
    );
    expect(state.Self).toBe(definition);
  });

  test("on a deeply nested value", () => {
    let deep: unknown = { Type: "Pass", End: true };
    for (let level = 0; level < 20000; level++) deep = { nested: deep };
    expectWellFormed({ StartAt: "A", States: { A: deep } });
  });

  test("on 80 mangled copies of the AWS documentation examples, leaving each argument unchanged", () => {
    const next = random(20240601);
    for (let round = 0; round < 80; round++) {
      const [, fixture] = awsDocsFixtures[Math.floor(next() * awsDocsFixtures.length)]!;
      const definition = mangle(fixture, next);
      const text = JSON.stringify(definition, (_key, value) =>
        typeof value === "bigint" ? `${value}n` : value,
      );
      expectWellFormed(definition);
      expect(
        JSON.stringify(definition, (_key, value) => (typeof value === "bigint" ? `${value}n` : value)),
      ).toBe(text);
    }
  });
});
