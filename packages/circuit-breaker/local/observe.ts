import type { ExecutionResult } from "@statesmith/local";

/** Names of the states an execution entered, in order. */
export function statesEntered(result: ExecutionResult): string[] {
  return result.history.flatMap((event) =>
    event.type.endsWith("StateEntered") && event.stateEnteredEventDetails
      ? [event.stateEnteredEventDetails.name]
      : [],
  );
}

/** Requests an execution made to one kind of Task resource ("dynamodb", "lambda", "states"), retries included. */
export function requestsTo(result: ExecutionResult, resourceType: string): number {
  return result.history.filter(
    (event) =>
      event.type === "TaskScheduled" && event.taskScheduledEventDetails?.resourceType === resourceType,
  ).length;
}
