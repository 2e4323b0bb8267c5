import type { AslDefinition, Diagnostic } from "@statesmith/dsl";
import type { Clock } from "../clock/clock.js";
import type { HistoryEvent } from "../history/history-event.js";
import type { DynamoDbOptions } from "../integrations/dynamodb/dynamodb-endpoint.js";
import type { LambdaHandler } from "../integrations/lambda/lambda-handler.js";
import type { MockConfigFile } from "../integrations/mock/mock-config.js";
import type { JsonValue } from "../util/json.js";
import type { DefinitionSubstitutions } from "./definition-substitutions.js";

export interface EngineOptions {
  /** Default "virtual" (starts at `startTime` or now). */
  readonly clock?: "virtual" | "real" | Clock;
  readonly startTime?: Date | number;
  /** Local Lambda handlers, keyed by function name, `name:alias`, ARN or alias ARN. */
  readonly handlers?: Readonly<Record<string, LambdaHandler>>;
  /** Used when no local handler matches; else the LAMBDA_ENDPOINT environment variable. */
  readonly lambdaEndpoint?: string;
  /** Default: embedded dynalite started on first use, unless DYNAMODB_ENDPOINT is set. */
  readonly dynamodb?: DynamoDbOptions;
  /** A Step Functions Local MockConfigFile, as an object or a path. */
  readonly mockConfig?: MockConfigFile | string;
  /** Called with the "fails-at-run-time" findings of each load; default: printed to stderr. */
  readonly onWarning?: (diagnostic: Diagnostic) => void;
  /** Real clock only: Wait and retry durations are multiplied by this (0.01 makes a 10 s wait take 100 ms). */
  readonly waitScale?: number;
  /**
   * Values for `${Name}` placeholders in the definitions this engine loads, as SAM's and CDK's
   * DefinitionSubstitutions give them: `{ OrderFunctionArn: "arn:aws:lambda:…:function:order" }`.
   */
  readonly substitutions?: DefinitionSubstitutions;
  /** Used in ARNs and in TaskScheduled events (default us-east-1 / 123456789012). */
  readonly region?: string;
  readonly accountId?: string;
  /** Events an execution may record before it fails, like AWS's 25,000-event quota (default 25,000; 0: none). */
  readonly historyLimit?: number;
  /**
   * Real milliseconds a local handler may keep the virtual clock still (default 10,000). After that its
   * promise no longer holds time, so a TimeoutSeconds can fire on a handler that never settles.
   */
  readonly handlerStallMs?: number;
  /**
   * Called when a `states:startExecution` task starts an execution of a machine loaded in this engine, so that a
   * host (`statesmith serve`) can list and describe it like any other execution.
   */
  readonly onChildExecution?: (child: ChildExecution) => void;
}

/** An execution that a `states:startExecution` task started. */
export interface ChildExecution {
  readonly execution: Execution;
  readonly machine: LoadedMachine;
  readonly input: JsonValue;
}

export interface StartOptions {
  /** Execution name (default: a UUID). */
  readonly name?: string;
  /** Run with the mocked responses of this test case of the engine's mockConfig. */
  readonly testCase?: string;
  /** The StateMachines entry of the mock config (default: the machine's name, or the only entry). */
  readonly stateMachineName?: string;
  readonly executionArn?: string;
}

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

export interface ExecutionResult {
  readonly status: Exclude<ExecutionStatus, "RUNNING">;
  readonly output?: JsonValue;
  readonly error?: string;
  readonly cause?: string;
  /** Billable state transitions, counted as AWS counts them (every state entered, every retry). */
  readonly transitions: number;
  readonly history: HistoryEvent[];
  readonly startDate: Date;
  readonly stopDate: Date;
  readonly executionArn: string;
}

export interface Execution {
  readonly executionArn: string;
  readonly name: string;
  readonly startDate: Date;
  /** Never rejects: a failed execution is a FAILED result. */
  readonly result: Promise<ExecutionResult>;
  status(): ExecutionStatus;
  /** The history so far, in GetExecutionHistory's event shape. */
  history(): readonly HistoryEvent[];
  /** Stops the execution: it ends ABORTED. */
  stop(error?: string, cause?: string): void;
}

export interface LoadOptions {
  /** The machine's name (default "StateMachine"). */
  readonly name?: string;
  /** Placeholder values for this definition, over the engine's `substitutions`. */
  readonly substitutions?: DefinitionSubstitutions;
}

/** A definition the engine accepted and compiled. */
export interface LoadedMachine {
  readonly name: string;
  readonly stateMachineArn: string;
  readonly definition: AslDefinition;
}

/** The engine; `C` is its clock's type, so `engine.clock.advance(ms)` type-checks on a virtual clock. */
export interface Engine<C extends Clock = Clock> {
  load(definition: unknown, options?: LoadOptions): LoadedMachine;
  start(machine: LoadedMachine, input?: JsonValue, options?: StartOptions): Execution;
  run(
    machineOrDefinition: LoadedMachine | unknown,
    input?: JsonValue,
    options?: StartOptions,
  ): Promise<ExecutionResult>;
  sendTaskSuccess(taskToken: string, output: JsonValue): void;
  sendTaskFailure(taskToken: string, error?: string, cause?: string): void;
  sendTaskHeartbeat(taskToken: string): void;
  readonly clock: C;
  /** Starts the embedded DynamoDB server if needed; the URL tests create their tables on. */
  dynamodbEndpoint(): Promise<string>;
  /** Stops every running execution (ABORTED), timers and servers. */
  close(): Promise<void>;
}
