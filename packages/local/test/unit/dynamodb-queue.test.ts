import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";

/**
 * A DynamoDB endpoint that answers every UpdateItem after HOLD_MS, counting the requests it holds at once. With
 * 50 sockets, the 151st request waits three rounds (2.1 s) for one: the SDK's 2 s connection timeout used to
 * start while it waited, and those executions failed with DynamoDB.AmazonDynamoDBException.
 */
const HOLD_MS = 700;
let inFlight = 0;
let most = 0;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  request.resume();
  request.on("end", () => {
    most = Math.max(most, ++inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(200, { "Content-Type": "application/x-amz-json-1.0" });
      response.end(JSON.stringify({ Attributes: { hits: { N: "1" } } }));
    }, HOLD_MS);
  });
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve())));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const machine = {
  StartAt: "Count",
  States: {
    Count: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:updateItem",
      Parameters: {
        TableName: "counters",
        Key: { pk: { S: "c" } },
        UpdateExpression: "ADD hits :one",
        ExpressionAttributeValues: { ":one": { N: "1" } },
      },
      ResultSelector: { "hits.$": "$.Attributes.hits.N" },
      End: true,
    },
  },
};

// "Many executions at once in one process, sharing the DynamoDB endpoint (needed for concurrency tests)" (issue 4)
describe("many executions on one DynamoDB endpoint", () => {
  it("queue for the endpoint's sockets instead of timing out while they wait", {
    timeout: 20_000,
  }, async () => {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const engine = createEngine({ dynamodb: { endpoint } });
    try {
      const loaded = engine.load(machine);
      const results = await Promise.all(Array.from({ length: 160 }, () => engine.run(loaded)));
      const failures = results.filter((result) => result.status !== "SUCCEEDED");
      expect(failures.map((result) => `${result.error}: ${result.cause}`)).toStrictEqual([]);
      expect(most).toBeLessThanOrEqual(50);
    } finally {
      await engine.close();
    }
  });
});
