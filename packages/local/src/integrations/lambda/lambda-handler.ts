import type { JsonValue } from "../../util/json.js";

/** What a local handler receives as its second argument, like Lambda's Node.js context object. */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly awsRequestId: string;
  readonly memoryLimitInMB: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  getRemainingTimeInMillis(): number;
}

/**
 * A local Lambda handler. It receives the task's JSON input; the event is `unknown` to the engine, and the
 * method form lets handlers declare their own event type (`(event: Order) => …`).
 */
export type LambdaHandler = {
  handle(event: unknown, context: LambdaContext): unknown;
}["handle"];

/** The error payload a Lambda function returns when it throws, as the Node.js runtime builds it. */
export interface LambdaErrorPayload {
  readonly errorType?: string;
  readonly errorMessage?: string;
  readonly trace?: readonly string[];
}

/** One invocation's outcome: a payload, or the function's error payload. */
export type InvocationOutcome =
  | { readonly ok: true; readonly payload: JsonValue; readonly executedVersion: string }
  | { readonly ok: false; readonly error: LambdaErrorPayload; readonly executedVersion: string };
