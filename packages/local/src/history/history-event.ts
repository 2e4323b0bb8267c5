/**
 * Execution history events in the shape of the Step Functions GetExecutionHistory API.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html
 */
export type HistoryEventType =
  | "ExecutionStarted"
  | "ExecutionSucceeded"
  | "ExecutionFailed"
  | "ExecutionTimedOut"
  | "ExecutionAborted"
  | "TaskStateEntered"
  | "TaskStateExited"
  | "TaskStateAborted"
  | "TaskScheduled"
  | "TaskStarted"
  | "TaskSubmitted"
  | "TaskSucceeded"
  | "TaskFailed"
  | "TaskTimedOut"
  | "LambdaFunctionScheduled"
  | "LambdaFunctionStarted"
  | "LambdaFunctionSucceeded"
  | "LambdaFunctionFailed"
  | "LambdaFunctionTimedOut"
  | "PassStateEntered"
  | "PassStateExited"
  | "ChoiceStateEntered"
  | "ChoiceStateExited"
  | "WaitStateEntered"
  | "WaitStateExited"
  | "WaitStateAborted"
  | "SucceedStateEntered"
  | "SucceedStateExited"
  | "FailStateEntered"
  | "ParallelStateEntered"
  | "ParallelStateExited"
  | "ParallelStateStarted"
  | "ParallelStateSucceeded"
  | "ParallelStateFailed"
  | "ParallelStateAborted"
  | "MapStateEntered"
  | "MapStateExited"
  | "MapStateStarted"
  | "MapStateSucceeded"
  | "MapStateFailed"
  | "MapStateAborted"
  | "MapIterationStarted"
  | "MapIterationSucceeded"
  | "MapIterationFailed"
  | "MapIterationAborted";

export interface HistoryEventExecutionDataDetails {
  readonly truncated: boolean;
}

export interface ExecutionStartedEventDetails {
  readonly input: string;
  readonly inputDetails: HistoryEventExecutionDataDetails;
  readonly roleArn: string;
  readonly stateMachineArn: string;
}

export interface OutputEventDetails {
  readonly output: string;
  readonly outputDetails: HistoryEventExecutionDataDetails;
}

export interface ErrorEventDetails {
  readonly error?: string;
  readonly cause?: string;
}

export interface StateEnteredEventDetails {
  readonly name: string;
  readonly input: string;
  readonly inputDetails: HistoryEventExecutionDataDetails;
}

export interface StateExitedEventDetails {
  readonly name: string;
  readonly output: string;
  readonly outputDetails: HistoryEventExecutionDataDetails;
  /** Variables the state assigned, as JSON text (JSONata and JSONPath Assign). */
  readonly assignedVariables?: Readonly<Record<string, string>>;
}

export interface TaskEventDetails {
  readonly resourceType: string;
  readonly resource: string;
}

export interface TaskScheduledEventDetails extends TaskEventDetails {
  readonly region: string;
  readonly parameters: string;
  readonly timeoutInSeconds?: number;
  readonly heartbeatInSeconds?: number;
}

export interface LambdaFunctionScheduledEventDetails {
  readonly resource: string;
  readonly input: string;
  readonly inputDetails: HistoryEventExecutionDataDetails;
  readonly timeoutInSeconds?: number;
}

export interface MapStateStartedEventDetails {
  readonly length: number;
}

export interface MapIterationEventDetails {
  readonly name: string;
  readonly index: number;
}

export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: Date;
  readonly type: HistoryEventType;
  readonly executionStartedEventDetails?: ExecutionStartedEventDetails;
  readonly executionSucceededEventDetails?: OutputEventDetails;
  readonly executionFailedEventDetails?: ErrorEventDetails;
  readonly executionTimedOutEventDetails?: ErrorEventDetails;
  readonly executionAbortedEventDetails?: ErrorEventDetails;
  readonly stateEnteredEventDetails?: StateEnteredEventDetails;
  readonly stateExitedEventDetails?: StateExitedEventDetails;
  readonly taskScheduledEventDetails?: TaskScheduledEventDetails;
  readonly taskStartedEventDetails?: TaskEventDetails;
  readonly taskSubmittedEventDetails?: TaskEventDetails & OutputEventDetails;
  readonly taskSucceededEventDetails?: TaskEventDetails & OutputEventDetails;
  readonly taskFailedEventDetails?: TaskEventDetails & ErrorEventDetails;
  readonly taskTimedOutEventDetails?: TaskEventDetails & ErrorEventDetails;
  readonly lambdaFunctionScheduledEventDetails?: LambdaFunctionScheduledEventDetails;
  readonly lambdaFunctionSucceededEventDetails?: OutputEventDetails;
  readonly lambdaFunctionFailedEventDetails?: ErrorEventDetails;
  readonly lambdaFunctionTimedOutEventDetails?: ErrorEventDetails;
  readonly mapStateStartedEventDetails?: MapStateStartedEventDetails;
  readonly mapIterationStartedEventDetails?: MapIterationEventDetails;
  readonly mapIterationSucceededEventDetails?: MapIterationEventDetails;
  readonly mapIterationFailedEventDetails?: MapIterationEventDetails;
  readonly mapIterationAbortedEventDetails?: MapIterationEventDetails;
}

/** The `…EventDetails` field names, keyed by what they hold. */
export type HistoryEventDetailsKey = Exclude<
  keyof HistoryEvent,
  "id" | "previousEventId" | "timestamp" | "type"
>;
