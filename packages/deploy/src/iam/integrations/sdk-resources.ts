/**
 * Which resource an API call acts on, read from its payload, for the services whose resource the payload
 * names. A service without a rule here gets `*` with a warning.
 */
import {
  dynamodbTableArn,
  eventBusArn,
  lambdaFunctionArns,
  s3BucketArn,
  s3ObjectArn,
} from "../arn-templates.js";
import { anyResource, arn, type ResourcePattern, regionalArn } from "../permission.js";
import { isOwnStateMachineArn } from "../self-reference.js";
import { type PayloadReader, staticString } from "../task-arguments.js";

export interface SdkCall {
  /** The SDK action as written in the Resource, e.g. `putObject`. */
  readonly action: string;
  readonly payload: PayloadReader;
}

type ResourceRule = (call: SdkCall) => ResourcePattern[] | undefined;

/** One string field naming the resource: its ARN(s), or `*` saying why. */
function named(
  call: SdkCall,
  field: string,
  toArns: (value: string) => ResourcePattern[],
): ResourcePattern[] {
  const value = staticString(call.payload.field(field), field);
  return "why" in value ? [anyResource(value.why)] : toArns(value.value);
}

function dynamodb(call: SdkCall): ResourcePattern[] | undefined {
  if (call.payload.field("TableName").kind !== "absent") {
    const index = call.payload.field("IndexName");
    const indexName = index.kind === "static" && typeof index.value === "string" ? index.value : undefined;
    if (index.kind === "dynamic")
      return [anyResource(`IndexName is computed at run time (${index.expression})`)];
    return named(call, "TableName", (table) => [arn(dynamodbTableArn(table, indexName))]);
  }
  // BatchGetItem / BatchWriteItem name their tables as the keys of RequestItems.
  const requestItems = call.payload.field("RequestItems");
  if (requestItems.kind === "dynamic")
    return [anyResource(`RequestItems is computed at run time, so its tables are unknown`)];
  const tables = call.payload.child("RequestItems")?.keys();
  if (tables) return tables.map((table) => arn(dynamodbTableArn(table.replace(/\.\$$/, ""))));
  return undefined;
}

function s3(call: SdkCall): ResourcePattern[] | undefined {
  const bucket = staticString(call.payload.field("Bucket"), "Bucket");
  if ("why" in bucket)
    return call.payload.field("Bucket").kind === "absent" ? undefined : [anyResource(bucket.why)];
  const resources = [s3Object(call, bucket.value)];
  if (call.action === "copyObject")
    resources.push(...named(call, "CopySource", (source) => [arn(s3BucketArn(source))]));
  return resources;
}

function s3Object(call: SdkCall, bucket: string): ResourcePattern {
  const key = call.payload.field("Key");
  if (key.kind === "absent") return arn(s3BucketArn(bucket));
  if (key.kind === "static" && typeof key.value === "string") return arn(s3ObjectArn(bucket, key.value));
  return arn(s3ObjectArn(bucket, "*"), {
    widenedBecause: `Key is computed at run time (${key.kind === "dynamic" ? key.expression : "not a string"})`,
  });
}

function events(call: SdkCall): ResourcePattern[] | undefined {
  if (call.action !== "putEvents") return undefined;
  const entries = call.payload.child("Entries")?.items();
  if (!entries) return [anyResource("Entries is computed at run time, so the event buses are unknown")];
  const buses = entries.map((entry) => {
    const bus = entry.field("EventBusName");
    if (bus.kind === "absent") return arn(eventBusArn("default"));
    const name = staticString(bus, "EventBusName");
    return "why" in name ? anyResource(name.why) : arn(eventBusArn(name.value));
  });
  return buses.length > 0 ? buses : undefined;
}

function sns(call: SdkCall): ResourcePattern[] | undefined {
  for (const field of ["TopicArn", "TargetArn"]) {
    if (call.payload.field(field).kind !== "absent") return named(call, field, (value) => [arn(value)]);
  }
  if (call.action === "publish") return [anyResource("it publishes to a phone number, not a topic")];
  return undefined;
}

function sqs(call: SdkCall): ResourcePattern[] | undefined {
  if (call.payload.field("QueueUrl").kind === "absent") return undefined;
  const url = staticString(call.payload.field("QueueUrl"), "QueueUrl");
  return "why" in url ? [anyResource(url.why)] : [{ kind: "sqs-queue-url", urlTemplate: url.value }];
}

function states(call: SdkCall): ResourcePattern[] | undefined {
  // sfn:startExecution (or describeStateMachine…) on the running machine itself.
  if (isOwnStateMachineArn(call.payload.field("StateMachineArn"))) return [{ kind: "this-state-machine" }];
  for (const field of ["StateMachineArn", "ExecutionArn", "ActivityArn", "MapRunArn"]) {
    if (call.payload.field(field).kind !== "absent") return named(call, field, (value) => [arn(value)]);
  }
  return undefined;
}

function secretsmanager(call: SdkCall): ResourcePattern[] | undefined {
  if (call.payload.field("SecretId").kind === "absent") return undefined;
  // A secret's ARN ends in 6 random characters after its name.
  // https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_iam-policies.html
  return named(call, "SecretId", (id) => [
    arn(id.startsWith("arn:") ? id : regionalArn("secretsmanager", `secret:${id}-??????`)),
  ]);
}

/** Keyed by IAM service prefix. */
export const SDK_RESOURCE_RULES: ReadonlyMap<string, ResourceRule> = new Map<string, ResourceRule>([
  ["dynamodb", dynamodb],
  [
    "lambda",
    (call) =>
      call.payload.field("FunctionName").kind === "absent"
        ? undefined
        : named(call, "FunctionName", lambdaFunctionArns),
  ],
  ["s3", s3],
  ["events", events],
  ["sns", sns],
  ["sqs", sqs],
  ["states", states],
  ["secretsmanager", secretsmanager],
]);
