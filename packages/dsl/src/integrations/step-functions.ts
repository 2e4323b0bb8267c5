import { createIntegration, type Integration, type Templated, withPattern } from "./integration.js";

/**
 * AWS Step Functions: start another state machine. Request-response by default; `.sync()` waits for it and
 * gives its output as JSON (`.sync:2`), `.syncAsString()` as a string (`.sync`), `.waitForTaskToken()` waits
 * for a callback. https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */

export interface StartExecutionParameters {
  readonly StateMachineArn: Templated<string>;
  readonly Input?: Templated<unknown>;
  readonly Name?: Templated<string>;
  readonly TraceHeader?: Templated<string>;
}

export interface StartExecutionResult {
  readonly ExecutionArn: string;
  readonly StartDate: string;
}

type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";

/** DescribeExecution of the finished child: `.sync:2` parses Input and Output, `.sync` leaves them strings. */
export interface SyncExecutionResult<Input, Output> {
  readonly ExecutionArn: string;
  readonly StateMachineArn: string;
  readonly Name: string;
  readonly Status: ExecutionStatus;
  readonly StartDate: number;
  readonly StopDate: number;
  readonly Input: Input;
  readonly InputDetails: { readonly Included: boolean };
  readonly Output: Output;
  readonly OutputDetails: { readonly Included: boolean };
}

export type StepFunctionsError =
  | "StepFunctions.ExecutionAlreadyExistsException"
  | "StepFunctions.ExecutionLimitExceededException"
  | "StepFunctions.InvalidArnException"
  | "StepFunctions.InvalidExecutionInputException"
  | "StepFunctions.InvalidNameException"
  | "StepFunctions.StateMachineDeletingException"
  | "StepFunctions.StateMachineDoesNotExistException";

export interface StartExecution<E extends string> extends Integration<StartExecutionResult, E> {
  /** `.sync:2`: waits; the child's output is JSON of type `Output` (unknown unless stated). */
  sync<Output = unknown>(): Integration<SyncExecutionResult<unknown, Output>, E>;
  /** `.sync`: waits; Input and Output stay JSON text. */
  syncAsString(): Integration<SyncExecutionResult<string, string>, E>;
  /** `.waitForTaskToken`: the result is what the child sends with SendTaskSuccess. */
  waitForTaskToken<R = unknown>(): Integration<R, E>;
  throws<const N extends readonly string[]>(...names: N): StartExecution<E | N[number]>;
}

function startExecution(parameters: StartExecutionParameters): StartExecution<StepFunctionsError> {
  const spec = { resource: "arn:aws:states:::states:startExecution", parameters };
  const base = () => createIntegration<unknown, StepFunctionsError>(spec);
  return createIntegration(spec, {
    sync: () => withPattern(base(), ".sync:2", false),
    syncAsString: () => withPattern(base(), ".sync", false),
    waitForTaskToken: () => withPattern(base(), ".waitForTaskToken", true),
  }) as unknown as StartExecution<StepFunctionsError>;
}

export const stepFunctions = Object.freeze({ startExecution });
