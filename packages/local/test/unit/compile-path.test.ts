import { describe, expect, it } from "vitest";
import { compilePath, PathSyntaxError } from "../../src/paths/compile-path.js";
import { MISSING, type PathData } from "../../src/paths/path-data.js";
import { compileResultPath } from "../../src/paths/result-path.js";

const data = (input: unknown, vars: Record<string, unknown> = {}): PathData => ({
  input: input as never,
  context: () => ({ State: { Name: "S" } }),
  variable: (name) => (name in vars ? (vars[name] as never) : MISSING),
});

describe("compiled JSONPaths", () => {
  it("read members, indexes and roots", () => {
    expect(compilePath("$.a.b[1]").read(data({ a: { b: [0, 7] } }))).toBe(7);
    expect(compilePath("$$.State.Name").read(data({}))).toBe("S");
    expect(compilePath("$v.x").read(data({}, { v: { x: 3 } }))).toBe(3);
    expect(compilePath("$.a.missing").read(data({ a: {} }))).toBe(MISSING);
    expect(compilePath("$.a[5]").read(data({ a: [1] }))).toBe(MISSING);
  });

  it("do not read inherited properties", () => {
    expect(compilePath("$.toString").read(data({}))).toBe(MISSING);
  });

  it("spell themselves as Jayway does in errors", () => {
    expect(compilePath("$.a.b[0]").normalized).toBe("$['a']['b'][0]");
  });

  it("report syntax errors with the position", () => {
    expect(() => compilePath("$.a[")).toThrow(PathSyntaxError);
  });
});

describe("ResultPath", () => {
  it("copies only the objects on the path and leaves the input untouched", () => {
    const input = { keep: { deep: [1] }, target: { old: 1 } };
    const output = compileResultPath("$.target.new")(input, 2) as typeof input & { target: { new: number } };
    expect(output).toStrictEqual({ keep: { deep: [1] }, target: { old: 1, new: 2 } });
    expect(input.target).toStrictEqual({ old: 1 });
    expect(output.keep).toBe(input.keep);
  });

  it("is refused for paths that are not reference paths", () => {
    expect(() => compileResultPath("$.items[*]")).toThrow(/reference path/);
    expect(() => compileResultPath("$$.State")).toThrow(/reference path/);
  });
});
