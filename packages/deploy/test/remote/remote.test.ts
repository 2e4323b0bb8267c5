import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeExecution,
  NO_CREDENTIALS_MESSAGE,
  RemoteError,
  startExecution,
  validateRemote,
} from "../../src/remote/index.js";
import { FAKE_CREDENTIALS, startFakeStepFunctions } from "../helpers/fake-step-functions.js";

const MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:circuit-breaker";
const EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:circuit-breaker:run-1";
const definition = { StartAt: "P", States: { P: { Type: "Pass", End: true } } } as const;

let fake: Awaited<ReturnType<typeof startFakeStepFunctions>>;
let options: { endpoint: string; region: string; credentials: typeof FAKE_CREDENTIALS };

beforeAll(async () => {
  fake = await startFakeStepFunctions({
    ValidateStateMachineDefinition: (body) =>
      String(body.definition).includes("Missing")
        ? {
            body: {
              result: "FAIL",
              truncated: false,
              diagnostics: [
                {
                  severity: "ERROR",
                  code: "MISSING_TRANSITION_TARGET",
                  message: "Missing 'Next' target: Missing",
                  location: "/States/Parallel/Branches/0/States/Inner/Next",
                },
                {
                  severity: "WARNING",
                  code: "NO_DOLLAR",
                  message: "looks like a path",
                  location: "/States/P/Parameters/x",
                },
              ],
            },
          }
        : { body: { result: "OK", diagnostics: [] } },
    StartExecution: () => ({ body: { executionArn: EXECUTION, startDate: 1_700_000_000 } }),
    DescribeExecution: (body) =>
      body.executionArn === EXECUTION
        ? {
            body: {
              executionArn: EXECUTION,
              stateMachineArn: MACHINE,
              name: "run-1",
              status: "SUCCEEDED",
              startDate: 1_700_000_000,
              stopDate: 1_700_000_002.5,
              input: '{"circuit":"payments"}',
              output: '{"degraded":true}',
            },
          }
        : { status: 400, body: { __type: "ExecutionDoesNotExist", message: "Execution Does Not Exist" } },
  });
  options = { endpoint: fake.endpoint, region: "us-east-1", credentials: FAKE_CREDENTIALS };
});

afterAll(() => fake.close());

describe("validateRemote", () => {
  it("sends ValidateStateMachineDefinition with the definition as JSON text", async () => {
    const result = await validateRemote(definition, options);
    expect(result).toStrictEqual({ valid: true, diagnostics: [], truncated: false });
    const call = fake.calls.find((c) => c.operation === "ValidateStateMachineDefinition");
    expect(call?.contentType).toBe("application/x-amz-json-1.0");
    expect(JSON.parse(String(call?.body.definition))).toStrictEqual(definition);
  });

  it("maps AWS diagnostics onto Statesmith's Diagnostic: innermost state, field path, kind", async () => {
    const result = await validateRemote('{"StartAt":"Missing","States":{}}', options);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toStrictEqual([
      {
        severity: "error",
        kind: "refused-by-aws",
        state: "Inner",
        field: "Next",
        message: "Missing 'Next' target: Missing [MISSING_TRANSITION_TARGET]",
        hint: "Point Next (or Default) at a state that exists.",
      },
      {
        severity: "warning",
        kind: "fails-at-run-time",
        state: "P",
        field: "Parameters.x",
        message: "looks like a path [NO_DOLLAR]",
        hint: "End the field name with .$ if its value is a path or an intrinsic function.",
      },
    ]);
  });
});

describe("executions", () => {
  it("startExecution sends the input as JSON text and returns the ARN and start date", async () => {
    const started = await startExecution(
      { stateMachineArn: MACHINE, input: { circuit: "payments" }, name: "run-1" },
      options,
    );
    expect(started).toStrictEqual({ executionArn: EXECUTION, startDate: new Date(1_700_000_000_000) });
    expect(fake.calls.find((c) => c.operation === "StartExecution")?.body).toStrictEqual({
      stateMachineArn: MACHINE,
      name: "run-1",
      input: '{"circuit":"payments"}',
    });
  });

  it("describeExecution parses input and output back into values", async () => {
    expect(await describeExecution(EXECUTION, options)).toStrictEqual({
      executionArn: EXECUTION,
      stateMachineArn: MACHINE,
      name: "run-1",
      status: "SUCCEEDED",
      startDate: new Date(1_700_000_000_000),
      stopDate: new Date(1_700_000_002_500),
      input: { circuit: "payments" },
      output: { degraded: true },
      error: undefined,
      cause: undefined,
    });
  });

  it("a service error keeps its name and says which call failed", async () => {
    const failure = describeExecution(`${EXECUTION}-nope`, options);
    await expect(failure).rejects.toBeInstanceOf(RemoteError);
    await expect(describeExecution(`${EXECUTION}-nope`, options)).rejects.toMatchObject({
      code: "ExecutionDoesNotExist",
      message: "DescribeExecution failed: ExecutionDoesNotExist: Execution Does Not Exist",
    });
  });
});

describe("no credentials", () => {
  // The SDK's default chain, with every source emptied: environment, shared files, and the instance
  // metadata service turned off so nothing is asked over the network.
  const isolated = {
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_CONFIG_FILE: "/nonexistent/statesmith-test/config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/statesmith-test/credentials",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  };
  const saved: Record<string, string | undefined> = {};

  beforeAll(() => {
    for (const [key, value] of Object.entries(isolated)) {
      saved[key] = process.env[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("says what to set instead of the provider chain's internals, and sends nothing", async () => {
    const before = fake.calls.length;
    const failure = validateRemote(definition, { endpoint: fake.endpoint, region: "us-east-1" });
    await expect(failure).rejects.toMatchObject({
      code: "CredentialsProviderError",
      message: NO_CREDENTIALS_MESSAGE,
    });
    expect(NO_CREDENTIALS_MESSAGE).toMatch(/^no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/);
    expect(fake.calls.length).toBe(before);
  });
});
