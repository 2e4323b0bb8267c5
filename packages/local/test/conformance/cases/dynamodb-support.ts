import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import type { Engine } from "../../../src/index.js";

/**
 * Creates a table with a string partition key `pk` on the engine's DynamoDB endpoint and waits until it is
 * ACTIVE: like DynamoDB, the embedded server answers CreateTable while the table is still CREATING.
 */
export async function createTable(engine: Engine, table: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: await engine.dynamodbEndpoint(),
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: table,
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    await waitUntilTableExists(
      { client, maxWaitTime: 10, minDelay: 0.01, maxDelay: 0.1 },
      { TableName: table },
    );
  } finally {
    client.destroy();
  }
}

export const ddbTask = (action: string, parameters: object, fields: object = {}) => ({
  Type: "Task",
  Resource: action.includes(":") ? `arn:aws:states:::${action}` : `arn:aws:states:::dynamodb:${action}`,
  Parameters: parameters,
  ...fields,
});
