import type { ExecutionResult } from "../engine/engine-types.js";
import type { HistoryEvent } from "../history/history-event.js";

const MAX_VALUE = 160;

const short = (text: string | undefined): string => {
  if (text === undefined) return "";
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
};

/** The one line of detail worth showing for an event. */
function detail(event: HistoryEvent): string {
  const entered = event.stateEnteredEventDetails;
  if (entered) return `${entered.name}  in: ${short(entered.input)}`;
  const exited = event.stateExitedEventDetails;
  if (exited) {
    const assigned = exited.assignedVariables
      ? `  assigned: ${short(JSON.stringify(exited.assignedVariables))}`
      : "";
    return `${exited.name}  out: ${short(exited.output)}${assigned}`;
  }
  const failure =
    event.taskFailedEventDetails ??
    event.lambdaFunctionFailedEventDetails ??
    event.taskTimedOutEventDetails ??
    event.lambdaFunctionTimedOutEventDetails ??
    event.executionFailedEventDetails ??
    event.executionTimedOutEventDetails ??
    event.executionAbortedEventDetails;
  if (failure) return `${failure.error ?? ""}${failure.cause ? `: ${short(failure.cause)}` : ""}`;
  const scheduled = event.taskScheduledEventDetails;
  if (scheduled)
    return `${scheduled.resourceType}:${scheduled.resource}  params: ${short(scheduled.parameters)}`;
  const lambda = event.lambdaFunctionScheduledEventDetails;
  if (lambda) return `${lambda.resource}  in: ${short(lambda.input)}`;
  const output =
    event.taskSucceededEventDetails?.output ??
    event.lambdaFunctionSucceededEventDetails?.output ??
    event.executionSucceededEventDetails?.output;
  if (output !== undefined) return `out: ${short(output)}`;
  const iteration =
    event.mapIterationStartedEventDetails ??
    event.mapIterationSucceededEventDetails ??
    event.mapIterationFailedEventDetails ??
    event.mapIterationAbortedEventDetails;
  if (iteration) return `${iteration.name}[${iteration.index}]`;
  if (event.mapStateStartedEventDetails) return `${event.mapStateStartedEventDetails.length} items`;
  if (event.executionStartedEventDetails) return `in: ${short(event.executionStartedEventDetails.input)}`;
  return "";
}

/**
 * A readable trace of an execution for `statesmith run`: one line per history event with the time since the
 * start, then the outcome. Long values are cut at 160 characters.
 */
export function formatTrace(result: ExecutionResult): string {
  const start = result.startDate.getTime();
  const width = Math.max(...result.history.map((event) => event.type.length), 10);
  const lines = result.history.map((event) => {
    const offset = `+${event.timestamp.getTime() - start}ms`.padStart(10);
    return `${String(event.id).padStart(4)} ${offset}  ${event.type.padEnd(width)}  ${detail(event)}`.trimEnd();
  });
  const elapsed = result.stopDate.getTime() - start;
  lines.push("");
  lines.push(
    `${result.status} after ${result.transitions} state transition${result.transitions === 1 ? "" : "s"} (${elapsed} ms)`,
  );
  if (result.status === "SUCCEEDED") lines.push(`output: ${JSON.stringify(result.output)}`);
  else {
    if (result.error) lines.push(`error: ${result.error}`);
    if (result.cause) lines.push(`cause: ${result.cause}`);
  }
  return lines.join("\n");
}
