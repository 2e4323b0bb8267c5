import jsonata from "jsonata";
import { describe, expect, it } from "vitest";
import type { JsonataScope } from "../../src/jsonata/compile-jsonata.js";
import { compileFastPath, FALLBACK } from "../../src/jsonata/fast-path.js";

const scopes: JsonataScope[] = [
  {
    vars: { count: 3, name: "ada", flag: true, list: [1], nothing: null, obj: { a: 1 } },
    states: {
      input: { total: 120, nested: { code: "X7" }, items: [{ a: 1 }] },
      context: { State: { Name: "S" } },
    },
  },
  {
    vars: { count: "3", name: 7, flag: "yes", list: [], nothing: 0, obj: [1, 2] },
    states: { input: [1, 2], result: { ok: false }, context: {} },
  },
];

/** Expressions of the subset, and a few around its edges that must go to jsonata. */
const EXPRESSIONS = [
  "$count + 1",
  "$count - 1.5",
  "$count * $count",
  "$count / 0",
  "$count % 2",
  "-$count",
  "$count < 2500",
  "$count >= 3",
  "$name < 'b'",
  "$name & '!'",
  "$count = 3",
  "$name != 'ada'",
  "$nothing = null",
  "$flag and true",
  "$flag or false",
  "$states.input.total > 100",
  "$states.input.nested.code",
  "$states.input.missing",
  "$states.input.nested.missing.deeper",
  "$states.input.items",
  "$states.result.ok = false",
  "$states.context.State.Name",
  "$states.input.constructor",
  "$list",
  "$obj",
  "$obj.a",
  "$toString",
  "$count + $states.input.total",
  "true",
  "'text'",
  "42",
];

// What Step Functions would hand on: jsonata's result, with sequences as plain arrays; errors as errors.
async function byJsonata(text: string, scope: JsonataScope): Promise<unknown> {
  try {
    const value = await jsonata(text).evaluate(scope.states.input, { ...scope.vars, states: scope.states });
    return Array.isArray(value) ? Array.from(value) : typeof value === "function" ? undefined : value;
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

describe("the JSONata fast path", () => {
  it.each(EXPRESSIONS)("%s: whenever it answers, it answers what jsonata answers", async (text) => {
    const native = compileFastPath(jsonata(text).ast());
    for (const scope of scopes) {
      const quick = native?.(scope);
      if (quick === undefined || quick === FALLBACK) continue;
      expect(quick).toStrictEqual(await byJsonata(text, scope));
    }
  });

  it("answers the simple expressions of a counter loop without jsonata", () => {
    const scope = scopes[0]!;
    const quick = (text: string) => compileFastPath(jsonata(text).ast())?.(scope);
    expect(quick("$count + 1")).toBe(4);
    expect(quick("$count < 2500")).toBe(true);
    expect(quick("$states.input.nested.code")).toBe("X7");
    expect(quick("$states.input.total > 100 and $flag")).toBe(true);
  });

  it.each(["$count(1)", "$sum($list)", "$count[0]", "$states.input.items[0].a", "($x := 1; $x)", "$"])(
    "leaves %s to jsonata",
    (text) => {
      expect(compileFastPath(jsonata(text).ast())).toBeUndefined();
    },
  );

  it("leaves values of other kinds to jsonata: arrays, strings in arithmetic, inherited names", () => {
    const [first, second] = scopes as [JsonataScope, JsonataScope];
    const quick = (text: string, scope: JsonataScope) => compileFastPath(jsonata(text).ast())?.(scope);
    expect(quick("$list", first)).toBe(FALLBACK);
    expect(quick("$count + 1", second)).toBe(FALLBACK);
    expect(quick("$states.input.constructor", first)).toBe(FALLBACK);
    expect(quick("$toString", first)).toBe(FALLBACK);
    expect(quick("$count / 0", first)).toBe(FALLBACK);
  });
});
