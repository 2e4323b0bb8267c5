import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { createEngine, loadMockConfig, MockConfigError } from "../../../src/index.js";
import { type ConformanceCase, DOCS } from "../harness.js";

const PAGE = `${DOCS}/sfn-local-mock-cfg-file.html`;

/** The MockConfigFile example of the Step Functions Local documentation. */
export const MOCK_CONFIG = {
  StateMachines: {
    LambdaSQSIntegration: {
      TestCases: {
        HappyPath: { LambdaState: "MockedLambdaSuccess", SQSState: "MockedSQSSuccess" },
        RetryPath: { LambdaState: "MockedLambdaRetry", SQSState: "MockedSQSSuccess" },
        HybridPath: { LambdaState: "MockedLambdaSuccess" },
      },
    },
  },
  MockedResponses: {
    MockedLambdaSuccess: {
      "0": { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } },
    },
    LambdaMockedResourceNotReady: {
      "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
    },
    MockedSQSSuccess: {
      "0": {
        Return: {
          MD5OfMessageBody: "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51",
          MessageId: "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51",
        },
      },
    },
    MockedLambdaRetry: {
      "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
      "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "Lambda timed out." } },
      "3": { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } } },
    },
  },
};

export const LAMBDA_SQS_INTEGRATION = {
  StartAt: "LambdaState",
  States: {
    LambdaState: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { "Payload.$": "$", FunctionName: "HelloWorldFunction" },
      Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      Next: "SQSState",
    },
    SQSState: {
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage",
      Parameters: {
        QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue",
        "MessageBody.$": "$",
      },
      End: true,
    },
  },
};

const run = async (testCase: string) => {
  const engine = createEngine({ mockConfig: MOCK_CONFIG });
  const result = await engine.run(
    engine.load(LAMBDA_SQS_INTEGRATION, { name: "LambdaSQSIntegration" }),
    {},
    { testCase },
  );
  await engine.close();
  return result;
};

export const MOCK_CASES: readonly ConformanceCase[] = [
  {
    name: "HappyPath: every mocked state returns its mocked response",
    source: PAGE,
    run: async () => {
      const result = await run("HappyPath");
      expect(result.output).toStrictEqual(MOCK_CONFIG.MockedResponses.MockedSQSSuccess["0"].Return);
      expect(result.transitions).toBe(2);
    },
  },
  {
    name: "RetryPath: invocations 0, 1-2 throw, 3 returns; the Retrier retries through them",
    source: PAGE,
    run: async () => {
      const result = await run("RetryPath");
      expect(result.status).toBe("SUCCEEDED");
      const failures = result.history
        .filter((event) => event.type === "TaskFailed")
        .map((event) => event.taskFailedEventDetails?.error);
      expect(failures).toStrictEqual([
        "Lambda.ResourceNotReadyException",
        "Lambda.TimeoutException",
        "Lambda.TimeoutException",
      ]);
      expect(result.transitions).toBe(5);
      expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(2_000 + 4_000 + 8_000);
    },
  },
  {
    name: "HybridPath: a state the test case does not mock runs for real (here: no SQS locally, a clear error)",
    source: PAGE,
    run: async () => {
      const result = await run("HybridPath");
      expect(result.error).toBe("States.Runtime");
      expect(result.cause).toMatch(
        /no implementation for resource 'arn:aws:states:::sqs:sendMessage'.*MockConfigFile/,
      );
    },
  },
  {
    name: "a mock config is read from a file path, and the only state machine is the default",
    source: PAGE,
    run: async () => {
      const folder = mkdtempSync(join(tmpdir(), "statesmith-mock-"));
      try {
        const path = join(folder, "MockConfigFile.json");
        writeFileSync(path, JSON.stringify(MOCK_CONFIG));
        expect(loadMockConfig(path).StateMachines).toHaveProperty("LambdaSQSIntegration");
        const engine = createEngine({ mockConfig: path });
        const result = await engine.run(
          engine.load(LAMBDA_SQS_INTEGRATION, { name: "SomeOtherName" }),
          {},
          { testCase: "HappyPath" },
        );
        expect(result.status).toBe("SUCCEEDED");
        await engine.close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: "overlapping invocation ranges are refused with a clear message",
    source: PAGE,
    run: async () => {
      const bad = { StateMachines: {}, MockedResponses: { R: { "0-2": { Return: 1 }, "2": { Return: 2 } } } };
      expect(() => loadMockConfig(bad)).toThrow(MockConfigError);
      expect(() => loadMockConfig(bad)).toThrow(/"2" overlaps "0-2"/);
    },
  },
  {
    name: "an unknown test case is refused when the execution starts",
    source: PAGE,
    run: async () => {
      const engine = createEngine({ mockConfig: MOCK_CONFIG });
      const machine = engine.load(LAMBDA_SQS_INTEGRATION, { name: "LambdaSQSIntegration" });
      expect(() => engine.start(machine, {}, { testCase: "NoSuchCase" })).toThrow(
        /has no test case "NoSuchCase"/,
      );
      await engine.close();
    },
  },
];
