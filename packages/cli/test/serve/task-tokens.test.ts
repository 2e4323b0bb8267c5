import {
  DescribeExecutionCommand,
  InvalidOutput,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  TaskDoesNotExist,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { rejection, useServer } from "./helpers/served.js";

/** The token each `ask` call received, by the execution's input `id`. */
const tokens = new Map<string, string>();
const served = useServer({
  handlers: {
    ask: (event) => {
      const { id, token } = event as { id: string; token: string };
      tokens.set(id, token);
      return { asked: true };
    },
  },
});

const approval = (heartbeatSeconds?: number) => ({
  StartAt: "Ask",
  States: {
    Ask: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { FunctionName: "ask", Payload: { "id.$": "$.id", "token.$": "$$.Task.Token" } },
      ...(heartbeatSeconds !== undefined && { HeartbeatSeconds: heartbeatSeconds }),
      End: true,
    },
  },
});

async function waitingFor(id: string, heartbeatSeconds?: number) {
  const stateMachineArn = await served.machine(approval(heartbeatSeconds));
  const { executionArn = "" } = await served.sfn.send(
    new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ id }) }),
  );
  for (let tries = 0; !tokens.has(id); tries++) {
    if (tries > 200) throw new Error(`no task token for ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { executionArn, taskToken: tokens.get(id) ?? "" };
}

// https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token
describe("statesmith serve: .waitForTaskToken answered with SendTask* (through @aws-sdk/client-sfn)", () => {
  it("SendTaskSuccess: the task's output is the output sent; the token is then spent (TaskDoesNotExist)", async () => {
    const { executionArn, taskToken } = await waitingFor("success");
    expect((await served.sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe("RUNNING");
    await served.sfn.send(new SendTaskSuccessCommand({ taskToken, output: '{"approved":true}' }));
    const done = await served.closed(executionArn);
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ approved: true });
    const again = await rejection(served.sfn.send(new SendTaskSuccessCommand({ taskToken, output: "{}" })));
    expect(again).toBeInstanceOf(TaskDoesNotExist);
  });

  it("SendTaskFailure: the execution fails with the error and cause sent", async () => {
    const { executionArn, taskToken } = await waitingFor("failure");
    await served.sfn.send(
      new SendTaskFailureCommand({ taskToken, error: "Rejected", cause: "by the approver" }),
    );
    expect(await served.closed(executionArn)).toMatchObject({
      status: "FAILED",
      error: "Rejected",
      cause: "by the approver",
    });
  });

  it("SendTaskHeartbeat keeps a task with HeartbeatSeconds alive; without heartbeats it fails States.HeartbeatTimeout", async () => {
    const kept = await waitingFor("heartbeat", 1);
    for (let beat = 0; beat < 4; beat++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await served.sfn.send(new SendTaskHeartbeatCommand({ taskToken: kept.taskToken }));
    }
    // 1.6 s after the start, past HeartbeatSeconds: still waiting, thanks to the heartbeats.
    expect(
      (await served.sfn.send(new DescribeExecutionCommand({ executionArn: kept.executionArn }))).status,
    ).toBe("RUNNING");
    await served.sfn.send(new SendTaskSuccessCommand({ taskToken: kept.taskToken, output: '"ok"' }));
    expect((await served.closed(kept.executionArn)).status).toBe("SUCCEEDED");

    const silent = await waitingFor("silent", 1);
    expect(await served.closed(silent.executionArn, 5_000)).toMatchObject({
      status: "FAILED",
      error: "States.HeartbeatTimeout",
    });
  });

  it("output that is not JSON is InvalidOutput; an unknown token TaskDoesNotExist", async () => {
    const { executionArn, taskToken } = await waitingFor("invalid");
    expect(
      await rejection(served.sfn.send(new SendTaskSuccessCommand({ taskToken, output: "{oops" }))),
    ).toBeInstanceOf(InvalidOutput);
    expect((await served.sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe("RUNNING");
    expect(
      await rejection(
        served.sfn.send(new SendTaskHeartbeatCommand({ taskToken: "not-a-token-anyone-issued" })),
      ),
    ).toBeInstanceOf(TaskDoesNotExist);
    await served.sfn.send(new SendTaskSuccessCommand({ taskToken, output: "{}" }));
  });
});
