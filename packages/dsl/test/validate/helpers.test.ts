import { describe, expect, test } from "vitest";
import { analyzeJsonata } from "../../src/validate/expressions/jsonata-analysis.js";
import { copyJson } from "../../src/validate/json/copy-json.js";
import { locate } from "../../src/validate/model/locate.js";
import { closestName } from "../../src/validate/suggest.js";

describe("closestName", () => {
  test("finds close spellings, case-insensitively, and nothing for wild guesses or short names", () => {
    expect(closestName("MaxAttemps", ["MaxAttempts", "BackoffRate"])).toBe("MaxAttempts");
    expect(closestName("backoffrate", ["MaxAttempts", "BackoffRate"])).toBe("BackoffRate");
    expect(closestName("IntervalSecnods", ["IntervalSeconds"])).toBe("IntervalSeconds");
    expect(closestName("Banana", ["MaxAttempts", "BackoffRate"])).toBeUndefined();
    expect(closestName("X", ["A", "B"])).toBeUndefined();
  });
});

describe("copyJson", () => {
  test("copies plain data, keeps __proto__ as a field and reports what JSON cannot hold", () => {
    const input = JSON.parse('{"a": [1, {"__proto__": {"polluted": true}}]}');
    const { data, issues } = copyJson(input);
    expect(data).toStrictEqual(input);
    expect(data).not.toBe(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(issues).toStrictEqual([]);
    expect(copyJson({ n: Number.NaN, f: () => 1, u: undefined }).issues).toStrictEqual([
      { path: ["n"], problem: "is NaN, not a JSON number" },
      { path: ["f"], problem: "is a function, not JSON data" },
    ]);
  });
});

describe("locate", () => {
  test("names nested states by their own name and the field inside them", () => {
    expect(
      locate(["States", "P", "Branches", "0", "States", "B", "Retry", "0", "MaxAttempts"]),
    ).toStrictEqual({
      state: "B",
      field: "Retry[0].MaxAttempts",
    });
    expect(locate(["States", "M", "ItemProcessor", "States", "W", "Next"])).toStrictEqual({
      state: "W",
      field: "Next",
    });
    expect(locate(["States", "P", "Branches", "1", "StartAt"])).toStrictEqual({
      state: "P",
      field: "Branches[1].StartAt",
    });
    expect(locate(["TimeoutSeconds"])).toStrictEqual({ state: null, field: "TimeoutSeconds" });
  });
});

describe("analyzeJsonata", () => {
  test("collects variable reads, $states fields and top-level names; bindings and built-ins are not reads", () => {
    const analysis = analyzeJsonata(
      " ($n := $limit; $map($states.input.items, function($v) { $v.price * $n + $tax })) & $states.result.id & $string(count) ",
    );
    expect(analysis.ok).toBe(true);
    if (!analysis.ok) return;
    expect(analysis.reads.map((read) => read.name)).toStrictEqual(["limit", "tax"]);
    expect([...analysis.statesFields]).toStrictEqual(["input", "result"]);
    expect(analysis.topLevelNames).toStrictEqual(["count"]);
  });

  test("names inside path steps and filters are fields of the step's value, not top-level reads", () => {
    const analysis = analyzeJsonata("$states.input.items[price > 10].name");
    expect(analysis.ok && analysis.topLevelNames).toStrictEqual([]);
  });

  test("a parse error carries jsonata's message and position", () => {
    expect(analyzeJsonata("$states.input +")).toMatchObject({
      ok: false,
      message: "Unexpected end of expression",
    });
  });
});
