import type { HistoryRecorder } from "../../history/history-recorder.js";
import { NOT_TRUNCATED } from "../../history/history-recorder.js";
import type { Frame } from "../../interpreter/execution-run.js";
import type { ResourceDescription } from "../../interpreter/task-invoker.js";
import type { JsonValue } from "../../util/json.js";
import type { TaskTimeouts } from "./task-timeouts.js";

/**
 * Records the events of one task attempt. A Lambda function ARN shows as LambdaFunction* events, every other
 * resource as Task* events with its resourceType and resource, as in GetExecutionHistory.
 */
export class TaskEvents {
  private readonly history: HistoryRecorder;
  private readonly names: { resourceType: string; resource: string };
  private readonly lambda: boolean;

  constructor(
    private readonly frame: Frame,
    private readonly description: ResourceDescription,
    private readonly region: string,
  ) {
    this.history = frame.run.history;
    this.lambda = description.kind === "lambda-function";
    this.names = { resourceType: description.resourceType, resource: description.resource };
  }

  private add(...args: Parameters<HistoryRecorder["add"]>): void {
    args[1] = this.frame.lastEventId;
    this.frame.lastEventId = this.history.add(...args);
  }

  scheduled(payload: JsonValue, timeouts: TaskTimeouts): void {
    const parameters = JSON.stringify(payload);
    const timeoutInSeconds = timeouts.timeoutSeconds;
    if (this.lambda) {
      this.add("LambdaFunctionScheduled", 0, "lambdaFunctionScheduledEventDetails", {
        resource: this.description.resource,
        input: parameters,
        inputDetails: NOT_TRUNCATED,
        ...(timeoutInSeconds !== undefined && { timeoutInSeconds }),
      });
      return;
    }
    this.add("TaskScheduled", 0, "taskScheduledEventDetails", {
      ...this.names,
      region: this.region,
      parameters,
      ...(timeoutInSeconds !== undefined && { timeoutInSeconds }),
      ...(timeouts.heartbeatSeconds !== undefined && { heartbeatInSeconds: timeouts.heartbeatSeconds }),
    });
  }

  started(): void {
    if (this.lambda) this.add("LambdaFunctionStarted", 0);
    else this.add("TaskStarted", 0, "taskStartedEventDetails", this.names);
  }

  submitted(output: JsonValue): void {
    this.add("TaskSubmitted", 0, "taskSubmittedEventDetails", {
      ...this.names,
      output: JSON.stringify(output),
      outputDetails: NOT_TRUNCATED,
    });
  }

  succeeded(output: string): void {
    if (this.lambda) {
      this.add("LambdaFunctionSucceeded", 0, "lambdaFunctionSucceededEventDetails", {
        output,
        outputDetails: NOT_TRUNCATED,
      });
    } else {
      this.add("TaskSucceeded", 0, "taskSucceededEventDetails", {
        ...this.names,
        output,
        outputDetails: NOT_TRUNCATED,
      });
    }
  }

  failed(error: string, cause: string): void {
    const details = { ...(error && { error }), ...(cause && { cause }) };
    if (this.lambda) this.add("LambdaFunctionFailed", 0, "lambdaFunctionFailedEventDetails", details);
    else this.add("TaskFailed", 0, "taskFailedEventDetails", { ...this.names, ...details });
  }

  timedOut(error: string, cause: string): void {
    const details = { error, ...(cause && { cause }) };
    if (this.lambda) this.add("LambdaFunctionTimedOut", 0, "lambdaFunctionTimedOutEventDetails", details);
    else this.add("TaskTimedOut", 0, "taskTimedOutEventDetails", { ...this.names, ...details });
  }
}
