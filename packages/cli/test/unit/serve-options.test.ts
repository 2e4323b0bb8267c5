import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors.js";
import { serveOptions } from "../../src/serve/command-options.js";

// Step Functions Local's defaults and environment variables, which `statesmith serve` mirrors.
// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-config-options.html
describe("statesmith serve options", () => {
  it("listens on 8083 by default; the DynamoDB port is left to the server (port + 1)", () => {
    const options = serveOptions({}, {}, "/work");
    expect(options.port).toBe(8083);
    expect(options).not.toHaveProperty("dynamodbPort");
    expect(options).not.toHaveProperty("waitScale");
  });

  it("reads SFN_MOCK_CONFIG, WAIT_TIME_SCALE, LAMBDA_ENDPOINT, DYNAMODB_ENDPOINT, AWS_DEFAULT_REGION, AWS_ACCOUNT_ID", () => {
    const options = serveOptions(
      {},
      {
        SFN_MOCK_CONFIG: "mocks.json",
        WAIT_TIME_SCALE: "0.01",
        LAMBDA_ENDPOINT: "http://127.0.0.1:3001",
        DYNAMODB_ENDPOINT: "http://127.0.0.1:8000",
        AWS_DEFAULT_REGION: "eu-west-1",
        AWS_ACCOUNT_ID: "111122223333",
      },
      "/work",
    );
    expect(options).toStrictEqual({
      port: 8083,
      mockConfig: "/work/mocks.json",
      waitScale: 0.01,
      lambdaEndpoint: "http://127.0.0.1:3001",
      dynamodbEndpoint: "http://127.0.0.1:8000",
      region: "eu-west-1",
      accountId: "111122223333",
    });
  });

  it("options win over the environment", () => {
    const options = serveOptions(
      { port: "9000", "dynamodb-port": "9100", "mock-config": "a.json", "wait-scale": "0" },
      { SFN_MOCK_CONFIG: "b.json", WAIT_TIME_SCALE: "2" },
      "/work",
    );
    expect(options).toMatchObject({
      port: 9000,
      dynamodbPort: 9100,
      mockConfig: "/work/a.json",
      waitScale: 0,
    });
  });

  it.each([
    [{ port: "80a" }, {}, /--port takes a whole number/],
    [{ "wait-scale": "-1" }, {}, /--wait-scale \(or WAIT_TIME_SCALE\) takes a number ≥ 0/],
    [{}, { AWS_ACCOUNT_ID: "12" }, /is 12 digits/],
  ])("%j %j is a usage error", (values, env, message) => {
    expect(() => serveOptions(values, env, "/work")).toThrow(UsageError);
    expect(() => serveOptions(values, env, "/work")).toThrow(message);
  });
});
