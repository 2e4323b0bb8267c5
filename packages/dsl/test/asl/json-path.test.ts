import { describe, expect, test } from "vitest";
import { parseJsonPath } from "../../src/asl/json-path.js";

// Paths as Step Functions reads them:
// https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
const legsOf = (text: string) => {
  const parsed = parseJsonPath(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.message} at ${parsed.position}`);
  return parsed.path;
};

describe("parseJsonPath", () => {
  test("roots: input, context object and variables", () => {
    expect(legsOf("$").root).toStrictEqual({ kind: "input" });
    expect(legsOf("$").legs).toStrictEqual([]);
    expect(legsOf("$$.Execution.Id").root).toStrictEqual({ kind: "context" });
    expect(legsOf("$order.id")).toMatchObject({ root: { kind: "variable", name: "order" } });
    expect(legsOf("$order.id").legs).toStrictEqual([{ kind: "member", name: "id" }]);
    // Variable names are Unicode identifiers, not only ASCII ones.
    expect(legsOf("$café.total").root).toStrictEqual({ kind: "variable", name: "café" });
    expect(legsOf("$_tmp1").root).toStrictEqual({ kind: "variable", name: "_tmp1" });
  });

  test("reference paths are definite; wildcards and filters are not", () => {
    const path = legsOf("$.store.book[0]['first name']");
    expect(path.legs).toStrictEqual([
      { kind: "member", name: "store" },
      { kind: "member", name: "book" },
      { kind: "index", index: 0 },
      { kind: "member", name: "first name" },
    ]);
    expect(path.definite).toBe(true);
    expect(legsOf("$.a[*].b").definite).toBe(false);
    expect(legsOf("$..author").legs).toStrictEqual([
      { kind: "descendant", leg: { kind: "member", name: "author" } },
    ]);
  });

  test("slices, unions and trailing functions", () => {
    expect(legsOf("$.a[1:3]").legs[1]).toStrictEqual({ kind: "slice", start: 1, end: 3 });
    expect(legsOf("$.a[-1:]").legs[1]).toStrictEqual({ kind: "slice", start: -1 });
    expect(legsOf("$.a[0,2]").legs[1]).toStrictEqual({ kind: "union", members: [0, 2] });
    expect(legsOf("$['a','b']").legs[0]).toStrictEqual({ kind: "union", members: ["a", "b"] });
    expect(legsOf("$.items.length()").legs[1]).toStrictEqual({ kind: "function", name: "length" });
  });

  test("filters with comparisons, logic and regexes", () => {
    const leg = legsOf("$.book[?(@.price < 10 && @.category == 'fiction')]").legs[1];
    expect(leg).toStrictEqual({
      kind: "filter",
      expression: {
        kind: "and",
        left: {
          kind: "compare",
          op: "<",
          left: { kind: "path", relative: true, legs: [{ kind: "member", name: "price" }] },
          right: { kind: "literal", value: 10 },
        },
        right: {
          kind: "compare",
          op: "==",
          left: { kind: "path", relative: true, legs: [{ kind: "member", name: "category" }] },
          right: { kind: "literal", value: "fiction" },
        },
      },
    });
    expect(legsOf("$.a[?(@.isbn)]").legs[1]).toMatchObject({ expression: { kind: "exists" } });
    expect(legsOf("$.a[?(@.name =~ /^ab.*/i)]").legs[1]).toMatchObject({
      expression: { op: "=~", right: { kind: "regex", source: "^ab.*", flags: "i" } },
    });
  });

  // Jayway, which Step Functions reads paths with, takes each of these; AWS's paths page writes the first.
  test("a bracket after a dot, numbers without a leading 0, whitespace around the path", () => {
    expect(legsOf("$.abc.['def ghi']").legs).toStrictEqual([
      { kind: "member", name: "abc" },
      { kind: "member", name: "def ghi" },
    ]);
    expect(legsOf("$.[0]").legs).toStrictEqual([{ kind: "index", index: 0 }]);
    expect(legsOf("$.[?(@.OU > 0)]").legs[0]).toMatchObject({ kind: "filter" });
    expect(legsOf("$.items[?(@.score > .85)]").legs[1]).toMatchObject({
      expression: { op: ">", right: { kind: "literal", value: 0.85 } },
    });
    expect(legsOf("$$.Execution.Name ")).toMatchObject({
      root: { kind: "context" },
      legs: [
        { kind: "member", name: "Execution" },
        { kind: "member", name: "Name" },
      ],
    });
    expect(legsOf(" $.a").legs).toStrictEqual([{ kind: "member", name: "a" }]);
  });

  // Jayway's filter operators and JSON literal operands: https://github.com/json-path/JsonPath#filter-operators
  test("word operators, read in any case, with JSON literal operands", () => {
    const tag = { kind: "path", relative: true, legs: [{ kind: "member", name: "tag" }] };
    expect(legsOf("$.items[?(@.tag in ['a','b'])]").legs[1]).toStrictEqual({
      kind: "filter",
      expression: { kind: "compare", op: "in", left: tag, right: { kind: "literal", value: ["a", "b"] } },
    });
    for (const op of ["nin", "subsetof", "anyof", "noneof", "contains"]) {
      expect(legsOf(`$[?(@.tag ${op} [1])]`).legs[0]).toMatchObject({ expression: { op } });
    }
    expect(legsOf("$[?(@.tag NIN [1])]").legs[0]).toMatchObject({ expression: { op: "nin" } });
    expect(legsOf("$[?(@.tags size 2)]").legs[0]).toMatchObject({
      expression: { op: "size", right: { kind: "literal", value: 2 } },
    });
    expect(legsOf("$[?(@.tags empty false && @.a)]").legs[0]).toMatchObject({
      expression: { kind: "and", left: { op: "empty", right: { kind: "literal", value: false } } },
    });
    // Strings in either quote with escapes, nested arrays and objects with quoted or bare keys.
    expect(
      legsOf(`$[?(@.a == [ "x\\"y", 'z\\n', -1.5e2, true, null, [], {b: 1, 'c d': {}, "__proto__": 2} ])]`)
        .legs[0],
    ).toMatchObject({
      expression: {
        right: {
          kind: "literal",
          value: ['x"y', "z\n", -150, true, null, [], { b: 1, "c d": {}, ["__proto__"]: 2 }],
        },
      },
    });
    expect(legsOf("$[?(@.a in $.allowed)]").legs[0]).toMatchObject({
      expression: { op: "in", right: { kind: "path", relative: false } },
    });
  });

  test("a function may end a filter operand path", () => {
    expect(legsOf("$.items[?(@.tags.length() > 1)]").legs[1]).toMatchObject({
      expression: {
        op: ">",
        left: {
          kind: "path",
          legs: [
            { kind: "member", name: "tags" },
            { kind: "function", name: "length" },
          ],
        },
      },
    });
    expect(legsOf("$[?(@.prices.min())]").legs[0]).toMatchObject({ expression: { kind: "exists" } });
  });

  test.each([
    // A word operator is read up to a space, as Jayway reads it.
    ["$[?(@.tag in['a'])]", 12],
    ["$[?(@.tag like 'a')]", 10],
    ["$[?(@.tag in ['a')]", 17],
    ["$[?(@.tag in [a])]", 14],
    ["$[?(@.tag in [1 2])]", 16],
    ["$[?(@.tag in {a 1})]", 16],
    ["$[?(@.tag in ['a)]", 14],
    // Jayway reads a term without an operator as an exists check, which only a path can be.
    ["$[?(true)]", 4],
    ["$[?(@.a && 'x')]", 11],
    ["$[?(@.tags.length().x > 1)]", 19],
  ])("refuses the filter %s with a position", (text, position) => {
    const parsed = parseJsonPath(text);
    expect(parsed).toMatchObject({ ok: false, position });
  });

  test.each([
    ["order.id", 0],
    ["$.", 2],
    ["$.a[", 4],
    ["$.a[?(@.b < )]", 12],
    ["$['a", 2],
    ["$.a.length().b", 12],
    ["$.a b", 3],
  ])("refuses %s with a position", (text, position) => {
    const parsed = parseJsonPath(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.position).toBe(position);
  });
});
