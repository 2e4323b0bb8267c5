// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
// Pins https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html (nested workflows).
import { describe, expect, it } from "vitest";
import { derivePermissions } from "../../src/iam/derive-permissions.js";
import { oneTask } from "../helpers/definitions.js";

const CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
const START = "arn:aws:states:::states:startExecution";
const SELF_JSONATA = "{% $states.context.StateMachine.Id %}";
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

describe("a machine that starts itself (the context object's StateMachine.Id)", () => {
  const self = { kind: "this-state-machine" };

  it.each([
    ["JSONata", oneTask(START, { Arguments: { StateMachineArn: SELF_JSONATA } }, "JSONata")],
    [
      "JSONata, spaced",
      oneTask(START, { Arguments: { StateMachineArn: "{%$states.context.StateMachine.Id  %}" } }, "JSONata"),
    ],
    ["JSONPath", oneTask(START, { Parameters: { "StateMachineArn.$": "$$.StateMachine.Id" } })],
  ])("%s: StartExecution on this machine, not *", (_language, definition) => {
    expect(derivePermissions(definition)).toStrictEqual([
      { state: "Work", actions: ["states:StartExecution"], resources: [self] },
    ]);
  });

  it(".sync watches this machine's own executions", () => {
    const permissions = derivePermissions(
      oneTask(`${START}.sync`, { Arguments: { StateMachineArn: SELF_JSONATA } }, "JSONata"),
    );
    expect(permissions.slice(0, 2).map((p) => p.resources)).toStrictEqual([
      [self],
      [{ kind: "executions", of: "this-state-machine" }],
    ]);
  });

  it("the execution's own ARN is not the machine's: still dynamic", () => {
    const permissions = derivePermissions(
      oneTask(START, { Parameters: { "StateMachineArn.$": "$$.Execution.Id" } }),
    );
    expect(permissions[0]?.resources[0]?.kind).toBe("any");
  });
});
