/**
 * AWS SDK integrations (`arn:aws:states:::aws-sdk:service:action`) need the IAM action `prefix:Action`:
 * the action is the API name in PascalCase, and the prefix is the service's IAM prefix, which is usually the
 * SDK service name. https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 *
 * Exceptions mapped here, SDK service name → IAM service prefix (Service Authorization Reference,
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html):
 */
const IAM_PREFIX_EXCEPTIONS = new Map<string, string>([
  ["sfn", "states"],
  ["cloudwatchlogs", "logs"],
  ["eventbridge", "events"],
  ["efs", "elasticfilesystem"],
  ["elasticloadbalancingv2", "elasticloadbalancing"],
  ["emrcontainers", "emr-containers"],
  ["emrserverless", "emr-serverless"],
  ["sesv2", "ses"],
  ["pinpointemail", "ses"],
  ["acmpca", "acm-pca"],
  ["cognitoidentityprovider", "cognito-idp"],
  ["cognitoidentity", "cognito-identity"],
  ["costexplorer", "ce"],
  ["databasemigration", "dms"],
  ["opensearch", "es"],
  ["elasticsearch", "es"],
  ["kinesisanalyticsv2", "kinesisanalytics"],
  ["redshiftdata", "redshift-data"],
  ["sagemakerruntime", "sagemaker"],
  ["bedrockruntime", "bedrock"],
  ["bedrockagent", "bedrock"],
  ["bedrockagentruntime", "bedrock"],
  ["lexmodelsv2", "lex"],
  ["lexruntimev2", "lex"],
  ["timestreamwrite", "timestream"],
  ["timestreamquery", "timestream"],
  ["ssmincidents", "ssm-incidents"],
  ["ssmcontacts", "ssm-contacts"],
  ["resourcegroupstaggingapi", "tag"],
  ["mediapackagevod", "mediapackage-vod"],
  ["iotdata", "iot"],
  ["dynamodbstreams", "dynamodb"],
  ["marketplacecatalog", "aws-marketplace"],
  ["appconfigdata", "appconfig"],
  ["s3control", "s3"],
  ["ssoadmin", "sso"],
  ["codestarconnections", "codestar-connections"],
]);

/**
 * API calls whose IAM action is not `prefix:ApiName` (keyed by SDK service:action). S3 authorizes listing and
 * HEAD requests with the read actions; Lambda's Invoke API is authorized by lambda:InvokeFunction.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
 */
const ACTION_EXCEPTIONS = new Map<string, readonly string[]>([
  ["s3:listObjectsV2", ["s3:ListBucket"]],
  ["s3:listObjects", ["s3:ListBucket"]],
  ["s3:listObjectVersions", ["s3:ListBucketVersions"]],
  ["s3:headBucket", ["s3:ListBucket"]],
  ["s3:headObject", ["s3:GetObject"]],
  ["s3:copyObject", ["s3:GetObject", "s3:PutObject"]],
  ["lambda:invoke", ["lambda:InvokeFunction"]],
  ["lambda:invokeAsync", ["lambda:InvokeFunction"]],
]);

export function iamPrefix(sdkService: string): string {
  return IAM_PREFIX_EXCEPTIONS.get(sdkService) ?? sdkService;
}

export function iamActionsFor(sdkService: string, sdkAction: string): string[] {
  const exception = ACTION_EXCEPTIONS.get(`${sdkService}:${sdkAction}`);
  if (exception) return [...exception];
  return [`${iamPrefix(sdkService)}:${sdkAction.charAt(0).toUpperCase()}${sdkAction.slice(1)}`];
}
