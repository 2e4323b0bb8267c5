import {
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from "@aws-sdk/client-sfn";
import { afterAll, describe, expect, it } from "vitest";
import { sfnClientConfig } from "../../src/index.js";
import { CREDENTIALS, useServer } from "./helpers/served.js";

const served = useServer({ handlers: { work: (event) => ({ done: (event as { id: number }).id }) } });
const clients: SFNClient[] = [];
afterAll(() => {
  for (const client of clients) client.destroy();
});

const work = {
  StartAt: "Work",
  States: {
    Work: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "work", "Payload.$": "$" },
      OutputPath: "$.Payload",
      End: true,
    },
  },
};

/** `total` jobs shared by `concurrency` SDK clients, each with its own connection pool. */
async function spread<T>(
  total: number,
  concurrency: number,
  job: (client: SFNClient, index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const client = new SFNClient({ ...sfnClientConfig(served.server), credentials: CREDENTIALS });
      clients.push(client);
      for (let index = next++; index < total; index = next++) results[index] = await job(client, index);
    }),
  );
  return results;
}

// Not timed (the speed figures live in bench/index.ts): only that nothing is lost or duplicated.
describe("statesmith serve under concurrent SDK clients", () => {
  it("200 StartExecution calls from 20 clients: 200 distinct executions, all listed once, all SUCCEEDED with their own output", async () => {
    const stateMachineArn = await served.machine(work, { name: "load-standard" });
    const started = await spread(200, 20, (client, id) =>
      client.send(
        new StartExecutionCommand({ stateMachineArn, name: `job-${id}`, input: JSON.stringify({ id }) }),
      ),
    );
    expect(new Set(started.map((execution) => execution.executionArn)).size).toBe(200);
    const closed = await spread(200, 20, (_client, id) => served.closed(started[id]?.executionArn ?? ""));
    expect(
      closed.every(
        (execution, id) => execution.status === "SUCCEEDED" && execution.output === `{"done":${id}}`,
      ),
    ).toBe(true);
    const listed: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await served.sfn.send(
        new ListExecutionsCommand({ stateMachineArn, maxResults: 64, nextToken }),
      );
      listed.push(...(page.executions ?? []).map((execution) => `${execution.name} ${execution.status}`));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(listed).toHaveLength(200);
    expect(new Set(listed)).toStrictEqual(
      new Set(Array.from({ length: 200 }, (_, id) => `job-${id} SUCCEEDED`)),
    );
  });

  it("200 StartSyncExecution calls from 20 clients: each answered once, with its own result", async () => {
    const stateMachineArn = await served.machine(work, { name: "load-express", type: "EXPRESS" });
    const done = await spread(200, 20, (client, id) =>
      client.send(
        new StartSyncExecutionCommand({ stateMachineArn, name: `sync-${id}`, input: JSON.stringify({ id }) }),
      ),
    );
    expect(new Set(done.map((execution) => execution.executionArn)).size).toBe(200);
    expect(
      done.every(
        (execution, id) =>
          execution.status === "SUCCEEDED" &&
          execution.name === `sync-${id}` &&
          execution.output === `{"done":${id}}`,
      ),
    ).toBe(true);
  });
});
