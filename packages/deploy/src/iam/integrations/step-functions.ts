/**
 * Nested workflows (`arn:aws:states:::states:startExecution`): StartExecution on the child machine; `.sync`
 * also watches it — DescribeExecution/StopExecution on its executions and the EventBridge rule Step Functions
 * manages for it. https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html
 */
import { SYNC_EXECUTION_RULE } from "../arn-templates.js";
import { anyResource, arn, type Permission, permission, type ResourcePattern } from "../permission.js";
import { isOwnStateMachineArn } from "../self-reference.js";
import { staticString } from "../task-arguments.js";
import type { TaskContext } from "./task-context.js";

interface ChildMachine {
  readonly machine: ResourcePattern;
  readonly executions: ResourcePattern;
}

export function startExecution(task: TaskContext): Permission[] {
  const child = childMachine(task);
  const permissions = [permission(task.stateName, ["states:StartExecution"], [child.machine])];
  if (task.pattern !== "sync" && task.pattern !== "sync:2") return permissions;
  return [
    ...permissions,
    permission(task.stateName, ["states:DescribeExecution", "states:StopExecution"], [child.executions]),
    watchRule(task.stateName),
  ];
}

/** The machine the Task starts: named by an ARN, this machine itself (a timer, a retry loop), or unknown. */
function childMachine(task: TaskContext): ChildMachine {
  const field = task.payload.field("StateMachineArn");
  if (isOwnStateMachineArn(field)) {
    return {
      machine: { kind: "this-state-machine" },
      executions: { kind: "executions", of: "this-state-machine" },
    };
  }
  const named = staticString(field, "StateMachineArn");
  if ("why" in named) {
    const any = anyResource(named.why);
    return { machine: any, executions: any };
  }
  return { machine: arn(named.value), executions: { kind: "executions", of: { arnTemplate: named.value } } };
}

function watchRule(stateName: string): Permission {
  return permission(
    stateName,
    ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
    [arn(SYNC_EXECUTION_RULE)],
  );
}
