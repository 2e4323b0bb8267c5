// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Machine}" here is an Fn::Sub reference in a hand-written template, not a template literal.
// A machine that starts itself names its own ARN through the context object; IAM must name this machine
// (not "*"), and the grant must not make the machine depend on a policy that depends on the machine.
import type { AslDefinition } from "@statesmith/dsl";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { findDependencyCycle } from "../helpers/dependency-cycle.js";
import { smallStack } from "../helpers/small-stack.js";
import { asList, policies, render } from "../helpers/template.js";

const START = "arn:aws:states:::states:startExecution";

function selfStarting(state: Record<string, unknown>, queryLanguage?: "JSONata"): AslDefinition {
  return {
    ...(queryLanguage ? { QueryLanguage: queryLanguage } : {}),
    StartAt: "Start again",
    States: { "Start again": { Type: "Task", End: true, ...state } },
  } as unknown as AslDefinition;
}

const DEFINITIONS = {
  JSONata: selfStarting(
    {
      Resource: START,
      Arguments: { StateMachineArn: "{% $states.context.StateMachine.Id %}", Input: { command: "COOLDOWN" } },
    },
    "JSONata",
  ),
  JSONPath: selfStarting({
    Resource: START,
    Parameters: { "StateMachineArn.$": "$$.StateMachine.Id", Input: { command: "COOLDOWN" } },
  }),
} as const;

function synth(definition: AslDefinition) {
  const { stack, machine } = smallStack(() => ({ definition }));
  const template = Template.fromStack(stack);
  const machineId = stack.getLogicalId(machine.stateMachine.node.defaultChild as never);
  const statements = policies(template).flatMap((p) =>
    p.statements.map((s) => ({
      policy: p.logicalId,
      actions: asList(s.Action),
      resources: asList(s.Resource).map(render),
    })),
  );
  return { stack, template, machineId, statements };
}

describe.each(Object.entries(DEFINITIONS))("%s: StateMachine.Id from the context object", (_, definition) => {
  const { stack, template, machineId, statements } = synth(definition);

  it("grants states:StartExecution on exactly this machine's ARN, never on *", () => {
    const starts = statements.filter((s) => s.actions.includes("states:StartExecution"));
    expect(starts.map(({ actions, resources }) => ({ actions, resources }))).toStrictEqual([
      { actions: ["states:StartExecution"], resources: [`<${machineId}>`] },
    ]);
    expect(starts[0]?.policy).toMatch(/^MachineSelfReferencePolicy/);
  });

  it("synthesizes without a dependency cycle: the machine does not wait for the policy naming it", () => {
    expect(findDependencyCycle(template.toJSON())).toBeUndefined();
    const selfPolicy = statements.find((s) => s.actions.includes("states:StartExecution"))?.policy;
    expect(template.toJSON().Resources[machineId].DependsOn ?? []).not.toContain(selfPolicy);
  });

  it("warns about nothing: the resource is known", () => {
    Annotations.fromStack(stack).hasNoWarning("*", Match.anyValue());
  });
});

describe("self-references beyond a plain start", () => {
  it(".sync:2 on itself also watches this machine's executions, by name", () => {
    const { machineId, statements } = synth(
      selfStarting({
        Resource: `${START}.sync:2`,
        Parameters: { "StateMachineArn.$": "$$.StateMachine.Id" },
      }),
    );
    expect(statements.find((s) => s.actions.includes("states:DescribeExecution"))).toStrictEqual({
      policy: expect.stringMatching(/^MachineSelfReferencePolicy/),
      actions: ["states:DescribeExecution", "states:StopExecution"],
      resources: [
        `arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:<${machineId}.Name>:*`,
      ],
    });
  });

  it("the aws-sdk form (sfn:startExecution) is recognized too", () => {
    const { machineId, statements } = synth(
      selfStarting(
        {
          Resource: "arn:aws:states:::aws-sdk:sfn:startExecution",
          Arguments: { StateMachineArn: "{% $states.context.StateMachine.Id %}" },
        },
        "JSONata",
      ),
    );
    const starts = statements.filter((s) => s.actions.includes("states:StartExecution"));
    expect(starts.flatMap((s) => s.resources)).toStrictEqual([`<${machineId}>`]);
  });

  it("an expression that only uses the Id is still dynamic: * with a warning", () => {
    const { stack, statements } = synth(
      selfStarting(
        { Resource: START, Arguments: { StateMachineArn: '{% $states.context.StateMachine.Id & ":v2" %}' } },
        "JSONata",
      ),
    );
    expect(statements.find((s) => s.actions.includes("states:StartExecution"))?.resources).toStrictEqual([
      "*",
    ]);
    Annotations.fromStack(stack).hasWarning(
      "/Test/Machine",
      Match.stringLikeRegexp("StateMachineArn is computed at run time"),
    );
  });
});

describe("findDependencyCycle (the check above) does find cycles", () => {
  it("reports Ref / GetAtt / DependsOn loops and accepts a chain", () => {
    const resource = (properties: unknown, dependsOn?: string[]) => ({
      Properties: properties,
      DependsOn: dependsOn,
    });
    expect(
      findDependencyCycle({
        Resources: {
          Role: resource({}),
          Machine: resource({ RoleArn: { "Fn::GetAtt": ["Role", "Arn"] } }, ["Policy"]),
          Policy: resource({ Roles: [{ Ref: "Role" }], Resource: { Ref: "Machine" } }),
        },
      }),
    ).toStrictEqual(["Machine", "Policy", "Machine"]);
    expect(
      findDependencyCycle({
        Resources: {
          Role: resource({}),
          Machine: resource({ RoleArn: { "Fn::GetAtt": ["Role", "Arn"] } }),
          Policy: resource({ Roles: [{ Ref: "Role" }], Resource: { "Fn::Sub": "${Machine}:*" } }),
        },
      }),
    ).toBeUndefined();
  });
});
