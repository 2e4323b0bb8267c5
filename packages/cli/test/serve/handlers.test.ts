import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  DescribeExecutionCommand,
  ListStateMachinesCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useServer } from "./helpers/served.js";

class PaymentDeclined extends Error {
  override readonly name = "PaymentDeclined";
}

/** A Lambda-compatible endpoint (the Invoke API) for the functions that have no local handler. */
const remote = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString()));
  request.on("end", () => {
    const name = decodeURIComponent(/functions\/([^/]+)\/invocations/.exec(request.url ?? "")?.[1] ?? "");
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify({ from: "remote", name, event: JSON.parse(body) }));
  });
});
beforeAll(() => new Promise<void>((resolve) => remote.listen(0, "127.0.0.1", () => resolve())));
afterAll(() => new Promise<void>((resolve) => remote.close(() => resolve())));

const served = useServer({
  handlers: {
    double: (event) => ({ value: (event as { value: number }).value * 2 }),
    decline: () => {
      throw new PaymentDeclined("card expired");
    },
    // Never settles: only TimeoutSeconds or StopExecution can end the task.
    hang: () => new Promise(() => {}),
  },
  // The engine asks this endpoint for functions without a local handler.
  get lambdaEndpoint() {
    return `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
  },
});

const invoke = (functionName: string, extra: object = {}) => ({
  StartAt: "Call",
  States: {
    Call: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: functionName, "Payload.$": "$" },
      OutputPath: "$.Payload",
      ...extra,
      End: true,
    },
  },
});

async function run(definition: object, input: object = {}) {
  const stateMachineArn = await served.machine(definition);
  const { executionArn = "" } = await served.sfn.send(
    new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }),
  );
  return executionArn;
}

describe("statesmith serve: Lambda tasks (local handlers, LAMBDA_ENDPOINT)", () => {
  it("a local handler's result is the task's Payload", async () => {
    const done = await served.closed(await run(invoke("double"), { value: 21 }));
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ value: 42 });
  });

  it("a function without a local handler goes to the Lambda endpoint", async () => {
    const done = await served.closed(await run(invoke("elsewhere"), { a: 1 }));
    expect(JSON.parse(done.output ?? "")).toStrictEqual({
      from: "remote",
      name: "elsewhere",
      event: { a: 1 },
    });
  });

  // "Error is the function's errorType … Cause is the function's error payload"
  // https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
  it("a handler that throws fails the execution with its error name; the server carries on", async () => {
    const done = await served.closed(await run(invoke("decline")));
    expect(done).toMatchObject({ status: "FAILED", error: "PaymentDeclined" });
    expect(JSON.parse(done.cause ?? "")).toMatchObject({
      errorType: "PaymentDeclined",
      errorMessage: "card expired",
    });
    await expect(served.sfn.send(new ListStateMachinesCommand({}))).resolves.toBeDefined();
  });

  it("a handler that hangs: TimeoutSeconds fails the task States.Timeout, and meanwhile the server answers", async () => {
    const executionArn = await run(invoke("hang", { TimeoutSeconds: 1 }));
    const during = await served.sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(during.status).toBe("RUNNING");
    const done = await served.closed(executionArn, 5_000);
    expect(done).toMatchObject({ status: "FAILED", error: "States.Timeout" });
    expect(done.stopDate!.getTime() - done.startDate!.getTime()).toBeGreaterThanOrEqual(1_000);
  });

  it("a handler that hangs with no timeout: StopExecution ends it", async () => {
    const executionArn = await run(invoke("hang"));
    await served.sfn.send(new StopExecutionCommand({ executionArn, cause: "stuck" }));
    expect(await served.sfn.send(new DescribeExecutionCommand({ executionArn }))).toMatchObject({
      status: "ABORTED",
      cause: "stuck",
    });
  });
});
