import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Engine } from "../../../src/index.js";

/** Creates a table with a string partition key `pk` on the engine's DynamoDB endpoint. */
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
