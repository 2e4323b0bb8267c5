export { activity, awsSdk, resource, type SdkCall } from "./aws-sdk.js";
export * from "./dynamodb.js";
export type { ErrorsOf, Integration, ResultOf, Templated } from "./integration.js";
export * from "./lambda.js";
export { placeholder } from "./placeholder.js";
export * from "./step-functions.js";
