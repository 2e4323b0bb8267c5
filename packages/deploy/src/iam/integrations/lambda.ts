/**
 * Lambda: lambda:InvokeFunction on the function and its versions/aliases.
 * https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html
 */
import { lambdaFunctionArns } from "../arn-templates.js";
import { anyResource, type Permission, permission } from "../permission.js";
import { staticString } from "../task-arguments.js";
import type { TaskContext } from "./task-context.js";

const INVOKE = ["lambda:InvokeFunction"];

/** `arn:aws:states:::lambda:invoke` (and `.waitForTaskToken`): the function is the FunctionName field. */
export function lambdaInvoke(task: TaskContext): Permission[] {
  const functionName = staticString(task.payload.field("FunctionName"), "FunctionName");
  if ("why" in functionName) return [permission(task.stateName, INVOKE, [anyResource(functionName.why)])];
  return [invokeFunction(task.stateName, functionName.value)];
}

/** The whole Resource is the function ARN (the older form of the Lambda integration). */
export function invokeFunction(stateName: string, functionName: string): Permission {
  return permission(stateName, INVOKE, lambdaFunctionArns(functionName));
}
