/** The machines the benchmark runs, as plain ASL. */

export const jsonPathLoop = (iterations: number) => ({
  Comment: "(a) Pass increments a counter with States.MathAdd; Choice loops until it reaches the limit",
  StartAt: "Init",
  States: {
    Init: { Type: "Pass", Result: { count: 0 }, Next: "Increment" },
    Increment: { Type: "Pass", Parameters: { "count.$": "States.MathAdd($.count, 1)" }, Next: "Check" },
    Check: {
      Type: "Choice",
      Choices: [{ Variable: "$.count", NumericLessThan: iterations, Next: "Increment" }],
      Default: "Done",
    },
    Done: { Type: "Succeed" },
  },
});

export const jsonataLoop = (iterations: number) => ({
  Comment: "(b) the same loop in JSONata, the counter in a variable",
  QueryLanguage: "JSONata",
  StartAt: "Init",
  States: {
    Init: { Type: "Pass", Assign: { count: 0 }, Next: "Increment" },
    Increment: { Type: "Pass", Assign: { count: "{% $count + 1 %}" }, Next: "Check" },
    Check: {
      Type: "Choice",
      Choices: [{ Condition: `{% $count < ${iterations} %}`, Next: "Increment" }],
      Default: "Done",
    },
    Done: { Type: "Succeed", Output: { count: "{% $count %}" } },
  },
});

export const mapOfItems = () => ({
  Comment: "(c) a Map over the input's items, one Pass per item",
  StartAt: "Each",
  States: {
    Each: {
      Type: "Map",
      ItemsPath: "$.items",
      MaxConcurrency: 0,
      ItemProcessor: {
        StartAt: "Double",
        States: {
          Double: { Type: "Pass", Parameters: { "value.$": "States.MathAdd($.value, $.value)" }, End: true },
        },
      },
      End: true,
    },
  },
});

export const counterMachine = (table: string) => ({
  Comment: "(d) five states, one DynamoDB UpdateItem",
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Parameters: { "id.$": "$.id" }, Next: "Count" },
    Count: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:updateItem",
      Parameters: {
        TableName: table,
        Key: { pk: { S: "counter" } },
        UpdateExpression: "ADD hits :one",
        ExpressionAttributeValues: { ":one": { N: "1" } },
        ReturnValues: "UPDATED_NEW",
      },
      ResultSelector: { "hits.$": "$.Attributes.hits.N" },
      ResultPath: "$.update",
      Next: "Shape",
    },
    Shape: { Type: "Pass", Parameters: { "id.$": "$.id", "hits.$": "$.update.hits" }, Next: "Check" },
    Check: {
      Type: "Choice",
      Choices: [{ Variable: "$.hits", IsPresent: true, Next: "Done" }],
      Default: "Done",
    },
    Done: { Type: "Succeed" },
  },
});
