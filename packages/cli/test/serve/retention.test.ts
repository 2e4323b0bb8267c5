import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  ListExecutionsCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { rejection, useServer } from "./helpers/served.js";

const served = useServer({ maxClosedExecutions: 3, expressLimitSeconds: 1 });
const pass = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };

describe("statesmith serve: bounded memory and the Express time limit", () => {
  it("keeps the newest maxClosedExecutions closed executions; older ones are ExecutionDoesNotExist", async () => {
    const stateMachineArn = await served.machine(pass);
    const arns: string[] = [];
    for (let index = 0; index < 5; index++) {
      const { executionArn = "" } = await served.sfn.send(
        new StartExecutionCommand({ stateMachineArn, name: `e${index}` }),
      );
      await served.closed(executionArn);
      arns.push(executionArn);
    }
    const listed = await served.sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    expect(listed.executions?.map((execution) => execution.name)).toStrictEqual(["e4", "e3", "e2"]);
    expect(
      await rejection(served.sfn.send(new DescribeExecutionCommand({ executionArn: arns[0] }))),
    ).toBeInstanceOf(ExecutionDoesNotExist);
  });

  // "Express Workflows … Maximum duration: Five minutes" (here shortened to 1 s by expressLimitSeconds).
  // https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
  it("an Express execution past the limit is TIMED_OUT with States.Timeout", async () => {
    const long = { StartAt: "W", States: { W: { Type: "Wait", Seconds: 60, End: true } } };
    const stateMachineArn = await served.machine(long, { type: "EXPRESS" });
    const done = await served.sfn.send(new StartSyncExecutionCommand({ stateMachineArn }));
    expect(done).toMatchObject({ status: "TIMED_OUT", error: "States.Timeout" });
  });
});
