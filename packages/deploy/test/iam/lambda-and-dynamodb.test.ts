// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
// Pins the policies of https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html and
// https://docs.aws.amazon.com/step-functions/latest/dg/dynamo-iam.html.
import { describe, expect, it } from "vitest";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { oneTask } from "../helpers/definitions.js";

const FN = "arn:aws:lambda:us-east-1:123456789012:function:operation";

describe("Lambda", () => {
  it("lambda:invoke grants InvokeFunction on the function and its versions/aliases", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { FunctionName: FN } }),
    );
    expect(permissions).toStrictEqual([
      {
        state: "Work",
        actions: ["lambda:InvokeFunction"],
        resources: [
          { kind: "arn", template: FN },
          { kind: "arn", template: `${FN}:*`, wildcardBecause: expect.stringContaining("version or alias") },
        ],
      },
    ]);
  });

  it("a qualified function (alias) is granted exactly, without :*", () => {
    const [permission] = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { FunctionName: `${FN}:live` } }),
    );
    expect(permission?.resources).toStrictEqual([{ kind: "arn", template: `${FN}:live` }]);
  });

  it("a function name becomes a function ARN in this stack's region and account", () => {
    const [permission] = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { FunctionName: "operation" } }),
    );
    expect(permission?.resources[0]).toStrictEqual({
      kind: "arn",
      template: "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:operation",
    });
  });

  it("a placeholder named …Arn is used as the ARN; any other as a function name", () => {
    const byArn = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { FunctionName: "${OperationFunctionArn}" } }),
    );
    const byName = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { FunctionName: "${OperationName}" } }),
    );
    expect(byArn[0]?.resources.map((r) => r.kind === "arn" && r.template)).toStrictEqual([
      "${OperationFunctionArn}",
      "${OperationFunctionArn}:*",
    ]);
    expect(byName[0]?.resources[0]).toMatchObject({
      template: expect.stringMatching(/:function:\$\{OperationName\}$/),
    });
  });

  it(".waitForTaskToken needs the same InvokeFunction (the worker answers with its own credentials)", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke.waitForTaskToken", { Parameters: { FunctionName: FN } }),
    );
    expect(permissions.map((p) => p.actions)).toStrictEqual([["lambda:InvokeFunction"]]);
  });

  it("a Lambda ARN as the Resource (the older form) is invoked the same way", () => {
    const [permission] = derivePermissions(oneTask(FN));
    expect(permission?.actions).toStrictEqual(["lambda:InvokeFunction"]);
    expect(permission?.resources).toHaveLength(2);
  });

  it("a whole Resource that is a …FunctionArn placeholder is a Lambda function", () => {
    const [permission] = derivePermissions(oneTask("${OperationFunctionArn}"));
    expect(permission?.resources.map((r) => r.kind === "arn" && r.template)).toStrictEqual([
      "${OperationFunctionArn}",
      "${OperationFunctionArn}:*",
    ]);
  });

  it("a FunctionName.$ path is dynamic: * with the reason", () => {
    const [permission] = derivePermissions(
      oneTask("arn:aws:states:::lambda:invoke", { Parameters: { "FunctionName.$": "$.fn" } }),
    );
    expect(permission?.resources).toStrictEqual([
      { kind: "any", reason: "FunctionName is computed at run time ($.fn)" },
    ]);
  });
});

describe("DynamoDB", () => {
  it.each([
    ["getItem", "dynamodb:GetItem"],
    ["putItem", "dynamodb:PutItem"],
    ["updateItem", "dynamodb:UpdateItem"],
    ["deleteItem", "dynamodb:DeleteItem"],
  ])("%s grants only %s on the one table", (action, iamAction) => {
    const permissions = derivePermissions(
      oneTask(`arn:aws:states:::dynamodb:${action}`, {
        Parameters: { TableName: "${CircuitTableName}", Key: {} },
      }),
    );
    expect(permissions).toStrictEqual([
      {
        state: "Work",
        actions: [iamAction],
        resources: [
          {
            kind: "arn",
            template:
              "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${CircuitTableName}",
          },
        ],
      },
    ]);
  });

  it("a table ARN is used as is", () => {
    const table = "arn:aws:dynamodb:eu-west-1:123456789012:table/Circuits";
    const [permission] = derivePermissions(
      oneTask("arn:aws:states:::dynamodb:getItem", { Parameters: { TableName: table } }),
    );
    expect(permission?.resources).toStrictEqual([{ kind: "arn", template: table }]);
  });
});
