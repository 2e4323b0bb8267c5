import { CreateTableCommand, GetItemCommand, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import { StartExecutionCommand, StartSyncExecutionCommand } from "@aws-sdk/client-sfn";
import { beforeAll, describe, expect, it } from "vitest";
import { useServer } from "./helpers/served.js";

const served = useServer();
const TABLE = "Counters";

/** Adds the input's `by` to the item `pk` of the table, then reads it back (optimized DynamoDB integrations). */
const counter = {
  StartAt: "Add",
  States: {
    Add: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:updateItem",
      Parameters: {
        TableName: TABLE,
        Key: { pk: { "S.$": "$.pk" } },
        UpdateExpression: "ADD hits :by",
        ExpressionAttributeValues: { ":by": { "N.$": "States.Format('{}', $.by)" } },
      },
      ResultPath: null,
      Next: "Read",
    },
    Read: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:getItem",
      Parameters: { TableName: TABLE, Key: { pk: { "S.$": "$.pk" } }, ConsistentRead: true },
      OutputPath: "$.Item",
      End: true,
    },
  },
};

// https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
describe("statesmith serve: the DynamoDB endpoint beside it, shared with the engine", () => {
  beforeAll(async () => {
    await served.dynamodb.send(
      new CreateTableCommand({
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    await waitUntilTableExists(
      { client: served.dynamodb, maxWaitTime: 10, minDelay: 0.01, maxDelay: 0.1 },
      { TableName: TABLE },
    );
  });

  it("serves on its own port, next to the Step Functions one", () => {
    expect(served.server.dynamodbUrl).toBe(`http://127.0.0.1:${served.server.dynamodbPort}`);
    expect(served.server.dynamodbPort).not.toBe(served.server.port);
  });

  it("executions update the item the test created the table for; the test reads it back with the DynamoDB client", async () => {
    const stateMachineArn = await served.machine(counter);
    const started = await Promise.all(
      [1, 2, 3, 4].map((by) =>
        served.sfn.send(
          new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ pk: "clicks", by }) }),
        ),
      ),
    );
    const done = await Promise.all(started.map((execution) => served.closed(execution.executionArn ?? "")));
    expect(done.map((execution) => execution.status)).toStrictEqual([
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
      "SUCCEEDED",
    ]);
    const item = await served.dynamodb.send(
      new GetItemCommand({ TableName: TABLE, Key: { pk: { S: "clicks" } }, ConsistentRead: true }),
    );
    expect(item.Item).toStrictEqual({ pk: { S: "clicks" }, hits: { N: "10" } });
  });

  it("StartSyncExecution returns the item the execution wrote", async () => {
    const stateMachineArn = await served.machine(counter, { type: "EXPRESS" });
    const done = await served.sfn.send(
      new StartSyncExecutionCommand({ stateMachineArn, input: JSON.stringify({ pk: "sync", by: 5 }) }),
    );
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output ?? "")).toStrictEqual({ pk: { S: "sync" }, hits: { N: "5" } });
  });

  it("a missing table fails the task with DynamoDB's error, named as Step Functions names it", async () => {
    const missing = JSON.parse(JSON.stringify(counter).replaceAll(TABLE, "NoSuchTable")) as object;
    const stateMachineArn = await served.machine(missing, { type: "EXPRESS" });
    const done = await served.sfn.send(
      new StartSyncExecutionCommand({ stateMachineArn, input: '{"pk":"x","by":1}' }),
    );
    expect(done).toMatchObject({ status: "FAILED", error: "DynamoDB.ResourceNotFoundException" });
  });
});
