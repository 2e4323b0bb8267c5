import {
  GetExecutionHistoryCommand,
  type HistoryEvent,
  InvalidToken,
  StartExecutionCommand,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { rejection, useServer } from "./helpers/served.js";

const served = useServer();

/** 12 Pass states: ExecutionStarted, 12 × (entered, exited), ExecutionSucceeded = 26 events. */
const chain = {
  StartAt: "S0",
  States: Object.fromEntries(
    Array.from({ length: 12 }, (_, index) => [
      `S${index}`,
      {
        Type: "Pass",
        Result: { step: index },
        ...(index === 11 ? { End: true } : { Next: `S${index + 1}` }),
      },
    ]),
  ),
};

async function allPages(
  executionArn: string,
  options: { reverseOrder?: boolean; maxResults: number; includeExecutionData?: boolean },
) {
  const events: HistoryEvent[] = [];
  const sizes: number[] = [];
  let nextToken: string | undefined;
  do {
    const page = await served.sfn.send(
      new GetExecutionHistoryCommand({ executionArn, nextToken, ...options }),
    );
    events.push(...(page.events ?? []));
    sizes.push(page.events?.length ?? 0);
    nextToken = page.nextToken;
  } while (nextToken);
  return { events, sizes };
}

// https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html
describe("statesmith serve: GetExecutionHistory (through @aws-sdk/client-sfn)", () => {
  it("pages through the history with maxResults and nextToken: every event once, ids 1..n, linked, dated", async () => {
    const stateMachineArn = await served.machine(chain);
    const { executionArn = "" } = await served.sfn.send(
      new StartExecutionCommand({ stateMachineArn, input: '{"id":7}' }),
    );
    await served.closed(executionArn);
    const { events, sizes } = await allPages(executionArn, { maxResults: 10 });
    expect(sizes).toStrictEqual([10, 10, 6]);
    expect(events.map((event) => event.id)).toStrictEqual(
      Array.from({ length: 26 }, (_, index) => index + 1),
    );
    expect(events[0]).toMatchObject({ type: "ExecutionStarted", previousEventId: 0 });
    expect(events[0]?.executionStartedEventDetails?.input).toBe('{"id":7}');
    expect(events[1]).toMatchObject({
      type: "PassStateEntered",
      previousEventId: 1,
      stateEnteredEventDetails: { name: "S0" },
    });
    expect(events.at(-1)?.type).toBe("ExecutionSucceeded");
    expect(JSON.parse(events.at(-1)?.executionSucceededEventDetails?.output ?? "")).toStrictEqual({
      step: 11,
    });
    for (const event of events) expect(event.timestamp).toBeInstanceOf(Date);
  });

  it("reverseOrder pages from the newest event; includeExecutionData: false leaves input and output out", async () => {
    const stateMachineArn = await served.machine(chain);
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await served.closed(executionArn);
    const reversed = await allPages(executionArn, { maxResults: 4, reverseOrder: true });
    expect(reversed.events.map((event) => event.id)).toStrictEqual(
      Array.from({ length: 26 }, (_, index) => 26 - index),
    );
    const bare = await allPages(executionArn, { maxResults: 100, includeExecutionData: false });
    expect(bare.sizes).toStrictEqual([26]);
    expect(bare.events[0]?.executionStartedEventDetails).toBeDefined();
    expect(bare.events[0]?.executionStartedEventDetails?.input).toBeUndefined();
    expect(bare.events[1]?.stateEnteredEventDetails).toStrictEqual({ name: "S0" });
  });

  it("a nextToken from another listing (here: the other direction) is InvalidToken", async () => {
    const stateMachineArn = await served.machine(chain);
    const { executionArn = "" } = await served.sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await served.closed(executionArn);
    const forward = await served.sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5 }));
    const error = await rejection(
      served.sfn.send(
        new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, nextToken: forward.nextToken }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidToken);
    expect(
      await rejection(
        served.sfn.send(new GetExecutionHistoryCommand({ executionArn, nextToken: "garbage" })),
      ),
    ).toBeInstanceOf(InvalidToken);
  });
});
