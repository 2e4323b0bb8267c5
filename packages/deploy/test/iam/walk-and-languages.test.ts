// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
import type { AslDefinition } from "@statesmith/dsl";
import { describe, expect, it } from "vitest";
import { StatesmithDeployError } from "../../src/definition/deploy-error.js";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { oneState, oneTask } from "../helpers/definitions.js";

const FN = "arn:aws:lambda:us-east-1:123456789012:function:f";
const invoke = (functionName: string) => ({
  Type: "Task",
  Resource: "arn:aws:states:::lambda:invoke",
  Parameters: { FunctionName: functionName },
  End: true,
});

describe("JSONata Arguments", () => {
  it("reads static fields from Arguments, not Parameters", () => {
    const definition = oneTask(
      "arn:aws:states:::dynamodb:putItem",
      { Arguments: { TableName: "Circuits", Item: "{% $states.input.item %}" } },
      "JSONata",
    );
    expect(derivePermissions(definition)[0]?.resources).toStrictEqual([
      {
        kind: "arn",
        template: "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Circuits",
      },
    ]);
  });

  it("a {% … %} field is dynamic", () => {
    const definition = oneTask(
      "arn:aws:states:::lambda:invoke",
      { Arguments: { FunctionName: "{% $states.input.fn %}" } },
      "JSONata",
    );
    expect(derivePermissions(definition)[0]?.resources).toStrictEqual([
      { kind: "any", reason: "FunctionName is computed at run time ({% $states.input.fn %})" },
    ]);
  });

  it("Arguments that are one {% … %} expression make every field dynamic", () => {
    const definition = oneTask(
      "arn:aws:states:::lambda:invoke",
      { Arguments: "{% $states.input %}" },
      "JSONata",
    );
    expect(derivePermissions(definition)[0]?.resources[0]?.kind).toBe("any");
  });

  it("a state's QueryLanguage overrides the machine's", () => {
    const definition = oneTask("arn:aws:states:::lambda:invoke", {
      QueryLanguage: "JSONata",
      Arguments: { FunctionName: FN },
      Parameters: { FunctionName: "ignored" },
    });
    expect(derivePermissions(definition)[0]?.resources[0]).toStrictEqual({ kind: "arn", template: FN });
  });
});

describe("the walk", () => {
  it("finds Tasks inside Parallel branches and Map processors, nested", () => {
    const definition: AslDefinition = {
      StartAt: "Fan",
      States: {
        Fan: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "A", States: { A: invoke(`${FN}A`) as never } },
            {
              StartAt: "Each",
              States: {
                Each: {
                  Type: "Map",
                  End: true,
                  ItemProcessor: { StartAt: "B", States: { B: invoke(`${FN}B`) as never } },
                },
              },
            },
          ],
        },
        Legacy: {
          Type: "Map",
          End: true,
          Iterator: { StartAt: "C", States: { C: invoke(`${FN}C`) as never } },
        },
      },
    };
    expect(derivePermissions(definition).map((p) => p.state)).toStrictEqual(["A", "B", "C"]);
  });

  it("an inline Map needs nothing itself", () => {
    const definition = oneState({
      Type: "Map",
      ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
    });
    expect(derivePermissions(definition)).toStrictEqual([]);
  });

  it("activities need nothing from the machine's role", () => {
    expect(
      derivePermissions(oneTask("arn:aws:states:us-east-1:123456789012:activity:approve")),
    ).toStrictEqual([]);
  });

  it("grantedByCaller skips the named state", () => {
    expect(derivePermissions(oneTask(FN), { grantedByCaller: ["Work"] })).toStrictEqual([]);
  });
});

describe("Credentials", () => {
  it("a Task with Credentials runs as that role: ours only assumes it", () => {
    // https://docs.aws.amazon.com/step-functions/latest/dg/concepts-access-cross-acct-resources.html
    const role = "arn:aws:iam::210987654321:role/cross-account";
    const definition = oneTask("arn:aws:states:::lambda:invoke", {
      Credentials: { RoleArn: role },
      Parameters: { FunctionName: FN },
    });
    expect(derivePermissions(definition)).toStrictEqual([
      { state: "Work", actions: ["sts:AssumeRole"], resources: [{ kind: "arn", template: role }] },
    ]);
  });
});

describe("distributed Map", () => {
  // https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html
  const distributed = (fields: Record<string, unknown>) =>
    oneState({
      Type: "Map",
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "P",
        States: { P: { Type: "Pass", End: true } },
      },
      ...fields,
    });

  it("starts child executions of this machine and reads/writes the named S3 objects", () => {
    const permissions = derivePermissions(
      distributed({
        ItemReader: {
          Resource: "arn:aws:states:::s3:getObject",
          ReaderConfig: { InputType: "CSV" },
          Parameters: { Bucket: "input", Key: "items.csv" },
        },
        ResultWriter: {
          Resource: "arn:aws:states:::s3:putObject",
          Parameters: { Bucket: "output", Prefix: "runs/" },
        },
      }),
    );
    expect(permissions).toStrictEqual([
      { state: "Work", actions: ["states:StartExecution"], resources: [{ kind: "this-state-machine" }] },
      {
        state: "Work",
        actions: ["states:DescribeExecution", "states:StopExecution"],
        resources: [{ kind: "map-run-executions" }],
      },
      {
        state: "Work",
        actions: ["s3:GetObject"],
        resources: [{ kind: "arn", template: "arn:${AWS::Partition}:s3:::input/items.csv" }],
      },
      {
        state: "Work",
        actions: ["s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
        resources: [
          {
            kind: "arn",
            template: "arn:${AWS::Partition}:s3:::output/runs/*",
            wildcardBecause: expect.stringContaining("per Map Run"),
          },
        ],
      },
    ]);
  });

  it("an ItemReader listing objects needs s3:ListBucket on the bucket (JSONata Arguments)", () => {
    const definition = distributed({
      QueryLanguage: "JSONata",
      ItemReader: {
        Resource: "arn:aws:states:::s3:listObjectsV2",
        Arguments: { Bucket: "input", Prefix: "2024/" },
      },
    });
    expect(derivePermissions(definition)[2]).toStrictEqual({
      state: "Work",
      actions: ["s3:ListBucket"],
      resources: [{ kind: "arn", template: "arn:${AWS::Partition}:s3:::input" }],
    });
  });
});

describe("refusals", () => {
  it("an optimized integration outside the table is refused, naming the state and the fix", () => {
    const definition = oneTask("arn:aws:states:::ecs:runTask.sync", { Parameters: {} });
    expect(() => derivePermissions(definition)).toThrow(StatesmithDeployError);
    expect(() => derivePermissions(definition)).toThrow(
      /State "Work": Statesmith's IAM table has no entry for arn:aws:states:::ecs:runTask.sync .*list "Work" in grantedByCaller/,
    );
  });

  it("a Resource that is a placeholder of unknown kind is refused with the fix", () => {
    expect(() => derivePermissions(oneTask("${Target}"))).toThrow(
      /State "Work": cannot derive IAM permissions because its Resource is the placeholder \$\{Target\}.*FunctionName/,
    );
  });
});
