// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
import { ArnFormat, Stack } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import { describe, expect, it } from "vitest";
import { oneTask } from "../helpers/definitions.js";
import { smallStack } from "../helpers/small-stack.js";
import { asList, policies, render } from "../helpers/template.js";

const invokeAndRead = {
  StartAt: "Read",
  States: {
    Read: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:getItem",
      Parameters: { TableName: "${TableName}", Key: { pk: { S: "x" } } },
      Next: "Call",
    },
    Call: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "${FunctionArn}" },
      End: true,
    },
  },
} as const;

describe("StatesmithStateMachine", () => {
  const { stack, fn, table } = smallStack(({ fn, table }) => ({
    definition: JSON.stringify(invokeAndRead),
    substitutions: { FunctionArn: fn.functionArn, TableName: table.tableName },
  }));
  const template = Template.fromStack(stack);
  const fnId = stack.getLogicalId(fn.node.defaultChild as never);
  const tableId = stack.getLogicalId(table.node.defaultChild as never);

  it("deploys the text as given, placeholders left to DefinitionSubstitutions", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      DefinitionString: JSON.stringify(invokeAndRead),
      DefinitionSubstitutions: { FunctionArn: { "Fn::GetAtt": [fnId, "Arn"] }, TableName: { Ref: tableId } },
      StateMachineType: "STANDARD",
      TracingConfiguration: { Enabled: true },
    });
  });

  it("logs ALL events without execution data to a vended-logs group with retention", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      LoggingConfiguration: {
        Level: "ALL",
        IncludeExecutionData: false,
        Destinations: [
          { CloudWatchLogsLogGroup: { LogGroupArn: { "Fn::GetAtt": [Match.anyValue(), "Arn"] } } },
        ],
      },
    });
    template.hasResourceProperties("AWS::Logs::LogGroup", {
      LogGroupName: Match.stringLikeRegexp("^/aws/vendedlogs/states/"),
      RetentionInDays: 30,
    });
  });

  it("grants exactly the derived actions on the named resources", () => {
    const definitionPolicy = policies(template).find((p) =>
      p.logicalId.startsWith("MachineDefinitionPolicy"),
    );
    expect(
      definitionPolicy?.statements.map((s) => ({
        actions: asList(s.Action),
        resources: asList(s.Resource).map(render),
      })),
    ).toStrictEqual([
      {
        actions: ["dynamodb:GetItem"],
        resources: [`arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/<${tableId}>`],
      },
      { actions: ["lambda:InvokeFunction"], resources: [`<${fnId}.Arn>`, `<${fnId}.Arn>:*`] },
    ]);
  });

  it("the machine waits for its policy, so the first execution has its permissions", () => {
    const [machineId] = Object.keys(template.findResources("AWS::StepFunctions::StateMachine"));
    const policyId = policies(template).find((p) =>
      p.logicalId.startsWith("MachineDefinitionPolicy"),
    )?.logicalId;
    expect(template.toJSON().Resources[machineId!].DependsOn).toContain(policyId);
  });

  it("adds no warning for a fully static definition", () => {
    Annotations.fromStack(stack).hasNoWarning("*", Match.anyValue());
  });
});

describe("options", () => {
  it("EXPRESS, ERROR level with execution data, tracing off", () => {
    const { stack } = smallStack(() => ({
      definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
      stateMachineType: sfn.StateMachineType.EXPRESS,
      logs: { level: sfn.LogLevel.ERROR, includeExecutionData: true },
      tracingEnabled: false,
    }));
    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      StateMachineType: "EXPRESS",
      LoggingConfiguration: { Level: "ERROR", IncludeExecutionData: true },
      TracingConfiguration: { Enabled: false },
      DefinitionSubstitutions: Match.absent(),
    });
    // Nothing to derive, no tracing: only the log-delivery statement remains.
    expect(policies(template).flatMap((p) => p.statements.flatMap((s) => asList(s.Action)))).not.toContain(
      "xray:PutTraceSegments",
    );
  });

  it("level OFF creates no log group", () => {
    const { stack } = smallStack(() => ({
      definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
      logs: { level: sfn.LogLevel.OFF },
    }));
    Template.fromStack(stack).resourceCountIs("AWS::Logs::LogGroup", 0);
  });
});

describe("synth-time errors", () => {
  const definition = JSON.stringify(invokeAndRead);

  it("a missing substitution is named", () => {
    expect(() =>
      smallStack(({ fn }) => ({ definition, substitutions: { FunctionArn: fn.functionArn } })),
    ).toThrow(/uses \$\{TableName\} but substitutions has no value for it/);
  });

  it("an extra substitution is refused", () => {
    expect(() =>
      smallStack(({ fn, table }) => ({
        definition,
        substitutions: { FunctionArn: fn.functionArn, TableName: table.tableName, Unused: "x" },
      })),
    ).toThrow(/substitutions gives Unused but the definition has no \$\{Unused\} placeholder/);
  });

  it("grantedByCaller must name real states", () => {
    expect(() =>
      smallStack(() => ({ definition: oneTask("arn:aws:states:::ecs:runTask"), grantedByCaller: ["Wrok"] })),
    ).toThrow(/grantedByCaller names "Wrok", which the definition does not have/);
  });

  it("grantedByCaller lets an integration outside the table through, granting nothing for it", () => {
    const { stack } = smallStack(() => ({
      definition: oneTask("arn:aws:states:::ecs:runTask", { Parameters: {} }),
      grantedByCaller: ["Work"],
    }));
    expect(policies(Template.fromStack(stack)).map((p) => p.logicalId)).not.toContainEqual(
      expect.stringMatching(/DefinitionPolicy/),
    );
  });
});

describe("dynamic resources", () => {
  const { stack } = smallStack(() => ({
    definition: oneTask("arn:aws:states:::lambda:invoke", { Parameters: { "FunctionName.$": "$.fn" } }),
  }));

  it("grants * and warns at synth time naming the state and why", () => {
    Annotations.fromStack(stack).hasWarning(
      "/Test/Machine",
      Match.stringLikeRegexp(
        'State "Work": lambda:InvokeFunction granted on "\\*" because FunctionName is computed at run time \\(\\$\\.fn\\)',
      ),
    );
    const statements = policies(Template.fromStack(stack)).find((p) =>
      p.logicalId.includes("DefinitionPolicy"),
    )?.statements;
    expect(statements).toStrictEqual([{ Effect: "Allow", Action: "lambda:InvokeFunction", Resource: "*" }]);
  });
});

describe("ARNs built from tokens", () => {
  it(".sync on a deploy-time machine ARN: executions of that machine, split from its ARN", () => {
    const { stack } = smallStack(({ fn }) => ({
      definition: oneTask("arn:aws:states:::states:startExecution.sync:2", {
        Parameters: { StateMachineArn: "${ChildArn}" },
      }),
      substitutions: {
        ChildArn: Stack.of(fn).formatArn({
          service: "states",
          resource: "stateMachine",
          resourceName: "Child",
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      },
    }));
    const statements =
      policies(Template.fromStack(stack)).find((p) => p.logicalId.includes("DefinitionPolicy"))?.statements ??
      [];
    const executions = statements.find((s) => asList(s.Action).includes("states:DescribeExecution"));
    expect(render(executions?.Resource)).toBe(
      "arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:Child:*",
    );
  });

  it("a literal SQS queue URL becomes the queue ARN at synth time", () => {
    const { stack } = smallStack(() => ({
      definition: oneTask("arn:aws:states:::sqs:sendMessage", {
        Parameters: {
          QueueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs",
          "MessageBody.$": "$",
        },
      }),
    }));
    const statements = policies(Template.fromStack(stack)).find((p) =>
      p.logicalId.includes("DefinitionPolicy"),
    )?.statements;
    expect(statements?.map((s) => render(s.Resource))).toStrictEqual([
      "arn:<AWS::Partition>:sqs:eu-west-1:123456789012:jobs",
    ]);
  });

  it("a distributed Map's self-references live in a policy the machine does not wait for (no cycle)", () => {
    const { stack } = smallStack(() => ({
      definition: {
        StartAt: "Each",
        States: {
          Each: {
            Type: "Map",
            End: true,
            ItemProcessor: {
              ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
              StartAt: "P",
              States: { P: { Type: "Pass", End: true } },
            },
          },
        },
      },
    }));
    const template = Template.fromStack(stack);
    const [machineId] = Object.keys(template.findResources("AWS::StepFunctions::StateMachine"));
    const mapRun = policies(template).find((p) => p.logicalId.includes("SelfReferencePolicy"));
    expect(
      mapRun?.statements.map((s) => ({ actions: asList(s.Action), resource: render(s.Resource) })),
    ).toStrictEqual([
      { actions: ["states:StartExecution"], resource: `<${machineId}>` },
      {
        actions: ["states:DescribeExecution", "states:StopExecution"],
        resource: `arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:<${machineId}.Name>/*`,
      },
    ]);
    expect(template.toJSON().Resources[machineId!].DependsOn ?? []).not.toContain(mapRun?.logicalId);
  });
});
