import type { JsonValue } from "../util/json.js";
import type { Cancellation } from "./cancellation.js";

/** How a Task's resource shows in the history and which integration pattern it uses. */
export interface ResourceDescription {
  /** Lambda function ARNs get LambdaFunction* events; everything else Task* events. */
  readonly kind: "lambda-function" | "service";
  /** `lambda`, `dynamodb`, `aws-sdk:dynamodb`, `states` … (taskScheduledEventDetails.resourceType). */
  readonly resourceType: string;
  /** `invoke`, `putItem`, `startExecution.sync` … (taskScheduledEventDetails.resource). */
  readonly resource: string;
  readonly pattern: "request-response" | "sync" | "wait-for-task-token";
}

export interface TaskRequest {
  /** The Resource field as written. */
  readonly resource: string;
  readonly description: ResourceDescription;
  readonly stateName: string;
  /** The effective parameters (JSONPath Parameters or JSONata Arguments), already JSON. */
  readonly payload: JsonValue;
  readonly taskToken?: string;
  readonly executionArn: string;
  readonly timeoutSeconds?: number;
  readonly cancellation: Cancellation;
}

/** The integrations registry, as the interpreter sees it. Rejects with StatesError, named as AWS names it. */
export interface TaskInvoker {
  invoke(request: TaskRequest): Promise<JsonValue>;
}

/** Where `.waitForTaskToken` tasks wait for SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat. */
export interface TaskTokenRegistry {
  register(token: string, waiter: TokenWaiter): () => void;
}

export interface TokenWaiter {
  succeed(output: JsonValue): void;
  fail(error: string | undefined, cause: string | undefined): void;
  heartbeat(): void;
}
