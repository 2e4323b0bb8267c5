// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
// Pins https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html (nested workflows).
import { describe, expect, it } from "vitest";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { oneTask } from "../helpers/definitions.js";

const CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
const RULE =
  "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule";

describe("states:startExecution", () => {
  it("request-response: only StartExecution on the child machine", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::states:startExecution", { Parameters: { StateMachineArn: CHILD } }),
    );
    expect(permissions).toStrictEqual([
      { state: "Work", actions: ["states:StartExecution"], resources: [{ kind: "arn", template: CHILD }] },
    ]);
  });

  it.each([".sync", ".sync:2"])(
    "%s adds Describe/StopExecution on its executions and the managed rule",
    (suffix) => {
      const permissions = derivePermissions(
        oneTask(`arn:aws:states:::states:startExecution${suffix}`, {
          Parameters: { StateMachineArn: CHILD },
        }),
      );
      expect(permissions).toStrictEqual([
        { state: "Work", actions: ["states:StartExecution"], resources: [{ kind: "arn", template: CHILD }] },
        {
          state: "Work",
          actions: ["states:DescribeExecution", "states:StopExecution"],
          resources: [{ kind: "executions", of: { arnTemplate: CHILD } }],
        },
        {
          state: "Work",
          actions: ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
          resources: [{ kind: "arn", template: RULE }],
        },
      ]);
    },
  );

  it(".waitForTaskToken needs only StartExecution", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::states:startExecution.waitForTaskToken", {
        Parameters: { StateMachineArn: CHILD },
      }),
    );
    expect(permissions.flatMap((p) => p.actions)).toStrictEqual(["states:StartExecution"]);
  });

  it("a dynamic StateMachineArn grants every action on * with the reason", () => {
    const permissions = derivePermissions(
      oneTask("arn:aws:states:::states:startExecution.sync", {
        Parameters: { "StateMachineArn.$": "$.child" },
      }),
    );
    expect(permissions[0]?.resources).toStrictEqual([
      { kind: "any", reason: "StateMachineArn is computed at run time ($.child)" },
    ]);
    expect(permissions[1]?.resources[0]?.kind).toBe("any");
    // The managed rule's ARN does not depend on the child, so it stays named.
    expect(permissions[2]?.resources).toStrictEqual([{ kind: "arn", template: RULE }]);
  });
});
