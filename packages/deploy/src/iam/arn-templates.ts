/**
 * From the names a payload gives to the ARNs IAM wants. Formats: Service Authorization Reference, resource
 * types of each service (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
 */
import { placeholderCarriesArn, wholePlaceholder } from "../definition/placeholders.js";
import { arn, PARTITION, REGION, type ResourcePattern, regionalArn } from "./permission.js";

/** `"${X}"` where X is `…Arn`, or a literal ARN: the value is an ARN already. */
function isArnValue(value: string): boolean {
  const placeholder = wholePlaceholder(value);
  return placeholder ? placeholderCarriesArn(placeholder) : value.startsWith("arn:");
}

/**
 * A Lambda FunctionName (name, `name:qualifier`, partial `ACCOUNT:function:name` or full ARN) → the ARNs
 * to invoke: the function and, when unqualified, its versions and aliases (`:*`), because a call may name one.
 */
export function lambdaFunctionArns(functionName: string): ResourcePattern[] {
  const base = lambdaFunctionArn(functionName);
  if (isQualified(functionName)) return [arn(base)];
  return [arn(base), arn(`${base}:*`, { wildcardBecause: LAMBDA_VERSIONS })];
}

const LAMBDA_VERSIONS =
  "a call may name a version or alias of this one function; `:*` covers those and no other function";

function lambdaFunctionArn(functionName: string): string {
  if (isArnValue(functionName)) return functionName;
  if (/^\d{12}:function:/.test(functionName)) return `arn:${PARTITION}:lambda:${REGION}:${functionName}`;
  return regionalArn("lambda", `function:${functionName}`);
}

function isQualified(functionName: string): boolean {
  if (wholePlaceholder(functionName)) return false;
  const afterFunction = functionName.split(/(?:^|:)function:/)[1] ?? functionName;
  return afterFunction.includes(":");
}

/** A DynamoDB TableName (name or ARN) → the table ARN, optionally one of its indexes. */
export function dynamodbTableArn(tableName: string, indexName?: string): string {
  const table = isArnValue(tableName) ? tableName : regionalArn("dynamodb", `table/${tableName}`);
  return indexName ? `${table}/index/${indexName}` : table;
}

/** S3 ARNs carry no region or account. */
export function s3BucketArn(bucket: string): string {
  return `arn:${PARTITION}:s3:::${bucket}`;
}

export function s3ObjectArn(bucket: string, key: string): string {
  return `${s3BucketArn(bucket)}/${key}`;
}

/** An EventBridge bus named by EventBusName (name or ARN); absent means the account's default bus. */
export function eventBusArn(eventBusName: string): string {
  return isArnValue(eventBusName) ? eventBusName : regionalArn("events", `event-bus/${eventBusName}`);
}

/** The rule Step Functions manages to learn when a `.sync` child execution ends. */
export const SYNC_EXECUTION_RULE = regionalArn(
  "events",
  "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule",
);
