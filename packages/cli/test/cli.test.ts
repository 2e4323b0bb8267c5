import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/index.js";
import { runBin } from "./helpers/run-bin.js";

const COMMAND_NAMES = Object.keys(COMMANDS);

describe.concurrent("statesmith (the bin)", () => {
  it("--help lists every command and exits 0", async () => {
    const { code, stdout, stderr } = await runBin(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^statesmith \d+\.\d+\.\d+: /);
    for (const name of COMMAND_NAMES) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("--version prints the package version", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    const { code, stdout } = await runBin(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it.each(COMMAND_NAMES)("%s --help shows its usage and options, exit 0", async (name) => {
    const { code, stdout, stderr } = await runBin([name, "--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(`Usage: statesmith ${name} `);
    expect(stdout).toContain("-h, --help");
    for (const option of Object.keys(COMMANDS[name as keyof typeof COMMANDS].options)) {
      expect(stdout).toContain(`--${option}`);
    }
  });

  it("`help <command>` is the command's --help", async () => {
    const [viaHelp, viaFlag] = await Promise.all([runBin(["help", "run"]), runBin(["run", "--help"])]);
    expect(viaHelp).toEqual(viaFlag);
  });

  it("an unknown command says so, suggests the close one, shows usage and exits 2", async () => {
    const { code, stdout, stderr } = await runBin(["valdate", "x.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^statesmith: unknown command "valdate" \(did you mean validate\?\)\n/);
    expect(stderr).toContain("Usage: statesmith <command> [options]");
  });

  it("no command at all is a usage error", async () => {
    const { code, stderr } = await runBin([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statesmith: missing command\n/);
  });

  it("an unknown flag names the flag, shows the command's usage and exits 2, without a stack trace", async () => {
    const { code, stderr } = await runBin(["validate", "--strict", "a.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "statesmith validate: unknown option --strict\n" +
        "Usage: statesmith validate <file.asl.json>... [--json] [--remote [--endpoint URL] [--region REGION]]\n" +
        "Run `statesmith validate --help` for more.\n",
    );
  });

  it("a flag without its value is a usage error", async () => {
    const { code, stderr } = await runBin(["build", "machine.ts", "--out"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statesmith build: option --out needs a value\n/);
  });
});
