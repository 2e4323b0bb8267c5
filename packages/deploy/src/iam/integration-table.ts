/**
 * The integration → IAM table for optimized integrations (`arn:aws:states:::service:action`), keyed by
 * `service:action`. AWS SDK integrations, Lambda ARNs and activities are handled by kind in derive-permissions.
 * Each deriver cites the AWS page its policy comes from.
 */
import { sameAsSdkCall } from "./integrations/aws-sdk.js";
import {
  dynamodbDeleteItem,
  dynamodbGetItem,
  dynamodbPutItem,
  dynamodbUpdateItem,
} from "./integrations/dynamodb.js";
import { lambdaInvoke } from "./integrations/lambda.js";
import { startExecution } from "./integrations/step-functions.js";
import type { Deriver } from "./integrations/task-context.js";

export const OPTIMIZED_INTEGRATIONS: ReadonlyMap<string, Deriver> = new Map<string, Deriver>([
  ["lambda:invoke", lambdaInvoke],
  ["dynamodb:getItem", dynamodbGetItem],
  ["dynamodb:putItem", dynamodbPutItem],
  ["dynamodb:updateItem", dynamodbUpdateItem],
  ["dynamodb:deleteItem", dynamodbDeleteItem],
  ["states:startExecution", startExecution],
  ["sns:publish", sameAsSdkCall("sns", "publish")],
  ["sqs:sendMessage", sameAsSdkCall("sqs", "sendMessage")],
  ["events:putEvents", sameAsSdkCall("events", "putEvents")],
]);

export function supportedOptimizedIntegrations(): string[] {
  return [...OPTIMIZED_INTEGRATIONS.keys()];
}
