import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeStepFunctions } from "./helpers/fake-sfn.js";
import { runBin } from "./helpers/run-bin.js";
import { tempDir, writeJson } from "./helpers/temp-dir.js";

const dir = tempDir("validate");
const hello = writeJson(dir, "hello.asl.json", {
  Comment: "Hello world",
  StartAt: "Hello",
  States: { Hello: { Type: "Pass", Result: "hi", End: true } },
});

/** Broken definitions, each with the state it names and a word its message must contain (the offending key). */
const BROKEN = [
  {
    name: "missing-next",
    definition: { StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } },
    state: "A",
    mentions: "Nowhere",
  },
  {
    name: "misspelt-retry",
    definition: {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "f" },
          Retry: [{ ErrorEquals: ["States.ALL"], MaxAttemps: 3 }],
          End: true,
        },
      },
    },
    state: "Call",
    mentions: "MaxAttemps",
  },
  {
    name: "half-jitter",
    definition: {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "f" },
          Retry: [{ ErrorEquals: ["States.ALL"], JitterStrategy: "HALF" }],
          End: true,
        },
      },
    },
    state: "Call",
    mentions: "HALF",
  },
  {
    name: "empty-choice",
    definition: {
      StartAt: "Pick",
      States: { Pick: { Type: "Choice", Choices: [], Default: "Done" }, Done: { Type: "Succeed" } },
    },
    state: "Pick",
    mentions: "Choices",
  },
].map((broken) => ({ ...broken, file: writeJson(dir, `${broken.name}.asl.json`, broken.definition) }));

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe.concurrent("statesmith validate", () => {
  it("accepts a valid file: one `file: valid` line, exit 0", async () => {
    const { code, stdout, stderr } = await runBin(["validate", hello]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${hello}: valid\n`, stderr: "" });
  });

  it.each(BROKEN)(
    "rejects $name with the contract line naming the state, exit 1",
    async ({ file, state, mentions }) => {
      const { code, stdout } = await runBin(["validate", file]);
      expect(code).toBe(1);
      const prefix = `${file}: State "${state}": `;
      const found = lines(stdout).filter((line) => line.startsWith(prefix));
      expect(found.length, stdout).toBeGreaterThan(0);
      expect(
        found.some((line) => line.includes(mentions)),
        stdout,
      ).toBe(true);
      expect(lines(stdout).at(-1)).toMatch(new RegExp(`^${escapeRegExp(file)}: invalid \\(\\d+ errors?`));
    },
  );

  it("checks every file, prints a summary, and exits 1 when any is invalid", async () => {
    const [first] = BROKEN;
    const { code, stdout } = await runBin(["validate", hello, first?.file ?? ""]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${hello}: valid\n`);
    expect(stdout.endsWith("1 of 2 files valid\n")).toBe(true);
  });

  it("--json prints one object { files: [{ file, valid, diagnostics }], valid }", async () => {
    const [first] = BROKEN;
    const { code, stdout } = await runBin(["validate", "--json", hello, first?.file ?? ""]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      valid: boolean;
      files: {
        file: string;
        valid: boolean;
        diagnostics: { severity: string; kind: string; state: string | null }[];
      }[];
    };
    expect(report.valid).toBe(false);
    expect(report.files.map(({ file, valid }) => ({ file, valid }))).toEqual([
      { file: hello, valid: true },
      { file: first?.file, valid: false },
    ]);
    expect(report.files[0]?.diagnostics).toEqual([]);
    const diagnostic = report.files[1]?.diagnostics.find(({ state }) => state === "A");
    expect(diagnostic).toMatchObject({ severity: "error", state: "A" });
    expect(["refused-by-aws", "fails-at-run-time"]).toContain(diagnostic?.kind);
    expect(Object.keys(diagnostic ?? {}).sort()).toEqual([
      "field",
      "hint",
      "kind",
      "message",
      "severity",
      "state",
    ]);
  });

  it("a file that is not JSON is invalid, with the line and column, exit 1", async () => {
    const file = join(dir, "broken.json");
    (await import("node:fs")).writeFileSync(file, '{\n  "StartAt": "A",\n}\n');
    const { code, stdout } = await runBin(["validate", file]);
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatch(
      new RegExp(`^${escapeRegExp(file)}: Machine: not valid JSON: line 3 column 1: `),
    );
  });

  it("a missing file is a clear error without a stack trace, exit 2", async () => {
    const { code, stdout, stderr } = await runBin(["validate", "no-such.asl.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("statesmith validate: cannot read no-such.asl.json: no such file\n");
  });

  it("no file at all is a usage error", async () => {
    const { code, stderr } = await runBin(["validate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statesmith validate: name at least one ASL file to validate\n/);
  });
});

describe("statesmith validate --remote (against a fake local endpoint)", () => {
  const sfn = fakeStepFunctions(({ body }) =>
    body.definition?.includes("Nowhere")
      ? {
          result: "FAIL",
          diagnostics: [
            {
              severity: "ERROR",
              code: "MISSING_TRANSITION_TARGET",
              message: "Missing 'Next' target: Nowhere",
              location: "/States/A/Next",
            },
          ],
          truncated: false,
        }
      : { result: "OK", diagnostics: [], truncated: false },
  );
  const credentials = {
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "secret",
    AWS_REGION: "eu-west-1",
  };

  it("sends the file's text to ValidateStateMachineDefinition and reports AWS's verdict", async () => {
    const before = sfn.received.length;
    const { code, stdout } = await runBin(["validate", "--remote", "--endpoint", sfn.url(), hello], {
      env: credentials,
    });
    expect(code).toBe(0);
    expect(stdout).toBe(`${hello}: valid, checked by AWS too\n`);
    const request = sfn.received[before];
    expect(request?.target).toBe("AWSStepFunctions.ValidateStateMachineDefinition");
    expect(request?.body.definition).toBe(readFileSync(hello, "utf8"));
    expect(String(request?.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/states\//,
    );
  });

  it("prints AWS's findings as contract lines (state from the location) and exits 1", async () => {
    const missing = BROKEN[0]?.file ?? "";
    const { code, stdout } = await runBin(["validate", "--remote", missing], {
      env: { ...credentials, AWS_ENDPOINT_URL_SFN: sfn.url() },
    });
    expect(code).toBe(1);
    // AWS's finding prints in the contract form too, marked as AWS's, with the fix for its code.
    expect(stdout).toContain(
      `${missing}: State "A": Missing 'Next' target: Nowhere [MISSING_TRANSITION_TARGET] (field Next; reported by AWS) ` +
        "Fix: Point Next (or Default) at a state that exists.\n",
    );
  });

  it("--json carries AWS's answer under `remote`; --region picks the region", async () => {
    const before = sfn.received.length;
    const { stdout } = await runBin(
      ["validate", "--json", "--remote", "--endpoint", sfn.url(), "--region", "ap-south-1", hello],
      { env: credentials },
    );
    const report = JSON.parse(stdout) as { files: { remote?: unknown }[] };
    expect(report.files[0]?.remote).toEqual({ valid: true, diagnostics: [], truncated: false });
    expect(String(sfn.received[before]?.headers.authorization)).toContain("/ap-south-1/states/");
  });

  it("without credentials says how to provide them, sends nothing, exits 2", async () => {
    const home = tempDir("no-credentials");
    const before = sfn.received.length;
    const { code, stdout, stderr } = await runBin(["validate", "--remote", "--endpoint", sfn.url(), hello], {
      env: {
        HOME: home,
        AWS_REGION: "eu-west-1",
        AWS_CONFIG_FILE: join(home, "config"),
        AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
      },
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^statesmith validate: --remote: no AWS credentials found: set AWS_PROFILE/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(sfn.received.length).toBe(before);
  });

  it("--endpoint without --remote is a usage error", async () => {
    const { code, stderr } = await runBin(["validate", "--endpoint", sfn.url(), hello]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statesmith validate: --endpoint and --region only apply with --remote\n/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
