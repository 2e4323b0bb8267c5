import type { ServerContext } from "../context.js";
import type { RequestFields } from "../protocol/request-fields.js";
import type { WireObject } from "../protocol/wire.js";

/** Every `X-Amz-Target: AWSStepFunctions.<Action>` this server answers. */
export type ActionName =
  | "CreateStateMachine"
  | "UpdateStateMachine"
  | "DeleteStateMachine"
  | "DescribeStateMachine"
  | "ListStateMachines"
  | "StartExecution"
  | "StartSyncExecution"
  | "StopExecution"
  | "DescribeExecution"
  | "DescribeStateMachineForExecution"
  | "ListExecutions"
  | "GetExecutionHistory"
  | "SendTaskSuccess"
  | "SendTaskFailure"
  | "SendTaskHeartbeat"
  | "ValidateStateMachineDefinition"
  | "TestState"
  | "TagResource"
  | "UntagResource"
  | "ListTagsForResource";

/** One action: the request's members in, the response body out; throws AwsError for AWS-shaped failures. */
export type Action = (request: RequestFields, context: ServerContext) => WireObject | Promise<WireObject>;

/** The actions of one file, e.g. the state machine family. */
export type ActionFamily<N extends ActionName> = Readonly<Record<N, Action>>;
