import { DescribeExecutionCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { useServer } from "./helpers/served.js";

const served = useServer();

/**
 * Known gaps of the engine as `statesmith serve` uses it, pinned with `it.fails`: each passes while the gap is
 * there, and turns red (so that it is changed into an ordinary `it`) once the engine closes it.
 */
describe("statesmith serve: engine gaps (reported, not yet fixed)", () => {
  // A nested execution started by `states:startExecution` runs inside the engine, which has no hook to tell
  // the server it started: the parent's output names an execution that DescribeExecution does not know.
  // https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
  it.fails("a child execution started by states:startExecution.sync can be described", async () => {
    const child = await served.machine(
      { StartAt: "A", States: { A: { Type: "Pass", Result: "child", End: true } } },
      { name: "child" },
    );
    const parent = await served.machine({
      StartAt: "Run",
      States: {
        Run: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: child, Input: {} },
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
    expect(described.status).toBe("SUCCEEDED");
  });
});
