export { activity, awsSdk, resource, type SdkCall } from "./aws-sdk.js";
export * from "./dynamodb.js";
export type { ErrorsOf, Integration, IntegrationLike, ResultOf, Templated } from "./integration.js";
export { integrationResource } from "./integration.js";
export * from "./lambda.js";
export { fillPlaceholders, placeholder } from "./placeholder.js";
export * from "./step-functions.js";
