import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  StartExecutionCommand,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { useServer } from "./helpers/served.js";

const served = useServer();

// A child started by `states:startExecution` is an execution like any other: its ARN is in the parent's output,
// and the execution APIs know it.
// https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
describe("statesmith serve: executions started by states:startExecution", () => {
  it("a child of startExecution.sync:2 can be described, listed and its history read", async () => {
    const child = await served.machine(
      { StartAt: "A", States: { A: { Type: "Pass", Parameters: { "got.$": "$.n" }, End: true } } },
      { name: "child" },
    );
    const parent = await served.machine({
      StartAt: "Run",
      States: {
        Run: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: child, Input: { n: 7 } },
          End: true,
        },
      },
    });
    const { executionArn = "" } = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn: parent }),
    );
    const done = await served.closed(executionArn);
    expect(done.status).toBe("SUCCEEDED");
    const childArn = (JSON.parse(done.output ?? "{}") as { ExecutionArn?: string }).ExecutionArn ?? "";
    expect(childArn).toMatch(/:execution:child:/);

    const described = await served.sfn.send(new DescribeExecutionCommand({ executionArn: childArn }));
    expect(described).toMatchObject({ status: "SUCCEEDED", stateMachineArn: child, output: '{"got":7}' });
    expect(JSON.parse(described.input ?? "")).toStrictEqual({ n: 7 });

    const listed = await served.sfn.send(new ListExecutionsCommand({ stateMachineArn: child }));
    expect(listed.executions?.map((execution) => execution.executionArn)).toStrictEqual([childArn]);

    const history = await served.sfn.send(new GetExecutionHistoryCommand({ executionArn: childArn }));
    expect(history.events?.map((event) => event.type)).toStrictEqual([
      "ExecutionStarted",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
  });
});
