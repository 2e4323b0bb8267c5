import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, renderReviewPage } from "@statesmith/dsl";
import { describe, expect, it } from "vitest";
import { runBin } from "./helpers/run-bin.js";
import { tempDir } from "./helpers/temp-dir.js";

const fixtures = fileURLToPath(new URL("./fixtures/build/", import.meta.url));
const build = (args: readonly string[]) => runBin(["build", ...args], { cwd: fixtures });
const dir = tempDir("build");

describe.concurrent("statesmith build", () => {
  // One build of orders.ts shared by the tests that read what it wrote.
  const out = join(dir, "orders");
  const built = build(["orders.ts", "--out", out]);

  it("writes <name>.asl.json (the compiler's JSON text, exactly) and <name>.md for every exported machine", async () => {
    const { code, stdout, stderr } = await built;
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    // `order` is exported twice (named and default): built once, under its name.
    expect(stdout).toBe(
      [
        `wrote ${out}/hello.asl.json`,
        `wrote ${out}/hello.md`,
        `wrote ${out}/order.asl.json`,
        `wrote ${out}/order.md`,
        "",
      ].join("\n"),
    );
    expect(readdirSync(out).sort()).toEqual(["hello.asl.json", "hello.md", "order.asl.json", "order.md"]);
    const { order } = await import("./fixtures/build/orders.js");
    const compiled = compile(order);
    expect(readFileSync(join(out, "order.asl.json"), "utf8")).toBe(compiled.json);
    const review = renderReviewPage(compiled.definition, {
      name: "order",
      ...(compiled.inputSchema ? { inputSchema: compiled.inputSchema } : {}),
    });
    expect(readFileSync(join(out, "order.md"), "utf8")).toBe(review);
  });

  it("puts the review page's diagram, tables and the input schema from the zod input in the .md", async () => {
    await built;
    const page = readFileSync(join(out, "order.md"), "utf8");
    expect(page.startsWith("# order\n")).toBe(true);
    expect(page).toContain("```mermaid\nstateDiagram-v2\n");
    expect(page).toContain("  Big_order --> Charge_card : $.total #gt;= 100\n");
    expect(page).toContain("  Charge_card --> Declined : catch CardDeclined\n");
    expect(page).toContain("| `Charge card` | `Lambda.TooManyRequestsException` | 1 (default) | 5 |");
    expect(page).toMatch(/## Input schema\n\n```json\n\{\n[\s\S]*"orderId"[\s\S]*\n```\n$/);
  });

  it("writes the same bytes on every run", async () => {
    const again = join(dir, "again");
    await Promise.all([built, build(["orders.ts", "--out", again])]);
    expect(readdirSync(again).sort()).toEqual(readdirSync(out).sort());
    for (const file of readdirSync(out)) {
      expect(readFileSync(join(again, file), "utf8")).toBe(readFileSync(join(out, file), "utf8"));
    }
  });

  it("--json prints { ok, files, diagnostics, errors }", async () => {
    const json = join(dir, "json");
    const { code, stdout } = await build(["orders.ts", "--out", json, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      files: [
        { file: `${json}/hello.asl.json`, machine: "hello", entry: "orders.ts" },
        { file: `${json}/hello.md`, machine: "hello", entry: "orders.ts" },
        { file: `${json}/order.asl.json`, machine: "order", entry: "orders.ts" },
        { file: `${json}/order.md`, machine: "order", entry: "orders.ts" },
      ],
      diagnostics: [],
      errors: [],
    });
  });

  it('prints compile diagnostics as `entry.ts: State "Name": message` and does not write that machine, exit 1', async () => {
    const partial = join(dir, "diagnostics");
    const { code, stdout, stderr } = await build(["diagnostics.ts", "orders.ts", "--out", partial]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^diagnostics\.ts: State "Read it": \$neverAssigned .+\n/m);
    expect(stderr).toContain('statesmith build: diagnostics.ts: "unassigned" not written (errors above)\n');
    expect(existsSync(join(partial, "unassigned.asl.json"))).toBe(false);
    // The other entry's machines are still written.
    expect(stdout).toContain(`wrote ${partial}/order.asl.json\n`);
  });

  it("--json carries the diagnostics with their entry and machine", async () => {
    const { code, stdout } = await build([
      "diagnostics.ts",
      "--out",
      join(dir, "json-diagnostics"),
      "--json",
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      ok: boolean;
      files: unknown[];
      diagnostics: Record<string, unknown>[];
    };
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([]);
    expect(report.diagnostics[0]).toMatchObject({
      entry: "diagnostics.ts",
      machine: "unassigned",
      state: "Read it",
      severity: "error",
    });
  });

  it("refuses two machines with the same name, naming both exports, and writes nothing", async () => {
    const clash = join(dir, "clash");
    const { code, stdout, stderr } = await build(["orders.ts", "same-name.ts", "--out", clash]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'statesmith build: two state machines are named "hello": orders.ts (export hello) and same-name.ts (export anotherHello). ' +
        "Give each a unique name; it is the output file name.\n",
    );
    expect(existsSync(clash)).toBe(false);
  });

  it("says so when an entry exports no state machine", async () => {
    const { code, stderr } = await build(["nothing.ts", "--out", join(dir, "nothing")]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "statesmith build: nothing.ts: exports no state machine (export one made with machine(…))\n",
    );
  });

  it("shows a throwing entry's own message and line, not a stack trace", async () => {
    const { code, stderr } = await build(["throws.ts", "--out", join(dir, "throws")]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "statesmith build: throws.ts: loading the module failed: the entry refuses to load (at throws.ts:3:7)\n",
    );
  });

  it("points a builder's refusal at the user's line, not at the DSL's internals", async () => {
    const source = readFileSync(join(fixtures, "bad-builder.ts"), "utf8").split("\n");
    const line = source.findIndex((text) => text.includes(".retry(")) + 1;
    const { code, stderr } = await build(["bad-builder.ts", "--out", join(dir, "bad-builder")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^statesmith build: bad-builder\.ts: loading the module failed: .*State "Call" \(Retry\[0\]\.MaxAttempts\).*-1/,
    );
    expect(stderr).toMatch(new RegExp(` \\(at bad-builder\\.ts:${line}:\\d+\\)\n$`));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing entry file is exit 2", async () => {
    const { code, stderr } = await build(["missing.ts", "--out", join(dir, "missing")]);
    expect(code).toBe(2);
    expect(stderr).toBe("statesmith build: cannot read missing.ts: no such file\n");
  });

  it("needs --out and at least one entry (usage errors)", async () => {
    const [noOut, noEntry] = await Promise.all([build(["orders.ts"]), build(["--out", dir])]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^statesmith build: --out DIR is required\n/);
    expect(noEntry.code).toBe(2);
    expect(noEntry.stderr).toMatch(/^statesmith build: name at least one entry module/);
  });
});
