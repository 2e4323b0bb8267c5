import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors.js";
import { parseCommandLine } from "../../src/cli/options.js";

const specs = {
  out: { type: "string", value: "DIR", description: "d" },
  json: { type: "boolean", description: "j" },
  tag: { type: "string", multiple: true, description: "t" },
} as const;

describe("parseCommandLine", () => {
  it("returns typed values and positionals", () => {
    const { values, positionals } = parseCommandLine(
      ["a.ts", "--out", "dist", "--json", "--tag", "x", "--tag", "y", "b.ts"],
      specs,
    );
    expect(values).toEqual({ out: "dist", json: true, tag: ["x", "y"] });
    expect(positionals).toEqual(["a.ts", "b.ts"]);
  });

  it.each([
    [["--nope"], "unknown option --nope"],
    [["-x"], "unknown option -x"],
    [["--out"], "option --out needs a value"],
    [["--json=yes"], "option --json takes no value"],
  ])("%j is a UsageError: %s", (args, message) => {
    expect(() => parseCommandLine(args, specs)).toThrow(new UsageError(message));
  });
});
