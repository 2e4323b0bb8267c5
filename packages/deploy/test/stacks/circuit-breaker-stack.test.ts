// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { circuitTableDesign, PLACEHOLDERS } from "@statesmith/circuit-breaker";
import { App, RemovalPolicy, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { CircuitBreakerStack } from "../../src/stacks/circuit-breaker-stack.js";
import { createCircuitTable } from "../../src/stacks/circuit-table.js";
import { committedAsl } from "../helpers/circuit-breaker-artifacts.js";
import { findDependencyCycle } from "../helpers/dependency-cycle.js";
import { asList, policies, render } from "../helpers/template.js";

// AWS documents Resource "*" for these two sets and nothing else:
// https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html, https://docs.aws.amazon.com/step-functions/latest/dg/xray-iam.html
const LOG_DELIVERY = [
  "logs:CreateLogDelivery",
  "logs:GetLogDelivery",
  "logs:UpdateLogDelivery",
  "logs:DeleteLogDelivery",
  "logs:ListLogDeliveries",
  "logs:PutResourcePolicy",
  "logs:DescribeResourcePolicies",
  "logs:DescribeLogGroups",
];
const STATES_XRAY = [
  "xray:PutTraceSegments",
  "xray:PutTelemetryRecords",
  "xray:GetSamplingRules",
  "xray:GetSamplingTargets",
];
const LAMBDA_XRAY = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"];

// One synthesis (with esbuild bundling) shared by every assertion of this file. The stack is built as
// bin/app.ts builds it: only the table design is passed, the ASL and the handler are the defaults.
let app: App;
let stack: CircuitBreakerStack;
let template: Template;
let ids: { table: string; fn: string; machine: string; machineRole: string; operationRole: string };

beforeAll(() => {
  app = new App();
  stack = new CircuitBreakerStack(app, "CircuitBreaker", { tableDesign: circuitTableDesign });
  template = Template.fromStack(stack);
  const id = (construct: { node: { defaultChild?: unknown } }) =>
    stack.getLogicalId(construct.node.defaultChild as never);
  ids = {
    table: id(stack.table),
    fn: id(stack.operation.function),
    machine: id(stack.machine.stateMachine),
    machineRole: id(stack.machine.role),
    operationRole: id(stack.operation.function.role as never),
  };
}, 120_000);

describe("the circuit table", () => {
  it("is on-demand, with point-in-time recovery, TTL and AWS-managed encryption, keyed by the design", () => {
    template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      Properties: {
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        // SSEEnabled without a key = the AWS managed key aws/dynamodb.
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-ssespecification.html
        SSESpecification: { SSEEnabled: true },
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
      },
    });
  });

  it("takes its removal policy from the caller", () => {
    const scratch = new Stack(new App(), "Scratch");
    createCircuitTable(scratch, circuitTableDesign, RemovalPolicy.DESTROY);
    Template.fromStack(scratch).hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
  });
});

describe("the operation function", () => {
  it("is bundled locally for Node 22 on arm64 with active tracing and its own log group", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Architectures: ["arm64"],
      TracingConfig: { Mode: "Active" },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp("^OperationLogs") } },
    });
  });

  it("its asset is the circuit breaker's handler, bundled as ESM with its source map", () => {
    const code = template.toJSON().Resources[ids.fn].Properties.Code as { S3Key: string };
    const assetDir = join(app.outdir, `asset.${code.S3Key.replace(/\.zip$/, "")}`);
    const bundle = readFileSync(join(assetDir, "index.mjs"), "utf8");
    // Names the minifier keeps: the handler's export and the failure-injection settings it reads.
    expect(bundle).toMatch(/export\s*\{[^}]*\bhandler\b/);
    for (const setting of ["FAILURE_RATE", "LATENCY_MS", "UPSTREAM_URL"]) expect(bundle).toContain(setting);
    const map = JSON.parse(readFileSync(join(assetDir, "index.mjs.map"), "utf8")) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith("circuit-breaker/src/operation/handler.ts"))).toBe(
      true,
    );
  });

  it("has no managed policy: its role writes only its own log group", () => {
    const roles = template.findResources("AWS::IAM::Role");
    for (const role of Object.values(roles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe("the state machine", () => {
  it("deploys the committed ASL text unchanged, with both placeholders substituted by tokens", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      DefinitionString: committedAsl,
      DefinitionSubstitutions: {
        OperationFunctionArn: { "Fn::GetAtt": [ids.fn, "Arn"] },
        CircuitTableName: { Ref: ids.table },
      },
    });
  });

  it("substitutes exactly the placeholders the circuit breaker declares", () => {
    const properties = template.toJSON().Resources[ids.machine].Properties;
    expect(Object.keys(properties.DefinitionSubstitutions).sort()).toStrictEqual(
      Object.values(PLACEHOLDERS).sort(),
    );
  });

  it("after substitution is the committed ASL with the function ARN and table name in place", () => {
    const properties = template.toJSON().Resources[ids.machine].Properties;
    const text = render(properties.DefinitionString);
    const deployed = Object.entries(properties.DefinitionSubstitutions as Record<string, unknown>).reduce(
      (definition, [name, value]) => definition.replaceAll(`\${${name}}`, render(value)),
      text,
    );
    const expected = committedAsl
      .replaceAll("${OperationFunctionArn}", `<${ids.fn}.Arn>`)
      .replaceAll("${CircuitTableName}", `<${ids.table}>`);
    expect(JSON.parse(deployed)).toStrictEqual(JSON.parse(expected));
    expect(deployed).not.toMatch(/\$\{/);
  });

  it("logs ALL events (no execution data) to a retained log group, with X-Ray tracing", () => {
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      LoggingConfiguration: { Level: "ALL", IncludeExecutionData: false },
      TracingConfiguration: { Enabled: true },
    });
    template.hasResource("AWS::Logs::LogGroup", {
      DeletionPolicy: "Retain",
      Properties: { LogGroupName: Match.stringLikeRegexp("^/aws/vendedlogs/states/"), RetentionInDays: 30 },
    });
  });

  it("outputs the machine ARN and the table name", () => {
    template.hasOutput("StateMachineArn", { Value: { Ref: ids.machine } });
    template.hasOutput("CircuitTableName", { Value: { Ref: ids.table } });
  });
});

describe("IAM: only what the definition needs, on the named resources", () => {
  const roleOf = (roles: unknown[]) => (roles[0] as { Ref: string }).Ref;

  it("every statement: * only for the AWS-documented service-wide sets, every other action derived", () => {
    const derived = new Set(derivePermissions(JSON.parse(committedAsl)).flatMap((p) => p.actions));
    const all = policies(template);
    expect(all.length).toBeGreaterThan(0);
    for (const policy of all) {
      const role = roleOf(policy.roles);
      expect([ids.machineRole, ids.operationRole]).toContain(role);
      for (const statement of policy.statements) {
        const actions = asList(statement.Action);
        const resources = asList(statement.Resource);
        expect(statement.Effect).toBe("Allow");
        if (resources.includes("*")) {
          const serviceWide = role === ids.machineRole ? [LOG_DELIVERY, STATES_XRAY] : [LAMBDA_XRAY];
          expect(serviceWide).toContainEqual(actions);
        } else if (role === ids.machineRole) {
          for (const action of actions) expect(derived).toContain(action);
        } else {
          expect(actions).toStrictEqual(["logs:CreateLogStream", "logs:PutLogEvents"]);
        }
      }
    }
  });

  const statementsOf = (policyId: RegExp) =>
    policies(template)
      .filter((p) => policyId.test(p.logicalId))
      .flatMap((p) => p.statements)
      .map((s) => ({ actions: asList(s.Action), resources: asList(s.Resource).map(render) }));

  it("the Tasks' statements name the table and the function (and its versions)", () => {
    expect(statementsOf(/^CircuitBreakerDefinitionPolicy/)).toStrictEqual([
      {
        actions: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"],
        resources: [`arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/<${ids.table}>`],
      },
      { actions: ["lambda:InvokeFunction"], resources: [`<${ids.fn}.Arn>`, `<${ids.fn}.Arn>:*`] },
    ]);
  });

  it("the cooldown timer may start this machine and no other ($states.context.StateMachine.Id)", () => {
    expect(statementsOf(/^CircuitBreakerSelfReferencePolicy/)).toStrictEqual([
      { actions: ["states:StartExecution"], resources: [`<${ids.machine}>`] },
    ]);
    const startExecution = policies(template)
      .flatMap((p) => p.statements)
      .filter((s) => asList(s.Action).includes("states:StartExecution"));
    expect(startExecution.flatMap((s) => asList(s.Resource)).map(render)).toStrictEqual([`<${ids.machine}>`]);
  });

  it("the self-reference creates no dependency cycle: the policy follows the machine", () => {
    expect(findDependencyCycle(template.toJSON())).toBeUndefined();
    const [selfPolicy] = policies(template).filter((p) => p.logicalId.includes("SelfReferencePolicy"));
    expect(template.toJSON().Resources[ids.machine].DependsOn ?? []).not.toContain(selfPolicy?.logicalId);
  });

  it("the function's log statement names its own log group", () => {
    const logs = policies(template)
      .filter((p) => roleOf(p.roles) === ids.operationRole)
      .flatMap((p) => p.statements)
      .find((s) => asList(s.Action).includes("logs:PutLogEvents"));
    expect(render(logs?.Resource)).toMatch(/^<OperationLogs[0-9A-F]+\.Arn>$/);
  });
});
