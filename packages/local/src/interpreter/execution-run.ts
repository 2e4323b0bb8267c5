import type { Clock } from "../clock/clock.js";
import type { HistoryRecorder } from "../history/history-recorder.js";
import type { MockSession } from "../integrations/mock/mock-session.js";
import type { JsonObject, JsonValue } from "../util/json.js";
import type { Cancellation } from "./cancellation.js";
import type { TaskInvoker, TaskTokenRegistry } from "./task-invoker.js";
import type { Variables } from "./variables.js";

/** What the interpreter needs from the engine: time, the integrations and where callbacks wait. */
export interface EngineServices {
  readonly clock: Clock;
  /** Real clock only: Wait and retry durations are multiplied by it. */
  readonly waitScale: number;
  readonly region: string;
  readonly accountId: string;
  readonly tasks: TaskInvoker;
  readonly tokens: TaskTokenRegistry;
  /** Events an execution may record before it fails (AWS: 25,000); 0 means no limit. */
  readonly historyLimit: number;
}

/** One execution's shared state: its history, its transition count and its context-object parts. */
export interface ExecutionRun {
  readonly services: EngineServices;
  readonly history: HistoryRecorder;
  /** Billable state transitions: every state entered, and every retry. */
  transitions: number;
  readonly executionArn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly input: JsonValue;
  readonly startTime: number;
  /** `$$.Execution` and `$$.StateMachine`, built once per execution. */
  readonly executionContext: JsonObject;
  readonly stateMachineContext: JsonObject;
  /** The mocked responses of the test case this execution runs, if any. */
  readonly mocks: MockSession | undefined;
}

/** `$$.Execution` and `$$.StateMachine` where they are not the execution's own (a child workflow's). */
export interface ContextParts {
  readonly execution: JsonObject;
  readonly stateMachine: JsonObject;
}

/** One path of control: the execution's top level, a Parallel branch, or a Map iteration. */
export interface Frame {
  readonly run: ExecutionRun;
  readonly vars: Variables;
  /** Set inside a Distributed Map's child workflows; else the run's. */
  readonly context?: ContextParts;
  readonly cancellation: Cancellation;
  /** The last event recorded on this path, which the next one names as `previousEventId`. */
  lastEventId: number;
}

export const childFrame = (
  frame: Frame,
  cancellation: Cancellation,
  lastEventId: number,
  vars: Variables,
  context: ContextParts | undefined = frame.context,
): Frame => ({
  run: frame.run,
  vars,
  cancellation,
  lastEventId,
  ...(context && { context }),
});
