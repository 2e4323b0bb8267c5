/**
 * A distributed Map starts its iterations as child executions of this same state machine, may read its items
 * from S3 (ItemReader) and may write its results to S3 (ResultWriter).
 * https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html
 */
import type { AslMapState, JsonObject, QueryLanguage } from "@statesmith/dsl";
import { s3BucketArn, s3ObjectArn } from "../arn-templates.js";
import { anyResource, arn, type Permission, permission, type ResourcePattern } from "../permission.js";
import { PayloadReader, staticString } from "../task-arguments.js";
import { parseTaskResource } from "../task-resource.js";

export function distributedMap(stateName: string, state: AslMapState, language: QueryLanguage): Permission[] {
  return [
    permission(stateName, ["states:StartExecution"], [{ kind: "this-state-machine" }]),
    permission(
      stateName,
      ["states:DescribeExecution", "states:StopExecution"],
      [{ kind: "map-run-executions" }],
    ),
    ...itemReader(stateName, state.ItemReader, language),
    ...resultWriter(stateName, state.ResultWriter, language),
  ];
}

function itemReader(
  stateName: string,
  reader: JsonObject | undefined,
  language: QueryLanguage,
): Permission[] {
  const action = s3Action(reader);
  if (!reader || !action) return [];
  const payload = PayloadReader.of(reader, language);
  const bucket = staticString(payload.field("Bucket"), "ItemReader Bucket");
  if ("why" in bucket) {
    const iamAction = action === "listObjectsV2" ? "s3:ListBucket" : "s3:GetObject";
    return [permission(stateName, [iamAction], [anyResource(bucket.why)])];
  }
  if (action === "listObjectsV2")
    return [permission(stateName, ["s3:ListBucket"], [arn(s3BucketArn(bucket.value))])];
  const key = staticString(payload.field("Key"), "ItemReader Key");
  const object: ResourcePattern =
    "why" in key
      ? arn(s3ObjectArn(bucket.value, "*"), { widenedBecause: key.why })
      : arn(s3ObjectArn(bucket.value, key.value));
  return [permission(stateName, ["s3:GetObject"], [object])];
}

const RESULT_WRITER_ACTIONS = [
  "s3:PutObject",
  "s3:GetObject",
  "s3:ListMultipartUploadParts",
  "s3:AbortMultipartUpload",
];

function resultWriter(
  stateName: string,
  writer: JsonObject | undefined,
  language: QueryLanguage,
): Permission[] {
  // A ResultWriter with only WriterConfig (no Resource) transforms the output without writing to S3.
  if (!writer || !s3Action(writer)) return [];
  const payload = PayloadReader.of(writer, language);
  const bucket = staticString(payload.field("Bucket"), "ResultWriter Bucket");
  if ("why" in bucket) return [permission(stateName, RESULT_WRITER_ACTIONS, [anyResource(bucket.why)])];
  const prefix = payload.field("Prefix");
  if (prefix.kind === "dynamic") {
    const widenedBecause = `the ResultWriter Prefix is computed at run time (${prefix.expression})`;
    const widened = arn(s3ObjectArn(bucket.value, "*"), { widenedBecause });
    return [permission(stateName, RESULT_WRITER_ACTIONS, [widened])];
  }
  const prefixText =
    prefix.kind === "static" && typeof prefix.value === "string" ? prefix.value.replace(/\/$/, "") : "";
  const keys = prefixText ? `${prefixText}/*` : "*";
  const wildcardBecause = "Step Functions names the manifest and result files under the prefix per Map Run";
  return [
    permission(stateName, RESULT_WRITER_ACTIONS, [arn(s3ObjectArn(bucket.value, keys), { wildcardBecause })]),
  ];
}

/** `arn:aws:states:::s3:getObject` → `getObject`. */
function s3Action(holder: JsonObject | undefined): string | undefined {
  const resource = holder?.Resource;
  if (typeof resource !== "string") return undefined;
  const integration = parseTaskResource(resource);
  return integration.kind === "optimized" && integration.service === "s3" ? integration.action : undefined;
}
