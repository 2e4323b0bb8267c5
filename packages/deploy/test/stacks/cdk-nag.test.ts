// cdk-nag 3 (AwsSolutions pack) over the circuit breaker stack. Suppressions are CDK acknowledgments
// (`Validations.of(x).acknowledge`), each on the one resource and finding it concerns.
import { circuitTableDesign } from "@statesmith/circuit-breaker";
import { App, Validations } from "aws-cdk-lib";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { beforeAll, describe, expect, it } from "vitest";
import { CircuitBreakerStack } from "../../src/stacks/circuit-breaker-stack.js";
import { committedAsl } from "../helpers/circuit-breaker-artifacts.js";
import { oneTask } from "../helpers/definitions.js";
import { smallStack } from "../helpers/small-stack.js";

// The stack as bin/app.ts builds it: the committed ASL and the real handler are its defaults.
let stack: CircuitBreakerStack;
beforeAll(() => {
  stack = new CircuitBreakerStack(new App(), "CircuitBreaker", { tableDesign: circuitTableDesign });
}, 120_000);

function acknowledgments(scope: IConstruct) {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^Annotation::/, ""),
          reason,
        })),
      ),
  );
}

describe("AwsSolutions on the circuit breaker stack", () => {
  it("checks the real definition: the committed ASL is what the stack deploys", () => {
    expect(stack.machine.definition).toStrictEqual(JSON.parse(committedAsl));
  });

  it("reports no unacknowledged error or warning", () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations).toStrictEqual([]);
    expect(report.success).toBe(true);
  });

  it("acknowledges exactly four findings, each on its own resource", () => {
    expect(acknowledgments(stack).map(({ path, id }) => ({ path, id }))).toStrictEqual([
      { path: "CircuitBreaker/Operation/Role/DefaultPolicy", id: "AwsSolutions-IAM5[Resource::*]" },
      { path: "CircuitBreaker/Operation/Function", id: "AwsSolutions-L1" },
      { path: "CircuitBreaker/CircuitBreaker/Role/DefaultPolicy", id: "AwsSolutions-IAM5[Resource::*]" },
      {
        path: "CircuitBreaker/CircuitBreaker/DefinitionPolicy",
        id: expect.stringMatching(/^AwsSolutions-IAM5\[Resource::<OperationFunction[0-9A-F]+\.Arn>:\*\]$/),
      },
    ]);
  });

  it("gives each acknowledgment a reason that says why the wildcard or pin is required", () => {
    const reasons = acknowledgments(stack).map(({ reason }) => reason);
    expect(reasons[0]).toMatch(
      /xray:PutTraceSegments .* no resource-level permissions.*https:\/\/docs\.aws\.amazon\.com/,
    );
    expect(reasons[1]).toMatch(/pinned to nodejs22\.x.*tests the handler/);
    expect(reasons[2]).toMatch(/log delivery .*cw-logs\.html.*X-Ray .*xray-iam\.html/);
    expect(reasons[3]).toMatch(
      /^Derived from the definition: lambda:InvokeFunction for states "Call operation and record", "Call operation", "Probe operation": a call may name a version or alias of this one function; `:\*` covers those and no other function\.$/,
    );
  });
});

describe("acknowledgments stay narrow", () => {
  const nagFindings = (scope: IConstruct) =>
    new AwsSolutionsChecks()
      .validateScope(scope)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`),
      );

  it("a * that comes from a dynamic definition is NOT acknowledged: nag reports it", () => {
    const { stack } = smallStack(() => ({
      definition: oneTask("arn:aws:states:::lambda:invoke", { Parameters: { "FunctionName.$": "$.fn" } }),
    }));
    expect(nagFindings(stack)).toContain(
      "AwsSolutions-IAM5[Resource::*] @ Test/Machine/DefinitionPolicy/Resource",
    );
  });

  it("the construct's own bounded wildcards are acknowledged: .sync executions, Map Run children, result prefix", () => {
    const { stack } = smallStack(() => ({
      definition: {
        StartAt: "Child",
        States: {
          Child: {
            Type: "Task",
            Resource: "arn:aws:states:::states:startExecution.sync:2",
            Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Child" },
            Next: "Each",
          },
          Each: {
            Type: "Map",
            End: true,
            ItemProcessor: {
              ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
              StartAt: "P",
              States: { P: { Type: "Pass", End: true } },
            },
            ResultWriter: {
              Resource: "arn:aws:states:::s3:putObject",
              Parameters: { Bucket: "out", Prefix: "runs" },
            },
          },
        },
      },
    }));
    expect(nagFindings(stack).filter((finding) => finding.includes("Test/Machine/"))).toStrictEqual([]);
  });

  it("turning tracing off or logging down is reported (SF2, SF1)", () => {
    const { stack } = smallStack(() => ({
      definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
      tracingEnabled: false,
      logs: { level: sfn.LogLevel.ERROR },
    }));
    const findings = nagFindings(stack);
    expect(findings).toContain("AwsSolutions-SF1 @ Test/Machine/Resource/Resource");
    expect(findings).toContain("AwsSolutions-SF2 @ Test/Machine/Resource/Resource");
  });
});
