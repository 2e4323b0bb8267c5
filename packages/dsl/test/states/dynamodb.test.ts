import { describe, expect, test } from "vitest";
import { z } from "zod";
import { dynamodb, machine } from "../../src/index.js";
import { statesOf } from "../helpers/asl.js";

// DynamoDB: https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
type Breaker = { pk: "S"; failures: "N" };
const Key = z.object({ id: z.string(), failures: z.string() });

describe("dynamodb", () => {
  test("GIVEN getItem, putItem, updateItem and deleteItem WHEN compiled (JSONPath) THEN each optimized resource with .$ keys", () => {
    const m = machine("dynamodb", { input: Key }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Get", ($) =>
              dynamodb.getItem<Breaker>({
                TableName: "breakers",
                Key: { pk: { S: $.id } },
                ConsistentRead: true,
                ProjectionExpression: "#f",
                ExpressionAttributeNames: { "#f": "failures" },
              }),
            )
            .resultPath("$.got"),
        )
        .next((s) =>
          s
            .task("Put", ($) =>
              dynamodb.putItem<Breaker>({
                TableName: "breakers",
                Item: { pk: { S: $.id }, failures: { N: "0" } },
                ConditionExpression: "attribute_not_exists(pk)",
                ReturnValues: "NONE",
              }),
            )
            .resultPath(null),
        )
        .next((s) =>
          s
            .task("Update", ($) =>
              dynamodb.updateItem<Breaker>({
                TableName: "breakers",
                Key: { pk: { S: $.id } },
                UpdateExpression: "SET failures = failures + :one",
                ExpressionAttributeValues: { ":one": { N: $.failures } },
                ReturnValues: "UPDATED_NEW",
              }),
            )
            .resultPath(null),
        )
        .next((s) =>
          s.task("Delete", ($) =>
            dynamodb.deleteItem<Breaker>({ TableName: "breakers", Key: { pk: { S: $.id } } }),
          ),
        ),
    );
    expect(statesOf(m)).toStrictEqual({
      Get: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:getItem",
        Parameters: {
          TableName: "breakers",
          Key: { pk: { "S.$": "$.id" } },
          ConsistentRead: true,
          ProjectionExpression: "#f",
          ExpressionAttributeNames: { "#f": "failures" },
        },
        ResultPath: "$.got",
        Next: "Put",
      },
      Put: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:putItem",
        Parameters: {
          TableName: "breakers",
          Item: { pk: { "S.$": "$.id" }, failures: { N: "0" } },
          ConditionExpression: "attribute_not_exists(pk)",
          ReturnValues: "NONE",
        },
        ResultPath: null,
        Next: "Update",
      },
      Update: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:updateItem",
        Parameters: {
          TableName: "breakers",
          Key: { pk: { "S.$": "$.id" } },
          UpdateExpression: "SET failures = failures + :one",
          ExpressionAttributeValues: { ":one": { "N.$": "$.failures" } },
          ReturnValues: "UPDATED_NEW",
        },
        ResultPath: null,
        Next: "Delete",
      },
      Delete: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:deleteItem",
        Parameters: { TableName: "breakers", Key: { pk: { "S.$": "$.id" } } },
        End: true,
      },
    });
  });

  test("GIVEN the same calls in JSONata WHEN compiled THEN Arguments hold {% %} expressions", () => {
    const m = machine("dynamodb-jsonata", { input: Key, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Get", ({ input }) =>
              dynamodb.getItem<Breaker>({ TableName: "breakers", Key: { pk: { S: input.id } } }),
            )
            .assign(({ result }) => ({ failures: result.Item.failures.N }))
            .output(({ input }) => input),
        )
        .next((s) =>
          s.task("Put", ({ input }) =>
            dynamodb.putItem<Breaker>({
              TableName: "breakers",
              Item: { pk: { S: input.id }, failures: { N: input.failures } },
            }),
          ),
        )
        .next((s) =>
          s.task("Update", ({ vars }) =>
            dynamodb.updateItem<Breaker>({
              TableName: "breakers",
              Key: { pk: { S: "global" } },
              UpdateExpression: "SET failures = :f",
              ExpressionAttributeValues: { ":f": { N: vars.failures } },
            }),
          ),
        )
        .next((s) =>
          s.task("Delete", () =>
            dynamodb.deleteItem<Breaker>({ TableName: "breakers", Key: { pk: { S: "old" } } }),
          ),
        ),
    );
    expect(statesOf(m)).toStrictEqual({
      Get: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:getItem",
        Arguments: { TableName: "breakers", Key: { pk: { S: "{% $states.input.id %}" } } },
        Output: "{% $states.input %}",
        Assign: { failures: "{% $states.result.Item.failures.N %}" },
        Next: "Put",
      },
      Put: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:putItem",
        Arguments: {
          TableName: "breakers",
          Item: { pk: { S: "{% $states.input.id %}" }, failures: { N: "{% $states.input.failures %}" } },
        },
        Next: "Update",
      },
      Update: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:updateItem",
        Arguments: {
          TableName: "breakers",
          Key: { pk: { S: "global" } },
          UpdateExpression: "SET failures = :f",
          ExpressionAttributeValues: { ":f": { N: "{% $failures %}" } },
        },
        Next: "Delete",
      },
      Delete: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:deleteItem",
        Arguments: { TableName: "breakers", Key: { pk: { S: "old" } } },
        End: true,
      },
    });
  });
});
