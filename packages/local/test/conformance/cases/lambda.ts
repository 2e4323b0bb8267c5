import { expect } from "vitest";
import { createEngine } from "../../../src/index.js";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";
import { withLambdaEndpoint } from "./lambda-endpoint-server.js";

const PAGE = `${DOCS}/connect-lambda.html`;
const ERRORS = `${DOCS}/bp-lambda-serviceexception.html`;
const FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:greet";
const direct = (fields: object = {}) => ({
  StartAt: "T",
  States: { T: { Type: "Task", Resource: FUNCTION_ARN, End: true, ...fields } },
});
const invoke = (parameters: object, fields: object = {}) => ({
  StartAt: "T",
  States: {
    T: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: parameters,
      End: true,
      ...fields,
    },
  },
});
const thrower = (value: unknown) => ({ greet: () => Promise.reject(value) });
const causeOf = (cause: string | undefined): Record<string, unknown> => JSON.parse(cause ?? "{}");

export const LAMBDA_CASES: readonly ConformanceCase[] = [
  {
    name: "a function ARN as Resource returns the function's output and records LambdaFunction events",
    source: PAGE,
    engine: { handlers: { greet: (event: { who: string }) => ({ message: `Hello, ${event.who}` }) } },
    definition: direct(),
    input: { who: "Ana" },
    expect: { output: { message: "Hello, Ana" } },
    check: (result) =>
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "TaskStateEntered",
        "LambdaFunctionScheduled",
        "LambdaFunctionStarted",
        "LambdaFunctionSucceeded",
        "TaskStateExited",
        "ExecutionSucceeded",
      ]),
  },
  {
    name: "lambda:invoke returns Lambda's response with the output in Payload",
    source: PAGE,
    engine: { handlers: { greet: () => ({ ok: true }) } },
    definition: invoke({ FunctionName: "greet", "Payload.$": "$" }),
    check: (result) => {
      const output = result.output as Record<string, unknown>;
      expect(Object.keys(output).sort()).toStrictEqual([
        "ExecutedVersion",
        "Payload",
        "SdkHttpMetadata",
        "SdkResponseMetadata",
        "StatusCode",
      ]);
      expect(output).toMatchObject({ ExecutedVersion: "$LATEST", Payload: { ok: true }, StatusCode: 200 });
      expect(output.SdkHttpMetadata).toMatchObject({ HttpStatusCode: 200 });
      const scheduled = result.history.find(
        (event) => event.type === "TaskScheduled",
      )?.taskScheduledEventDetails;
      expect(scheduled).toMatchObject({ resourceType: "lambda", resource: "invoke", region: "us-east-1" });
      expect(JSON.parse(scheduled!.parameters)).toStrictEqual({ FunctionName: "greet", Payload: {} });
    },
  },
  {
    name: "ResultSelector picks the Payload out of the invoke response",
    source: PAGE,
    engine: { handlers: { greet: (event: { n: number }) => event.n * 2 } },
    definition: invoke(
      { FunctionName: "greet", Payload: { "n.$": "$.n" } },
      { ResultSelector: { "doubled.$": "$.Payload" } },
    ),
    input: { n: 21 },
    expect: { output: { doubled: 42 } },
  },
  {
    name: "FunctionName may be a name, name:alias, partial ARN or full ARN",
    source: "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_RequestSyntax",
    run: async () => {
      const engine = createEngine({ handlers: { greet: () => "plain", "greet:live": () => "alias" } });
      const call = async (FunctionName: string) =>
        (
          (await engine.run(invoke({ FunctionName }, { ResultSelector: { "p.$": "$.Payload" } }))).output as {
            p: string;
          }
        ).p;
      expect(await call("greet")).toBe("plain");
      expect(await call("greet:live")).toBe("alias");
      expect(await call("123456789012:function:greet")).toBe("plain");
      expect(await call("arn:aws:lambda:us-east-1:123456789012:function:greet:live")).toBe("alias");
      await engine.close();
    },
  },
  {
    name: "a handler registered by ARN serves that function",
    source: PAGE,
    engine: { handlers: { [FUNCTION_ARN]: () => "by arn" } },
    definition: direct(),
    expect: { output: "by arn" },
  },
  {
    name: "a thrown Error becomes Error = its name and Cause = the function's error payload",
    source: ERRORS,
    engine: {
      handlers: {
        greet: () => {
          class CustomError extends Error {
            override name = "CustomError";
          }
          throw new CustomError("This is a custom error!");
        },
      },
    },
    definition: direct(),
    expect: { error: "CustomError" },
    check: (result) =>
      expect(causeOf(result.cause)).toMatchObject({
        errorType: "CustomError",
        errorMessage: "This is a custom error!",
      }),
  },
  {
    name: "a thrown string is reported with errorType 'string', as the Node.js runtime does",
    source: "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/blob/main/src/Errors.js",
    engine: { handlers: thrower("plain text failure") },
    definition: direct(),
    expect: { error: "string" },
    check: (result) =>
      expect(causeOf(result.cause)).toStrictEqual({
        errorType: "string",
        errorMessage: "plain text failure",
        trace: [],
      }),
  },
  {
    name: "a thrown object is reported with errorType 'object'",
    source: "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/blob/main/src/Errors.js",
    engine: { handlers: thrower({ code: 42 }) },
    definition: direct(),
    expect: { error: "object" },
    check: (result) => expect(causeOf(result.cause)).toMatchObject({ errorMessage: "[object Object]" }),
  },
  {
    name: "a thrown undefined is reported with errorType 'handled'",
    source: "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/blob/main/src/Errors.js",
    engine: { handlers: thrower(undefined) },
    definition: direct(),
    expect: { error: "handled" },
    check: (result) => expect(causeOf(result.cause).errorMessage).toMatch(/problem while retrieving/),
  },
  {
    name: "a function that does not exist fails with Lambda.ResourceNotFoundException and says how to register it",
    source: PAGE,
    definition: invoke({ FunctionName: "missing-fn" }),
    expect: {
      error: "Lambda.ResourceNotFoundException",
      cause: /Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing-fn.*handlers/,
    },
  },
  {
    name: "the handler gets a copy of the input: changing it does not change the state's data",
    source: PAGE,
    engine: {
      handlers: {
        greet: (event: { list: number[] }) => {
          event.list.push(99);
          return "done";
        },
      },
    },
    definition: direct({ ResultPath: "$.result" }),
    input: { list: [1] },
    expect: { output: { list: [1], result: "done" } },
  },
  {
    name: "a handler that returns nothing produces null",
    source: PAGE,
    engine: { handlers: { greet: () => undefined } },
    definition: direct({ ResultPath: "$.result" }),
    expect: { output: { result: null } },
  },
  {
    name: "the handler's context names the function and the request",
    source: "https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html",
    engine: {
      handlers: {
        greet: (_event: unknown, context: { functionName: string; awsRequestId: string }) => [
          context.functionName,
          typeof context.awsRequestId,
        ],
      },
    },
    definition: direct(),
    expect: { output: ["greet", "string"] },
  },
  {
    name: "with LAMBDA_ENDPOINT the function is called through the Invoke API",
    source: "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html",
    run: async () =>
      withLambdaEndpoint(
        (name, event, response) => {
          response.writeHead(200, {
            "Content-Type": "application/json",
            "X-Amz-Executed-Version": "$LATEST",
          });
          response.end(JSON.stringify({ name, event }));
        },
        async (url) => {
          const engine = createEngine({ lambdaEndpoint: url });
          const result = await engine.run(
            invoke({ FunctionName: "remote", Payload: { a: 1 } }, { ResultSelector: { "p.$": "$.Payload" } }),
          );
          expect(result.output).toStrictEqual({ p: { name: "remote", event: { a: 1 } } });
          await engine.close();
        },
      ),
  },
  {
    name: "an unhandled function error without errorType is Lambda.Unknown",
    source: ERRORS,
    run: async () =>
      withLambdaEndpoint(
        (_name, _event, response) => {
          response.writeHead(200, {
            "Content-Type": "application/json",
            "X-Amz-Function-Error": "Unhandled",
          });
          response.end(JSON.stringify({ errorMessage: "Task timed out after 3.00 seconds" }));
        },
        async (url) => {
          const engine = createEngine({ lambdaEndpoint: url });
          const result = await engine.run(direct());
          expect(result.error).toBe("Lambda.Unknown");
          expect(result.cause).toContain("Task timed out");
          await engine.close();
        },
      ),
  },
  {
    name: "an endpoint that cannot be reached fails with Lambda.SdkClientException",
    source: ERRORS,
    engine: { lambdaEndpoint: "http://127.0.0.1:9" },
    definition: direct(),
    expect: { error: "Lambda.SdkClientException", cause: /Unable to execute HTTP request/ },
  },
  {
    name: "a Lambda service error can be retried by name",
    source: ERRORS,
    run: async () => {
      let calls = 0;
      const engine = createEngine({
        handlers: {
          greet: () => {
            calls++;
            if (calls < 3)
              throw Object.assign(new Error("throttled"), { name: "Lambda.TooManyRequestsException" });
            return "finally";
          },
        },
      });
      const result = await engine.run(
        direct({
          Retry: [
            {
              ErrorEquals: ["Lambda.TooManyRequestsException"],
              IntervalSeconds: 2,
              MaxAttempts: 6,
              BackoffRate: 2,
            },
          ],
        }),
      );
      expect(result.output).toBe("finally");
      expect(calls).toBe(3);
      await engine.close();
    },
  },
];
