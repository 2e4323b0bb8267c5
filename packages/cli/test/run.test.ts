// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${Name} is a CloudFormation/CDK definition substitution, not a template.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBin } from "./helpers/run-bin.js";

const fixtures = fileURLToPath(new URL("./fixtures/run/", import.meta.url));
const run = (args: readonly string[]) => runBin(["run", ...args], { cwd: fixtures });

interface RunJson {
  status: string;
  output: unknown;
  error: string | null;
  cause: string | null;
  transitions: number;
  history: { id: number; type: string; timestamp: string }[];
}

const parse = (stdout: string) => JSON.parse(stdout) as RunJson;

describe.concurrent("statesmith run", () => {
  it("runs to SUCCEEDED, prints the trace and the output, exit 0 (Wait on the virtual clock)", async () => {
    const { code, stdout } = await run(["hello.asl.json", "--input", '{"name":"Ada"}']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ExecutionStarted/);
    // The Greet state is entered 600 s after the start: the wait advanced the virtual clock, not a real one.
    expect(stdout).toMatch(/\+600000ms\s+PassStateEntered\s+Greet/);
    expect(stdout).toMatch(
      /\nSUCCEEDED after \d+ state transitions? \(\d+ ms\)\noutput: \{"greeting":"Hello, Ada!"\}\n$/,
    );
  });

  it("--json prints exactly one object { status, output, error, cause, transitions, history }, output as a value", async () => {
    const { code, stdout } = await run(["hello.asl.json", "--input", '{"name":"Ada"}', "--json"]);
    expect(code).toBe(0);
    const result = parse(stdout);
    expect(Object.keys(result)).toEqual(["status", "output", "error", "cause", "transitions", "history"]);
    expect(result).toMatchObject({
      status: "SUCCEEDED",
      output: { greeting: "Hello, Ada!" },
      error: null,
      cause: null,
    });
    expect(result.transitions).toBeGreaterThan(0);
    expect(result.history[0]?.type).toBe("ExecutionStarted");
    expect(result.history.at(-1)?.type).toBe("ExecutionSucceeded");
    expect(new Date(result.history[0]?.timestamp ?? "").toISOString()).toBe(result.history[0]?.timestamp);
  });

  it("a failed execution exits 1 and reports the error and cause", async () => {
    const [text, json] = await Promise.all([run(["fails.asl.json"]), run(["fails.asl.json", "--json"])]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /\nFAILED after \d+ state transitions? \(\d+ ms\)\nerror: OrderRejected\ncause: total below minimum\n$/,
    );
    expect(json.code).toBe(1);
    expect(parse(json.stdout)).toMatchObject({
      status: "FAILED",
      output: null,
      error: "OrderRejected",
      cause: "total below minimum",
    });
  });

  it("--input @file reads the input from a file", async () => {
    const { code, stdout } = await run(["hello.asl.json", "--input", "@input.json", "--json"]);
    expect(code).toBe(0);
    expect(parse(stdout).output).toEqual({ greeting: "Hello, from a file!" });
  });

  it("--handlers runs Lambda tasks on named exports of a TypeScript module", async () => {
    const { code, stdout } = await run([
      "lambda.asl.json",
      "--input",
      '{"name":"Ada"}',
      "--handlers",
      "handlers.ts",
      "--json",
    ]);
    expect(code, stdout).toBe(0);
    expect(parse(stdout).output).toEqual({ greeting: "HELLO, ADA!" });
  });

  it("--substitute fills a template's ${Name} placeholders, as SAM/CDK DefinitionSubstitutions do", async () => {
    const { code, stdout } = await run([
      "sam-template.asl.json",
      "--input",
      '{"name":"Ada"}',
      "--handlers",
      "handlers.ts",
      "--substitute",
      "GreetFunctionName=greet",
      "--substitute",
      "ShoutFunctionArn=arn:aws:lambda:us-east-1:123456789012:function:shout",
      "--json",
    ]);
    expect(code, stdout).toBe(0);
    expect(parse(stdout).output).toEqual({ greeting: "HELLO, ADA!" });
  });

  it("a Resource placeholder left without a value is named, with how to give it one; a bad --substitute is a usage error", async () => {
    const [missing, malformed] = await Promise.all([
      run(["sam-template.asl.json", "--substitute", "GreetFunctionName=greet"]),
      run(["sam-template.asl.json", "--substitute", "=x"]),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "Resource '${ShoutFunctionArn}' is a definition substitution with no value",
    );
    expect(missing.stderr).toContain("--substitute ShoutFunctionArn=");
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("--substitute takes NAME=VALUE");
  });

  it("--handlers takes a default export keyed by function name or ARN", async () => {
    const { code, stdout } = await run([
      "lambda.asl.json",
      "--input",
      '{"name":"Ada"}',
      "--handlers",
      "handlers-by-arn.ts",
      "--json",
    ]);
    expect(code, stdout).toBe(0);
    expect(parse(stdout).output).toEqual({ greeting: "Hi Ada!!!" });
  });

  it("--mock-config + --test-case answers Tasks from a Step Functions Local mock config", async () => {
    const { code, stdout } = await run([
      "lambda.asl.json",
      "--mock-config",
      "mock-config.json",
      "--test-case",
      "HappyPath",
      "--json",
    ]);
    expect(code, stdout).toBe(0);
    expect(parse(stdout).output).toEqual({ greeting: "MOCKED HELLO" });
  });

  it("a mocked Throw fails the execution with the mock's error", async () => {
    const args = [
      "lambda.asl.json",
      "--mock-config",
      "mock-config.json",
      "--test-case",
      "GreetFails",
      "--state-machine",
      "Greeter",
    ];
    const { code, stdout } = await run([...args, "--json"]);
    expect(code).toBe(1);
    expect(parse(stdout)).toMatchObject({
      status: "FAILED",
      error: "Lambda.ServiceException",
      cause: "the mock says no",
    });
  });

  it("input that is not JSON is a clear error, exit 2, nothing run", async () => {
    const { code, stdout, stderr } = await run(["hello.asl.json", "--input", "{name: Ada}"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^statesmith run: --input is not JSON: line 1 column 2: .+ Pass JSON text \(quote it for the shell\) or @file\.json\.\n$/,
    );
  });

  it("a Task whose resource has no handler fails with a message naming it, and does not hang", async () => {
    const { code, stdout } = await run(["unknown-resource.asl.json", "--json"]);
    expect(code).toBe(1);
    const result = parse(stdout);
    expect(result.status).toBe("FAILED");
    expect(`${result.error} ${result.cause}`).toContain("nobody-home");
  });

  it.each([
    ["callback.asl.json", "a task token that nobody can send"],
    ["never.asl.json", "a handler promise that never settles"],
  ])("%s (%s) is stopped with a clear cause instead of a silent exit", async (file) => {
    const { code, stdout, stderr } = await run([file, "--handlers", "stuck-handlers.ts", "--json"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "statesmith run: stopped the execution, which nothing in this process can move on (see its cause)\n",
    );
    expect(parse(stdout)).toMatchObject({ status: "ABORTED", error: "States.Runtime" });
    expect(parse(stdout).cause).toMatch(/^Nothing in this process can move the execution on/);
  });

  it("a definition AWS would refuse is not run: contract lines, exit 1", async () => {
    const { code, stdout, stderr } = await run(["refused.asl.json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^refused\.asl\.json: State "A": .*Nowhere/m);
  });

  it("--state-machine is required when the mock config lists several", async () => {
    const { code, stderr } = await run([
      "lambda.asl.json",
      "--mock-config",
      "two-machines.mock.json",
      "--test-case",
      "HappyPath",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'statesmith run: mock config two-machines.mock.json has several state machines ("Greeter", "Other"): pass --state-machine NAME\n',
    );
  });

  it("an unknown test case is named with the ones that exist", async () => {
    const { code, stderr } = await run([
      "lambda.asl.json",
      "--mock-config",
      "mock-config.json",
      "--test-case",
      "Sad",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'statesmith run: mock config mock-config.json: state machine "Greeter" has no test case "Sad" (it has: "HappyPath", "GreetFails")\n',
    );
  });

  it("--test-case without --mock-config is a usage error", async () => {
    const { code, stderr } = await run(["hello.asl.json", "--test-case", "HappyPath"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statesmith run: --mock-config and --test-case go together/);
  });

  it("a handlers module that throws while loading is reported with its message and line, not our stack", async () => {
    const { code, stderr } = await run(["lambda.asl.json", "--handlers", "../build/throws.ts"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "statesmith run: ../build/throws.ts: loading the module failed: the entry refuses to load (at ../build/throws.ts:3:7)\n",
    );
  });

  it("a definition that is not JSON exits 2 naming the file and the spot, nothing run", async () => {
    const { code, stdout, stderr } = await run(["malformed.asl.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^statesmith run: the definition malformed\.asl\.json is not JSON: line \d+ column \d+: .+\n$/,
    );
  });

  it("a definition that is JSON but not an object is refused with what it is", async () => {
    const { code, stdout, stderr } = await run(["array.asl.json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("The definition must be a JSON object with StartAt and States, got an array.");
    expect(stderr).toContain("statesmith run: array.asl.json: refused before running");
  });

  // "Error is the function's errorType … Cause is the function's error payload", and the Node.js runtime names
  // a thrown string "string" and a thrown object "object".
  // https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
  it("a handler that throws a string or a plain object fails the execution with a clear error", async () => {
    const { code, stdout } = await run(["lambda.asl.json", "--handlers", "throwing-handlers.ts", "--json"]);
    expect(code).toBe(1);
    const result = parse(stdout);
    expect(result).toMatchObject({ status: "FAILED", error: "string" });
    expect(JSON.parse(result.cause ?? "")).toStrictEqual({
      errorType: "string",
      errorMessage: "the greeting service is down",
      trace: [],
    });
    const object = await run(["shout.asl.json", "--handlers", "throwing-handlers.ts", "--json"]);
    expect(object.code).toBe(1);
    expect(parse(object.stdout)).toMatchObject({ status: "FAILED", error: "object" });
    expect(JSON.parse(parse(object.stdout).cause ?? "")).toMatchObject({ errorType: "object" });
  });

  it("a handler that throws from a timer after answering: reported on stderr, the run's result and exit code stand", async () => {
    const { code, stdout, stderr } = await run(["later.asl.json", "--handlers", "throwing-handlers.ts"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nSUCCEEDED after 2 state transitions/);
    expect(stderr).toMatch(
      /^statesmith run: an error escaped a handler; carrying on: Error: thrown from a timer the handler left behind\n/,
    );
  });

  it("a missing definition file exits 2 with its name", async () => {
    const { code, stderr } = await run(["nope.asl.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("statesmith run: cannot read nope.asl.json: no such file\n");
  });
});
