import { StatesError } from "../../errors/states-error.js";

/**
 * Exceptions the optimized integration reports under their own name; anything else (ValidationException, a
 * connection that fails) arrives as DynamoDB.AmazonDynamoDBException, the SDK's base service exception, the
 * way Lambda's unmodeled failures arrive as Lambda.AWSLambdaException.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
 */
const MODELED = new Set([
  "ConditionalCheckFailedException",
  "ProvisionedThroughputExceededException",
  "ResourceNotFoundException",
  "ItemCollectionSizeLimitExceededException",
  "TransactionConflictException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ResourceInUseException",
  "LimitExceededException",
]);

interface SdkFailure {
  readonly name?: string;
  readonly message?: string;
  readonly code?: string;
  readonly $metadata?: { readonly httpStatusCode?: number; readonly requestId?: string };
}

const isServiceError = (failure: SdkFailure): boolean => failure.$metadata?.httpStatusCode !== undefined;

/**
 * DynamoDB itself knows every action; the embedded dynalite server does not implement some (transactions,
 * PartiQL, TTL) and answers UnknownOperationException with the message "UnknownError", which says nothing.
 */
const messageOf = (failure: SdkFailure, name: string): string =>
  name === "UnknownOperationException"
    ? "The DynamoDB endpoint does not implement this action (the embedded dynalite server has no transactions, PartiQL or TTL); run it against DynamoDB Local or another endpoint: createEngine({ dynamodb: { endpoint } }) or DYNAMODB_ENDPOINT"
    : (failure.message ?? name);

/** `arn:aws:states:::dynamodb:*` errors: `DynamoDB.<Exception>`. */
export function optimizedError(thrown: unknown, endpoint: string): StatesError {
  const failure = (thrown ?? {}) as SdkFailure;
  if (!isServiceError(failure)) {
    return new StatesError(
      "DynamoDB.AmazonDynamoDBException",
      `Unable to execute HTTP request: ${failure.message ?? String(thrown)} (endpoint ${endpoint}) (Service: AmazonDynamoDBv2; Status Code: 500; Error Code: ServiceUnavailable)`,
    );
  }
  const name = failure.name ?? "AmazonDynamoDBException";
  const status = failure.$metadata?.httpStatusCode;
  const cause = `${messageOf(failure, name)} (Service: AmazonDynamoDBv2; Status Code: ${status}; Error Code: ${name}; Request ID: ${failure.$metadata?.requestId ?? "local"}; Proxy: null)`;
  return new StatesError(MODELED.has(name) ? `DynamoDB.${name}` : "DynamoDB.AmazonDynamoDBException", cause);
}

/**
 * `arn:aws:states:::aws-sdk:dynamodb:*` errors: the service name in PascalCase, a dot, the error name
 * (`DynamoDb.ConditionalCheckFailedException`); a transport failure is `DynamoDb.SdkClientException`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export function sdkError(thrown: unknown, endpoint: string): StatesError {
  const failure = (thrown ?? {}) as SdkFailure;
  if (!isServiceError(failure)) {
    return new StatesError(
      "DynamoDb.SdkClientException",
      `Unable to execute HTTP request: ${failure.message ?? String(thrown)} (endpoint ${endpoint})`,
    );
  }
  const name = failure.name ?? "DynamoDbException";
  const exception = name.endsWith("Exception") ? name : `${name}Exception`;
  return new StatesError(
    `DynamoDb.${exception}`,
    `${messageOf(failure, name)} (Service: DynamoDb, Status Code: ${failure.$metadata?.httpStatusCode}, Request ID: ${failure.$metadata?.requestId ?? "local"})`,
  );
}
