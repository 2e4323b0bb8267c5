// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
// AWS SDK integrations: https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
import { describe, expect, it } from "vitest";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { iamActionsFor, iamPrefix } from "../../src/iam/integrations/sdk-service-names.js";
import { oneTask } from "../helpers/definitions.js";

const sdk = (serviceAction: string, parameters: Record<string, unknown>) =>
  derivePermissions(oneTask(`arn:aws:states:::aws-sdk:${serviceAction}`, { Parameters: parameters }));

describe("aws-sdk:service:action → service:Action", () => {
  it("PascalCases the action under the SDK service name", () => {
    expect(iamActionsFor("ec2", "describeInstances")).toStrictEqual(["ec2:DescribeInstances"]);
  });

  it.each([
    ["sfn", "states"],
    ["cloudwatchlogs", "logs"],
    ["eventbridge", "events"],
    ["efs", "elasticfilesystem"],
    ["sesv2", "ses"],
    ["cognitoidentityprovider", "cognito-idp"],
    ["bedrockruntime", "bedrock"],
  ])("maps the SDK service %s to the IAM prefix %s", (service, prefix) => {
    expect(iamPrefix(service)).toBe(prefix);
  });

  it("maps API calls whose IAM action has another name (S3 list/HEAD, Lambda Invoke)", () => {
    expect(iamActionsFor("s3", "listObjectsV2")).toStrictEqual(["s3:ListBucket"]);
    expect(iamActionsFor("s3", "headObject")).toStrictEqual(["s3:GetObject"]);
    expect(iamActionsFor("lambda", "invoke")).toStrictEqual(["lambda:InvokeFunction"]);
  });
});

describe("the resource named by the parameters", () => {
  it("s3:getObject with Bucket and Key → that object", () => {
    expect(sdk("s3:getObject", { Bucket: "reports", Key: "2024/summary.csv" })).toStrictEqual([
      {
        state: "Work",
        actions: ["s3:GetObject"],
        resources: [{ kind: "arn", template: "arn:${AWS::Partition}:s3:::reports/2024/summary.csv" }],
      },
    ]);
  });

  it("s3 with a computed Key → the bucket's objects, with the reason", () => {
    const [permission] = sdk("s3:putObject", { Bucket: "reports", "Key.$": "$.key", "Body.$": "$" });
    expect(permission?.resources).toStrictEqual([
      {
        kind: "arn",
        template: "arn:${AWS::Partition}:s3:::reports/*",
        widenedBecause: "Key is computed at run time ($.key)",
      },
    ]);
  });

  it("s3:listObjectsV2 → s3:ListBucket on the bucket", () => {
    expect(sdk("s3:listObjectsV2", { Bucket: "reports", Prefix: "2024/" })[0]).toStrictEqual({
      state: "Work",
      actions: ["s3:ListBucket"],
      resources: [{ kind: "arn", template: "arn:${AWS::Partition}:s3:::reports" }],
    });
  });

  it("dynamodb:query on an index → the index ARN", () => {
    const [permission] = sdk("dynamodb:query", { TableName: "Orders", IndexName: "byCustomer" });
    expect(permission?.actions).toStrictEqual(["dynamodb:Query"]);
    expect(permission?.resources).toStrictEqual([
      {
        kind: "arn",
        template:
          "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders/index/byCustomer",
      },
    ]);
  });

  it("dynamodb:batchWriteItem → every table named in RequestItems", () => {
    const [permission] = sdk("dynamodb:batchWriteItem", {
      RequestItems: { Orders: [], "Audit.$": "$.audit" },
    });
    expect(permission?.resources.map((r) => r.kind === "arn" && r.template.split("table/")[1])).toStrictEqual(
      ["Orders", "Audit"],
    );
  });

  it("sfn:startExecution → states:StartExecution on the machine", () => {
    const machine = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
    expect(sdk("sfn:startExecution", { StateMachineArn: machine })[0]).toStrictEqual({
      state: "Work",
      actions: ["states:StartExecution"],
      resources: [{ kind: "arn", template: machine }],
    });
  });

  it("secretsmanager by name → the secret's ARN with its random suffix", () => {
    const [permission] = sdk("secretsmanager:getSecretValue", { SecretId: "api-key" });
    expect(permission?.resources).toStrictEqual([
      {
        kind: "arn",
        template:
          "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:api-key-??????",
      },
    ]);
  });

  it("a service without a resource rule → * saying so", () => {
    const [permission] = sdk("ec2:describeInstances", {});
    expect(permission).toStrictEqual({
      state: "Work",
      actions: ["ec2:DescribeInstances"],
      resources: [
        {
          kind: "any",
          reason: "Statesmith's IAM table has no rule naming the resource of ec2:describeInstances",
        },
      ],
    });
  });

  it("aws-sdk .waitForTaskToken keeps the same action", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken", {
        Parameters: {
          QueueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs",
          "MessageBody.$": "$",
        },
      }),
    );
    expect(permissions).toStrictEqual([
      {
        state: "Work",
        actions: ["sqs:SendMessage"],
        resources: [
          { kind: "sqs-queue-url", urlTemplate: "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs" },
        ],
      },
    ]);
  });
});

describe("optimized integrations that are one API call", () => {
  it("sns:publish → sns:Publish on the topic", () => {
    const topic = "arn:aws:sns:us-east-1:123456789012:alerts";
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::sns:publish", { Parameters: { TopicArn: topic, "Message.$": "$" } }),
    );
    expect(permissions).toStrictEqual([
      { state: "Work", actions: ["sns:Publish"], resources: [{ kind: "arn", template: topic }] },
    ]);
  });

  it("events:putEvents → events:PutEvents on each entry's bus (default when unnamed)", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::events:putEvents", {
        Parameters: { Entries: [{ Detail: {}, DetailType: "x", Source: "y" }, { EventBusName: "orders" }] },
      }),
    );
    expect(permissions[0]?.resources.map((r) => r.kind === "arn" && r.template)).toStrictEqual([
      "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default",
      "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/orders",
    ]);
  });
});
