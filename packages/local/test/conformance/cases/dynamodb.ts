import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { createEngine, type Engine } from "../../../src/index.js";
import { type ConformanceCase, DOCS } from "../harness.js";
import { createTable, ddbTask } from "./dynamodb-support.js";

const PAGE = `${DOCS}/connect-ddb.html`;
const SDK = `${DOCS}/supported-services-awssdk.html`;
const key = { pk: { S: "order-1" } };
const put = (fields: object = {}) =>
  ddbTask("putItem", { TableName: "Orders", Item: { pk: { S: "order-1" }, total: { N: "30" } } }, fields);

export const DYNAMODB_CASES: readonly ConformanceCase[] = [
  {
    name: "putItem then getItem round-trips an item; the optimized result carries the SDK metadata",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const result = await engine.run({
        StartAt: "Put",
        States: {
          Put: put({ ResultPath: null, Next: "Get" }),
          Get: ddbTask("getItem", { TableName: "Orders", Key: key }, { End: true }),
        },
      });
      expect(result.status).toBe("SUCCEEDED");
      const output = result.output as Record<string, unknown>;
      expect(output.Item).toStrictEqual({ pk: { S: "order-1" }, total: { N: "30" } });
      expect(output).toHaveProperty("SdkHttpMetadata.HttpStatusCode", 200);
      expect(output).toHaveProperty("SdkResponseMetadata.RequestId");
      const scheduled = result.history.find(
        (event) => event.type === "TaskScheduled",
      )?.taskScheduledEventDetails;
      expect(scheduled).toMatchObject({ resourceType: "dynamodb", resource: "putItem" });
    },
  },
  {
    name: "updateItem with ReturnValues returns the new Attributes",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const update = ddbTask(
        "updateItem",
        {
          TableName: "Orders",
          Key: key,
          UpdateExpression: "ADD hits :one",
          ExpressionAttributeValues: { ":one": { N: "1" } },
          ReturnValues: "UPDATED_NEW",
        },
        { ResultSelector: { "hits.$": "$.Attributes.hits.N" } },
      );
      const machine = engine.load({ StartAt: "U", States: { U: { ...update, End: true } } });
      await engine.run(machine);
      expect((await engine.run(machine)).output).toStrictEqual({ hits: "2" });
    },
  },
  {
    name: "deleteItem removes the item",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const result = await engine.run({
        StartAt: "Put",
        States: {
          Put: put({ ResultPath: null, Next: "Delete" }),
          Delete: ddbTask(
            "deleteItem",
            { TableName: "Orders", Key: key, ReturnValues: "ALL_OLD" },
            { ResultSelector: { "old.$": "$.Attributes.total.N" }, ResultPath: "$.deleted", Next: "Get" },
          ),
          Get: ddbTask(
            "getItem",
            { TableName: "Orders", Key: key },
            {
              ResultSelector: { "found.$": "States.ArrayLength(States.Array($))" },
              ResultPath: "$.after",
              End: true,
            },
          ),
        },
      });
      expect(result.output).toMatchObject({ deleted: { old: "30" } });
      const history = JSON.stringify(result.history.at(-2));
      expect(history).not.toContain('"Item"');
    },
  },
  {
    name: "a failed condition is DynamoDB.ConditionalCheckFailedException, and can be caught",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const insertOnce = put({
        Parameters: {
          TableName: "Orders",
          Item: { pk: { S: "order-1" } },
          ConditionExpression: "attribute_not_exists(pk)",
        },
        Catch: [
          {
            ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"],
            ResultPath: "$.error",
            Next: "Exists",
          },
        ],
        End: true,
      });
      const machine = engine.load({
        StartAt: "Put",
        States: { Put: insertOnce, Exists: { Type: "Pass", InputPath: "$.error.Error", End: true } },
      });
      expect((await engine.run(machine)).status).toBe("SUCCEEDED");
      const second = await engine.run(machine);
      expect(second.output).toBe("DynamoDB.ConditionalCheckFailedException");
    },
  },
  {
    name: "a table that does not exist is DynamoDB.ResourceNotFoundException",
    source: PAGE,
    definition: {
      StartAt: "G",
      States: { G: ddbTask("getItem", { TableName: "Nope", Key: key }, { End: true }) },
    },
    expect: {
      error: "DynamoDB.ResourceNotFoundException",
      cause: /Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ResourceNotFoundException/,
    },
  },
  {
    name: "a request DynamoDB rejects as invalid is DynamoDB.AmazonDynamoDBException",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const result = await engine.run({
        StartAt: "U",
        States: {
          U: ddbTask(
            "updateItem",
            { TableName: "Orders", Key: key, UpdateExpression: "SET = broken" },
            { End: true },
          ),
        },
      });
      expect(result.error).toBe("DynamoDB.AmazonDynamoDBException");
      expect(result.cause).toMatch(/Error Code: ValidationException/);
    },
  },
  {
    name: "an endpoint that cannot be reached is DynamoDB.AmazonDynamoDBException (for circuit breakers)",
    source: PAGE,
    engine: { dynamodb: { endpoint: "http://127.0.0.1:9" } },
    definition: {
      StartAt: "G",
      States: { G: ddbTask("getItem", { TableName: "Orders", Key: key }, { End: true }) },
    },
    expect: { error: "DynamoDB.AmazonDynamoDBException", cause: /Unable to execute HTTP request/ },
  },
  {
    name: "aws-sdk:dynamodb returns the API fields only and names errors DynamoDb.<Exception>",
    source: SDK,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const result = await engine.run({
        StartAt: "Put",
        States: {
          Put: put({ ResultPath: null, Next: "Query" }),
          Query: ddbTask(
            "aws-sdk:dynamodb:query",
            {
              TableName: "Orders",
              KeyConditionExpression: "pk = :pk",
              ExpressionAttributeValues: { ":pk": { S: "order-1" } },
            },
            { ResultSelector: { "count.$": "$.Count", "keys.$": "States.JsonToString($)" }, Next: "Again" },
          ),
          Again: ddbTask(
            "aws-sdk:dynamodb:putItem",
            {
              TableName: "Orders",
              Item: { pk: { S: "order-1" } },
              ConditionExpression: "attribute_not_exists(pk)",
            },
            { End: true },
          ),
        },
      });
      expect(result.error).toBe("DynamoDb.ConditionalCheckFailedException");
      const queried = result.history.find(
        (event) => event.type === "TaskStateExited" && event.stateExitedEventDetails?.name === "Query",
      );
      const output = JSON.parse(queried!.stateExitedEventDetails!.output) as { count: number; keys: string };
      expect(output.count).toBe(1);
      expect(output.keys).not.toContain("SdkHttpMetadata");
      expect(
        result.history.find((event) => event.taskScheduledEventDetails?.resource === "query")
          ?.taskScheduledEventDetails?.resourceType,
      ).toBe("aws-sdk:dynamodb");
    },
  },
  {
    name: "concurrent executions share the endpoint: 50 increments give exactly 50",
    source: PAGE,
    run: async (engine: Engine) => {
      await createTable(engine, "Orders");
      const machine = engine.load({
        StartAt: "U",
        States: {
          U: ddbTask(
            "updateItem",
            {
              TableName: "Orders",
              Key: key,
              UpdateExpression: "ADD hits :one",
              ExpressionAttributeValues: { ":one": { N: "1" } },
              ReturnValues: "UPDATED_NEW",
            },
            { ResultSelector: { "hits.$": "$.Attributes.hits.N" }, End: true },
          ),
        },
      });
      const results = await Promise.all(Array.from({ length: 50 }, () => engine.run(machine)));
      const counts = results
        .map((result) => Number((result.output as { hits: string }).hits))
        .sort((a, b) => a - b);
      expect(counts).toStrictEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    },
  },
  {
    // Not AWS behaviour (DynamoDB has every action): the embedded server's gap, named with its way out.
    name: "an action the embedded server lacks fails with a cause that says so and how to run it",
    source: SDK,
    run: async (engine: Engine) => {
      const result = await engine.run({
        StartAt: "T",
        States: { T: ddbTask("aws-sdk:dynamodb:transactWriteItems", { TransactItems: [] }, { End: true }) },
      });
      expect(result.error).toBe("DynamoDb.UnknownOperationException");
      expect(result.cause).toContain("does not implement this action");
      expect(result.cause).toContain("DYNAMODB_ENDPOINT");
    },
  },
  {
    name: "with dataDir the embedded server keeps its data on disk across engines",
    source: PAGE,
    run: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "statesmith-ddb-"));
      try {
        const first = createEngine({ dynamodb: { dataDir } });
        await createTable(first, "Orders");
        const written = await first.run({ StartAt: "Put", States: { Put: put({ End: true }) } });
        expect(written.status).toBe("SUCCEEDED");
        await first.close();
        const second = createEngine({ dynamodb: { dataDir } });
        const result = await second.run({
          StartAt: "G",
          States: {
            G: ddbTask(
              "getItem",
              { TableName: "Orders", Key: key },
              { ResultSelector: { "item.$": "$.Item" }, End: true },
            ),
          },
        });
        expect(result.output).toStrictEqual({ item: { pk: { S: "order-1" }, total: { N: "30" } } });
        await second.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
