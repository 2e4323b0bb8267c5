import {
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  InvalidArn,
  InvalidExecutionInput,
  InvalidName,
  ListExecutionsCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StateMachineDoesNotExist,
  StateMachineTypeNotSupported,
  StopExecutionCommand,
  UpdateStateMachineCommand,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { rejection, useServer } from "./helpers/served.js";

// Waits take a hundredth of their time: the 20 s Wait below takes 200 ms.
const served = useServer({ waitScale: 0.01 });

const greet = {
  StartAt: "Wait",
  States: {
    Wait: { Type: "Wait", Seconds: 20, Next: "Greet" },
    Greet: { Type: "Pass", Parameters: { "greeting.$": "States.Format('Hello, {}!', $.name)" }, End: true },
  },
};
const fails = {
  StartAt: "Boom",
  States: { Boom: { Type: "Fail", Error: "Order.Invalid", Cause: "no items" } },
};
const slow = { StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 3600, End: true } } };

describe("statesmith serve: executions (through @aws-sdk/client-sfn)", () => {
  it("StartExecution → DescribeExecution RUNNING, then SUCCEEDED with output, dates and the input as sent", async () => {
    const stateMachineArn = await served.machine(greet, { name: "greeter" });
    const started = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: "ada", input: '{ "name": "Ada" }' }),
    );
    expect(started.executionArn).toBe("arn:aws:states:us-east-1:123456789012:execution:greeter:ada");
    const running = await served.sfn.send(
      new DescribeExecutionCommand({ executionArn: started.executionArn }),
    );
    expect(running).toMatchObject({
      status: "RUNNING",
      name: "ada",
      stateMachineArn,
      input: '{ "name": "Ada" }',
    });
    expect(running.stopDate).toBeUndefined();
    const done = await served.closed(started.executionArn ?? "");
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ greeting: "Hello, Ada!" });
    expect(done.startDate?.getTime()).toBe(started.startDate?.getTime());
    expect(done.stopDate?.getTime()).toBeGreaterThanOrEqual(done.startDate?.getTime() ?? Number.NaN);
  });

  it("a failed execution has status FAILED with its error and cause, and no output", async () => {
    const stateMachineArn = await served.machine(fails);
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    const done = await served.closed(executionArn);
    expect(done).toMatchObject({ status: "FAILED", error: "Order.Invalid", cause: "no items", input: "{}" });
    expect(done.output).toBeUndefined();
  });

  // "When the original execution is open and the execution input from the new call is identical, the Success
  // message is returned … different, ExecutionAlreadyExists … closed, ExecutionAlreadyExists regardless of input."
  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
  it("StartExecution with a running execution's name: same input is idempotent, another input or a closed one is ExecutionAlreadyExists", async () => {
    const stateMachineArn = await served.machine(slow);
    const first = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: "once", input: '{"a":1}' }),
    );
    const again = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: "once", input: '{ "a": 1 }' }),
    );
    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate?.getTime()).toBe(first.startDate?.getTime());
    const other = await rejection(
      served.sfn.send(new StartExecutionCommand({ stateMachineArn, name: "once", input: '{"a":2}' })),
    );
    expect(other).toBeInstanceOf(ExecutionAlreadyExists);
    await served.sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    const closed = await rejection(
      served.sfn.send(new StartExecutionCommand({ stateMachineArn, name: "once", input: '{"a":1}' })),
    );
    expect(closed).toBeInstanceOf(ExecutionAlreadyExists);
  });

  it("StopExecution: ABORTED with the error and cause given, at once", async () => {
    const stateMachineArn = await served.machine(slow);
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    const stopped = await served.sfn.send(
      new StopExecutionCommand({ executionArn, error: "Operator", cause: "not needed" }),
    );
    expect(stopped.stopDate).toBeInstanceOf(Date);
    const described = await served.sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described).toMatchObject({ status: "ABORTED", error: "Operator", cause: "not needed" });
    expect(described.stopDate?.getTime()).toBe(stopped.stopDate?.getTime());
  });

  // "On the next state transition, the state machine's executions are terminated."
  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html
  it("DeleteStateMachine stops the machine's running executions: ABORTED, still described", async () => {
    const stateMachineArn = await served.machine(slow);
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await served.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
    expect(await served.sfn.send(new DescribeExecutionCommand({ executionArn }))).toMatchObject({
      status: "ABORTED",
      cause: "The state machine was deleted.",
    });
  });

  it("input that is not JSON is InvalidExecutionInput; a bad name InvalidName; unknown machine or execution", async () => {
    const stateMachineArn = await served.machine(greet);
    expect(
      await rejection(served.sfn.send(new StartExecutionCommand({ stateMachineArn, input: "{nope" }))),
    ).toBeInstanceOf(InvalidExecutionInput);
    expect(
      await rejection(served.sfn.send(new StartExecutionCommand({ stateMachineArn, name: "a/b" }))),
    ).toBeInstanceOf(InvalidName);
    expect(
      await rejection(
        served.sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}-gone` })),
      ),
    ).toBeInstanceOf(StateMachineDoesNotExist);
    const unknown = "arn:aws:states:us-east-1:123456789012:execution:greeter:never";
    expect(
      await rejection(served.sfn.send(new DescribeExecutionCommand({ executionArn: unknown }))),
    ).toBeInstanceOf(ExecutionDoesNotExist);
    expect(
      await rejection(served.sfn.send(new DescribeExecutionCommand({ executionArn: "arn:nope" }))),
    ).toBeInstanceOf(InvalidArn);
  });

  it("ListExecutions: newest first, statusFilter, pages of maxResults that add up to every execution once", async () => {
    const stateMachineArn = await served.machine(slow);
    const names = Array.from({ length: 5 }, (_, index) => `run-${index}`);
    for (const name of names) await served.sfn.send(new StartExecutionCommand({ stateMachineArn, name }));
    const stopped = `arn:aws:states:us-east-1:123456789012:execution:${stateMachineArn.split(":").pop()}:run-1`;
    await served.sfn.send(new StopExecutionCommand({ executionArn: stopped }));
    const listed: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await served.sfn.send(
        new ListExecutionsCommand({ stateMachineArn, maxResults: 2, nextToken }),
      );
      listed.push(...(page.executions ?? []).map((execution) => execution.name ?? ""));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(listed).toStrictEqual([...names].reverse());
    const aborted = await served.sfn.send(
      new ListExecutionsCommand({ stateMachineArn, statusFilter: "ABORTED" }),
    );
    expect(aborted.executions?.map((execution) => [execution.name, execution.status])).toStrictEqual([
      ["run-1", "ABORTED"],
    ]);
    expect(aborted.executions?.[0]?.stopDate).toBeInstanceOf(Date);
    const running = await served.sfn.send(
      new ListExecutionsCommand({ stateMachineArn, statusFilter: "RUNNING" }),
    );
    expect(running.executions).toHaveLength(4);
  });

  it("UpdateStateMachine changes new executions only; DescribeStateMachineForExecution shows the one each ran", async () => {
    const stateMachineArn = await served.machine(greet, { name: "versioned" });
    const before = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn, input: '{"name":"A"}' }),
    );
    const changed = { StartAt: "Hi", States: { Hi: { Type: "Pass", Result: "changed", End: true } } };
    await served.sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn, definition: JSON.stringify(changed) }),
    );
    const after = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    expect(JSON.parse((await served.closed(before.executionArn ?? "")).output ?? "")).toStrictEqual({
      greeting: "Hello, A!",
    });
    expect(JSON.parse((await served.closed(after.executionArn ?? "")).output ?? "")).toBe("changed");
    const ran = await served.sfn.send(
      new DescribeStateMachineForExecutionCommand({ executionArn: before.executionArn }),
    );
    expect(JSON.parse(ran.definition ?? "")).toStrictEqual(greet);
  });

  // "StartSyncExecution is not available for STANDARD workflows" … "will return a 200 OK response, even if your
  // execution fails" https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html
  it("StartSyncExecution on EXPRESS answers with the result, 200 even when the execution failed", async () => {
    const express = await served.machine(greet, { type: "EXPRESS", name: "greet-express" });
    const done = await served.sfn.send(
      new StartSyncExecutionCommand({ stateMachineArn: express, input: '{"name":"Bo"}' }),
    );
    expect(done).toMatchObject({ status: "SUCCEEDED", stateMachineArn: express, input: '{"name":"Bo"}' });
    expect(done.executionArn).toMatch(
      /^arn:aws:states:us-east-1:123456789012:express:greet-express:[^:]+:[0-9a-f-]{36}$/,
    );
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ greeting: "Hello, Bo!" });
    expect(done.billingDetails?.billedDurationInMilliseconds).toBeGreaterThanOrEqual(100);
    const failing = await served.machine(fails, { type: "EXPRESS" });
    const failed = await served.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: failing }));
    expect(failed).toMatchObject({ status: "FAILED", error: "Order.Invalid", cause: "no items" });
    expect(failed.$metadata.httpStatusCode).toBe(200);
  });

  it("Express and Standard keep to their APIs: StateMachineTypeNotSupported both ways, no DescribeExecution for Express", async () => {
    const standard = await served.machine(greet);
    const express = await served.machine(greet, { type: "EXPRESS" });
    expect(
      await rejection(served.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standard }))),
    ).toBeInstanceOf(StateMachineTypeNotSupported);
    expect(
      await rejection(served.sfn.send(new ListExecutionsCommand({ stateMachineArn: express }))),
    ).toBeInstanceOf(StateMachineTypeNotSupported);
    // Express is not idempotent on names: the same name twice is two executions.
    const one = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn: express, name: "same", input: '{"name":"x"}' }),
    );
    const two = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn: express, name: "same", input: '{"name":"x"}' }),
    );
    expect(one.executionArn).not.toBe(two.executionArn);
    expect(
      await rejection(served.sfn.send(new DescribeExecutionCommand({ executionArn: one.executionArn }))),
    ).toBeInstanceOf(InvalidArn);
  });
});
