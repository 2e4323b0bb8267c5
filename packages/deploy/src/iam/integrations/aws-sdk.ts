/**
 * AWS SDK integrations and the optimized integrations that are one API call on a named resource
 * (sns:publish, sqs:sendMessage, events:putEvents —
 * https://docs.aws.amazon.com/step-functions/latest/dg/sns-iam.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/sqs-iam.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-iam.html).
 */
import { anyResource, type Permission, permission } from "../permission.js";
import { SDK_RESOURCE_RULES } from "./sdk-resources.js";
import { iamActionsFor, iamPrefix } from "./sdk-service-names.js";
import type { Deriver, TaskContext } from "./task-context.js";

export function sdkCall(task: TaskContext, service: string, action: string): Permission[] {
  const rule = SDK_RESOURCE_RULES.get(iamPrefix(service));
  const resources = rule?.({ action, payload: task.payload }) ?? [
    anyResource(`Statesmith's IAM table has no rule naming the resource of ${service}:${action}`),
  ];
  return [permission(task.stateName, iamActionsFor(service, action), resources)];
}

/** An optimized integration that behaves like the SDK call of the same name. */
export function sameAsSdkCall(service: string, action: string): Deriver {
  return (task) => sdkCall(task, service, action);
}
