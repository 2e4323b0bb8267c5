/**
 * Nested workflows (`arn:aws:states:::states:startExecution`): StartExecution on the child machine; `.sync`
 * also watches it — DescribeExecution/StopExecution on its executions and the EventBridge rule Step Functions
 * manages for it. https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html
 */
import { SYNC_EXECUTION_RULE } from "../arn-templates.js";
import { anyResource, arn, type Permission, permission } from "../permission.js";
import { staticString } from "../task-arguments.js";
import type { TaskContext } from "./task-context.js";

export function startExecution(task: TaskContext): Permission[] {
  const machine = staticString(task.payload.field("StateMachineArn"), "StateMachineArn");
  const waits = task.pattern === "sync" || task.pattern === "sync:2";
  if ("why" in machine) {
    const any = anyResource(machine.why);
    return [
      permission(task.stateName, ["states:StartExecution"], [any]),
      ...(waits
        ? [permission(task.stateName, ["states:DescribeExecution", "states:StopExecution"], [any])]
        : []),
      ...(waits ? [watchRule(task.stateName)] : []),
    ];
  }
  const permissions = [permission(task.stateName, ["states:StartExecution"], [arn(machine.value)])];
  if (!waits) return permissions;
  return [
    ...permissions,
    permission(
      task.stateName,
      ["states:DescribeExecution", "states:StopExecution"],
      [{ kind: "executions", of: { arnTemplate: machine.value } }],
    ),
    watchRule(task.stateName),
  ];
}

function watchRule(stateName: string): Permission {
  return permission(
    stateName,
    ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
    [arn(SYNC_EXECUTION_RULE)],
  );
}
