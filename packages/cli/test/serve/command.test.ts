import { createServer } from "node:net";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { CreateStateMachineCommand, SFNClient, StartSyncExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/run-bin.js";
import { tempDir, writeJson } from "../helpers/temp-dir.js";
import { CHECKOUT, CHECKOUT_MOCKS } from "./helpers/checkout.js";
import { CREDENTIALS, ROLE } from "./helpers/served.js";
import { spawnServe } from "./helpers/spawn-serve.js";

const dir = tempDir("serve-command");

/** A port that is free now, and the one after it too (the default DynamoDB port is port + 1). */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: found } = probe.address() as { port: number };
        probe.close(() => resolve(found));
      });
    });
    const nextFree = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once("error", () => resolve(false))
        .listen(port + 1, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (nextFree && port < 65_535) return port;
  }
}

describe.concurrent("statesmith serve (the command)", () => {
  it("serves Step Functions on --port and DynamoDB on the next port; SFN_MOCK_CONFIG and WAIT_TIME_SCALE apply; SIGTERM stops it, exit 0", async () => {
    const port = await freePortPair();
    const mocks = writeJson(dir, "mocks.json", CHECKOUT_MOCKS);
    const serve = await spawnServe(["--port", String(port)], {
      SFN_MOCK_CONFIG: mocks,
      WAIT_TIME_SCALE: "0.001",
    });
    expect(serve.url).toBe(`http://127.0.0.1:${port}`);
    expect(serve.dynamodbUrl).toBe(`http://127.0.0.1:${port + 1}`);
    expect(serve.stdout()).toContain("disableHostPrefix: true");
    const sfn = new SFNClient({
      endpoint: serve.url,
      region: "us-east-1",
      credentials: CREDENTIALS,
      disableHostPrefix: true,
    });
    const dynamodb = new DynamoDBClient({
      endpoint: serve.dynamodbUrl,
      region: "us-east-1",
      credentials: CREDENTIALS,
    });
    try {
      // A 100-second Wait, scaled by WAIT_TIME_SCALE to 100 ms, then the mocked Charge.
      const waitThenCharge = {
        StartAt: "Wait",
        States: { Wait: { Type: "Wait", Seconds: 100, Next: "Charge" }, Charge: CHECKOUT.States.Charge },
      };
      const { stateMachineArn } = await sfn.send(
        new CreateStateMachineCommand({
          name: "Checkout",
          definition: JSON.stringify(waitThenCharge),
          roleArn: ROLE,
          type: "EXPRESS",
        }),
      );
      const started = Date.now();
      const done = await sfn.send(
        new StartSyncExecutionCommand({ stateMachineArn: `${stateMachineArn}#HappyPath` }),
      );
      expect(done).toMatchObject({ status: "SUCCEEDED", output: '{"charged":true}' });
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(dynamodb.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
    } finally {
      sfn.destroy();
      dynamodb.destroy();
    }
    expect(await serve.stop()).toBe(0);
    expect(serve.stderr()).toContain("statesmith serve: SIGTERM, stopping");
  });

  it("--handlers loads the module's functions as Lambda handlers; --port 0 picks free ports", async () => {
    const serve = await spawnServe([
      "--port",
      "0",
      "--handlers",
      "test/fixtures/run/handlers.ts",
      "--verbose",
    ]);
    const sfn = new SFNClient({
      endpoint: serve.url,
      region: "us-east-1",
      credentials: CREDENTIALS,
      disableHostPrefix: true,
    });
    try {
      const greet = {
        StartAt: "Greet",
        States: {
          Greet: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Parameters: { FunctionName: "greet", "Payload.$": "$" },
            OutputPath: "$.Payload",
            End: true,
          },
        },
      };
      const { stateMachineArn } = await sfn.send(
        new CreateStateMachineCommand({
          name: "greet",
          definition: JSON.stringify(greet),
          roleArn: ROLE,
          type: "EXPRESS",
        }),
      );
      const done = await sfn.send(
        new StartSyncExecutionCommand({ stateMachineArn, input: '{"name":"Ada"}' }),
      );
      expect(done.output).toBe('{"greeting":"Hello, Ada!"}');
    } finally {
      sfn.destroy();
    }
    expect(await serve.stop()).toBe(0);
    // --verbose: one line per request.
    expect(serve.stderr()).toMatch(/StartSyncExecution 200 [\d.]+ ms/);
  });

  it("survives handlers that throw outside their promise or throw a non-Error; each execution still ends", async () => {
    const serve = await spawnServe(["--port", "0", "--handlers", "test/fixtures/serve/unruly-handlers.ts"]);
    const sfn = new SFNClient({
      endpoint: serve.url,
      region: "us-east-1",
      credentials: CREDENTIALS,
      disableHostPrefix: true,
    });
    const call = (functionName: string) => ({
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: functionName },
          OutputPath: "$.Payload",
          End: true,
        },
      },
    });
    try {
      const results: Record<string, unknown> = {};
      for (const name of ["throwsLater", "rejectsUnawaited", "throwsString"]) {
        const { stateMachineArn } = await sfn.send(
          new CreateStateMachineCommand({
            name,
            definition: JSON.stringify(call(name)),
            roleArn: ROLE,
            type: "EXPRESS",
          }),
        );
        const done = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn }));
        results[name] = { status: done.status, output: done.output, error: done.error };
        // Let a stray timer fire before the next request.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(results).toStrictEqual({
        throwsLater: { status: "SUCCEEDED", output: '{"ok":true}', error: undefined },
        rejectsUnawaited: { status: "SUCCEEDED", output: '{"ok":true}', error: undefined },
        // The Node.js Lambda runtime reports a thrown string with errorType "string".
        throwsString: { status: "FAILED", output: undefined, error: "string" },
      });
    } finally {
      sfn.destroy();
    }
    expect(serve.stderr()).toContain(
      "statesmith serve: an error escaped a handler; carrying on: Error: thrown from a timer",
    );
    expect(serve.stderr()).toContain("carrying on: Error: a promise nobody awaited");
    expect(await serve.stop()).toBe(0);
  });

  it("usage errors exit 2: a bad --port, a stray file, a port in use", async () => {
    const badPort = await runBin(["serve", "--port", "eighty"]);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain(
      'statesmith serve: --port takes a whole number from 0 to 65535, got "eighty"',
    );
    const stray = await runBin(["serve", "machine.asl.json"]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("serve takes no files");
    const taken = createServer();
    const port = await new Promise<number>((resolve) =>
      taken.listen(0, "127.0.0.1", () => resolve((taken.address() as { port: number }).port)),
    );
    try {
      const inUse = await runBin(["serve", "--port", String(port), "--dynamodb-port", "0"]);
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toContain(`port ${port} is already in use`);
    } finally {
      taken.close();
    }
  });

  it("--help lists the options", async () => {
    const help = await runBin(["serve", "--help"]);
    expect(help.code).toBe(0);
    for (const option of [
      "--port N",
      "--dynamodb-port N",
      "--handlers MODULE",
      "--mock-config FILE",
      "--wait-scale X",
    ]) {
      expect(help.stdout).toContain(option);
    }
  });
});
