import type { StateType } from "@statesmith/dsl";
import type { HistoryEventType } from "../history/history-event.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import type { JsonValue } from "../util/json.js";
import type { MaybePromise } from "../util/maybe-promise.js";

/** What a state hands back: its output and where to go (`undefined` ends the scope). */
export interface StepOutcome {
  readonly output: JsonValue;
  readonly next: string | undefined;
  /** Variables the state assigned, shown in its Exited event. */
  readonly assigned?: Readonly<Record<string, JsonValue>>;
}

/** A state compiled for the interpreter. Pass, Choice, Succeed and Fail return synchronously. */
export interface StateRunner {
  readonly name: string;
  readonly type: StateType;
  run(entry: StateEntry, input: JsonValue): MaybePromise<StepOutcome>;
}

/** The states of one scope (the machine, a Parallel branch, a Map processor), indexed by name. */
export interface ScopePlan {
  readonly startAt: string;
  readonly states: ReadonlyMap<string, StateRunner>;
}

export interface StateEventTypes {
  readonly entered: HistoryEventType;
  readonly exited: HistoryEventType | undefined;
  readonly aborted: HistoryEventType | undefined;
}

/** The history events each state type records when entered, left, and stopped mid-way. */
export const STATE_EVENTS: Readonly<Record<StateType, StateEventTypes>> = Object.freeze({
  Task: { entered: "TaskStateEntered", exited: "TaskStateExited", aborted: "TaskStateAborted" },
  Pass: { entered: "PassStateEntered", exited: "PassStateExited", aborted: undefined },
  Choice: { entered: "ChoiceStateEntered", exited: "ChoiceStateExited", aborted: undefined },
  Wait: { entered: "WaitStateEntered", exited: "WaitStateExited", aborted: "WaitStateAborted" },
  Succeed: { entered: "SucceedStateEntered", exited: "SucceedStateExited", aborted: undefined },
  Fail: { entered: "FailStateEntered", exited: undefined, aborted: undefined },
  Parallel: {
    entered: "ParallelStateEntered",
    exited: "ParallelStateExited",
    aborted: "ParallelStateAborted",
  },
  Map: { entered: "MapStateEntered", exited: "MapStateExited", aborted: "MapStateAborted" },
});
