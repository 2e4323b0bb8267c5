import { StatesErrors } from "../errors/error-names.js";
import { StatesError } from "../errors/states-error.js";
import type { HistoryEvent } from "../history/history-event.js";
import { HistoryRecorder, NOT_TRUNCATED } from "../history/history-recorder.js";
import type { MockSession } from "../integrations/mock/mock-session.js";
import { Cancellation, Cancelled } from "../interpreter/cancellation.js";
import type { EngineServices, ExecutionRun, Frame } from "../interpreter/execution-run.js";
import { runScope } from "../interpreter/run-scope.js";
import { rootVariables } from "../interpreter/variables.js";
import { isoTime } from "../util/ids.js";
import type { JsonValue } from "../util/json.js";
import type { Execution, ExecutionResult, ExecutionStatus } from "./engine-types.js";
import type { MachinePlan } from "./load-machine.js";

export interface ExecutionSetup {
  readonly services: EngineServices;
  readonly machine: MachinePlan;
  readonly input: JsonValue;
  readonly name: string;
  readonly executionArn: string;
  readonly roleArn: string;
  readonly mocks: MockSession | undefined;
  /** Called once the execution has finished, so the engine can forget it. */
  readonly onDone: (execution: ExecutionImpl) => void;
}

/** One execution: runs the machine's top-level scope and turns how it ended into a result. */
export class ExecutionImpl implements Execution {
  readonly executionArn: string;
  readonly name: string;
  readonly startDate: Date;
  readonly result: Promise<ExecutionResult>;
  private current: ExecutionStatus = "RUNNING";
  private readonly cancellation = new Cancellation();
  private readonly run: ExecutionRun;

  constructor(setup: ExecutionSetup) {
    const { services, machine, input } = setup;
    const startTime = services.clock.now();
    this.executionArn = setup.executionArn;
    this.name = setup.name;
    this.startDate = new Date(startTime);
    const history = new HistoryRecorder(services.clock);
    this.run = {
      services,
      history,
      transitions: 0,
      executionArn: setup.executionArn,
      name: setup.name,
      stateMachineArn: machine.stateMachineArn,
      stateMachineName: machine.name,
      input,
      startTime,
      executionContext: {
        Id: setup.executionArn,
        Input: input,
        Name: setup.name,
        RoleArn: setup.roleArn,
        StartTime: isoTime(startTime),
        RedriveCount: 0,
      },
      stateMachineContext: { Id: machine.stateMachineArn, Name: machine.name },
      mocks: setup.mocks,
    };
    history.add("ExecutionStarted", 0, "executionStartedEventDetails", {
      input: JSON.stringify(input),
      inputDetails: NOT_TRUNCATED,
      roleArn: setup.roleArn,
      stateMachineArn: machine.stateMachineArn,
    });
    this.result = this.execute(machine, setup.onDone);
  }

  status(): ExecutionStatus {
    return this.current;
  }

  history(): readonly HistoryEvent[] {
    return this.run.history.events;
  }

  stop(error?: string, cause?: string): void {
    this.cancellation.cancel({
      kind: "aborted",
      ...(error !== undefined && { error }),
      ...(cause !== undefined && { cause }),
    });
  }

  /** Used by engine.close(). */
  abort(): void {
    this.cancellation.cancel({ kind: "engine-closed" });
  }

  private async execute(
    machine: MachinePlan,
    onDone: (execution: ExecutionImpl) => void,
  ): Promise<ExecutionResult> {
    const { clock } = this.run.services;
    const timer =
      machine.timeoutSeconds === undefined
        ? undefined
        : clock.setTimer(machine.timeoutSeconds * 1000, () =>
            this.cancellation.cancel({ kind: "timed-out" }),
          );
    const frame: Frame = {
      run: this.run,
      vars: rootVariables(),
      cancellation: this.cancellation,
      lastEventId: 1,
    };
    let ending: Omit<ExecutionResult, "transitions" | "history" | "startDate" | "stopDate" | "executionArn">;
    try {
      // Start on a later tick, as StartExecution returns before the first state runs.
      await Promise.resolve();
      const output = await runScope(machine.root, this.run.input, frame);
      ending = { status: "SUCCEEDED", output };
    } catch (thrown) {
      ending = this.describeFailure(thrown);
    } finally {
      timer?.cancel();
    }
    this.record(ending);
    this.current = ending.status;
    onDone(this);
    return {
      ...ending,
      transitions: this.run.transitions,
      history: this.run.history.events,
      startDate: this.startDate,
      stopDate: new Date(clock.now()),
      executionArn: this.executionArn,
    };
  }

  private describeFailure(
    thrown: unknown,
  ): Omit<ExecutionResult, "transitions" | "history" | "startDate" | "stopDate" | "executionArn"> {
    if (thrown instanceof Cancelled) {
      const reason = thrown.reason;
      if (reason.kind === "timed-out") {
        return {
          status: "TIMED_OUT",
          error: StatesErrors.Timeout,
          cause: `The execution ran longer than its TimeoutSeconds.`,
        };
      }
      if (reason.kind === "aborted") return { status: "ABORTED", ...pick(reason.error, reason.cause) };
      return { status: "ABORTED", cause: "The local engine was closed while the execution was running." };
    }
    const error =
      thrown instanceof StatesError
        ? thrown
        : new StatesError(
            StatesErrors.Runtime,
            `Internal error in the local engine: ${thrown instanceof Error ? thrown.stack : String(thrown)}`,
          );
    return { status: "FAILED", ...pick(error.error, error.cause) };
  }

  private record(
    ending: Omit<ExecutionResult, "transitions" | "history" | "startDate" | "stopDate" | "executionArn">,
  ): void {
    const history = this.run.history;
    const previous = history.events.length;
    const details = pick(ending.error, ending.cause);
    switch (ending.status) {
      case "SUCCEEDED":
        history.add("ExecutionSucceeded", previous, "executionSucceededEventDetails", {
          output: JSON.stringify(ending.output),
          outputDetails: NOT_TRUNCATED,
        });
        return;
      case "FAILED":
        history.add("ExecutionFailed", previous, "executionFailedEventDetails", details);
        return;
      case "TIMED_OUT":
        history.add("ExecutionTimedOut", previous, "executionTimedOutEventDetails", details);
        return;
      case "ABORTED":
        history.add("ExecutionAborted", previous, "executionAbortedEventDetails", details);
        return;
    }
  }
}

/** Empty error or cause strings are left out, as AWS leaves out what was never given. */
const pick = (error: string | undefined, cause: string | undefined): { error?: string; cause?: string } => ({
  ...(error ? { error } : {}),
  ...(cause ? { cause } : {}),
});
