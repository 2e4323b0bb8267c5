import type { JsonValue } from "@statesmith/dsl";
import type { ExecutionResult, HistoryEvent } from "@statesmith/local";
import type { WireObject } from "../protocol/wire.js";
import type { Harness } from "./harness.js";

type Status = "SUCCEEDED" | "FAILED" | "RETRIABLE" | "CAUGHT_ERROR";
interface Failure {
  readonly error: string;
  readonly cause: string | undefined;
}

export interface OutcomeOptions {
  /** inspectionLevel DEBUG or TRACE: return inspectionData. */
  readonly inspect: boolean;
  readonly input: string;
  readonly variables: string | undefined;
  /** stateConfiguration.retrierRetryCount: retries already made, so that MaxAttempts can be used up. */
  readonly retryCount: number;
}

/**
 * TestState's answer read off the harness run. SUCCEEDED: the state ran (nextState where it goes). FAILED: the
 * error was not caught. RETRIABLE: a Retrier with attempts left matches the error (nothing is retried).
 * CAUGHT_ERROR: a Catcher took it (output as the Catcher's ResultPath made it, nextState the Catcher's Next).
 * https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
 */
export function testStateOutcome(
  harness: Harness,
  result: ExecutionResult,
  options: OutcomeOptions,
): WireObject {
  const { own, nextEvent } = splitHistory(harness, result.history);
  const exited = own.find(
    (event) => event.stateExitedEventDetails?.name === harness.testedName,
  )?.stateExitedEventDetails;
  const nextName = nextEvent?.stateEnteredEventDetails?.name;
  const failure: Failure | undefined =
    result.status === "SUCCEEDED"
      ? caughtError(harness, own, nextName)
      : { error: result.error ?? "States.Runtime", cause: result.cause };
  const retryIndex = failure && matchingIndex(harness.retry, failure.error);
  const status = statusOf(result, failure, retryAttemptsLeft(harness, retryIndex, options.retryCount));
  const closed = status === "RETRIABLE" || status === "FAILED";
  const taskResult = own
    .flatMap(detailsOf)
    .find((detail) => typeof detail.output === "string" && !("name" in detail));
  return {
    status,
    output: closed ? undefined : (exited?.output ?? JSON.stringify(result.output ?? null)),
    error: failure?.error,
    cause: failure?.cause,
    nextState: status === "RETRIABLE" || nextName === undefined ? undefined : harness.targets.get(nextName),
    inspectionData: options.inspect
      ? {
          input: options.input,
          result: taskResult?.output as string | undefined,
          variables: mergedVariables(options.variables, exited?.assignedVariables),
          errorDetails:
            status === "RETRIABLE"
              ? { retryIndex }
              : status === "CAUGHT_ERROR" && failure
                ? { catchIndex: matchingIndex(harness.catchers, failure.error) }
                : undefined,
        }
      : undefined,
  };
}

function statusOf(result: ExecutionResult, failure: Failure | undefined, retriable: boolean): Status {
  if (failure && retriable) return "RETRIABLE";
  if (result.status !== "SUCCEEDED") return "FAILED";
  return failure ? "CAUGHT_ERROR" : "SUCCEEDED";
}

function retryAttemptsLeft(harness: Harness, retryIndex: number | undefined, retriesMade: number): boolean {
  if (retryIndex === undefined || !Array.isArray(harness.retry)) return false;
  const retrier = harness.retry[retryIndex] as { MaxAttempts?: unknown } | undefined;
  const maxAttempts = typeof retrier?.MaxAttempts === "number" ? retrier.MaxAttempts : 3;
  return retriesMade < maxAttempts;
}

/**
 * The error a Catcher took, when the run went on to a Catcher's Next. When that state is also a normal
 * transition, an error among the state's events decides (one handled inside a Map or Parallel could mislead it).
 */
function caughtError(
  harness: Harness,
  own: readonly HistoryEvent[],
  nextName: string | undefined,
): Failure | undefined {
  if (nextName === undefined || !harness.catchTargets.has(nextName)) return undefined;
  const error = lastError(own);
  return (
    error ?? (harness.normalTargets.has(nextName) ? undefined : { error: "States.ALL", cause: undefined })
  );
}

/** The tested state's own events, and the event that enters the placeholder it chose (if any). */
function splitHistory(harness: Harness, events: readonly HistoryEvent[]) {
  const start = events.findIndex((event) => event.stateEnteredEventDetails?.name === harness.testedName);
  const next = events.findIndex(
    (event, index) => index > start && harness.targets.has(event.stateEnteredEventDetails?.name ?? ""),
  );
  return {
    own: events.slice(start, next === -1 ? undefined : next),
    nextEvent: next === -1 ? undefined : events[next],
  };
}

/**
 * Which Retrier or Catcher takes `error`: "States.ALL" any error but States.DataLimitExceeded,
 * "States.TaskFailed" any but States.Timeout; States.Runtime none.
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
function matchingIndex(handlers: JsonValue | undefined, error: string): number | undefined {
  if (!Array.isArray(handlers) || error === "States.Runtime") return undefined;
  const matches = (name: unknown) =>
    name === error ||
    (name === "States.ALL" && error !== "States.DataLimitExceeded") ||
    (name === "States.TaskFailed" && error !== "States.Timeout" && error !== "States.DataLimitExceeded");
  const index = handlers.findIndex((handler) => {
    const names = (handler as { ErrorEquals?: unknown } | null)?.ErrorEquals;
    return Array.isArray(names) && names.some(matches);
  });
  return index === -1 ? undefined : index;
}

const detailsOf = (event: HistoryEvent): Record<string, unknown>[] =>
  Object.entries(event)
    .filter(([key, value]) => key.endsWith("EventDetails") && typeof value === "object" && value !== null)
    .map(([, value]) => value as Record<string, unknown>);

/** The last error the tested state met, caught or not: the `{ error, cause }` of its events' details. */
function lastError(events: readonly HistoryEvent[]): Failure | undefined {
  let found: Failure | undefined;
  for (const detail of events.flatMap(detailsOf)) {
    if (typeof detail.error === "string") {
      found = { error: detail.error, cause: typeof detail.cause === "string" ? detail.cause : undefined };
    }
  }
  return found;
}

function mergedVariables(
  given: string | undefined,
  assigned: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (given === undefined && assigned === undefined) return undefined;
  const merged = (given === undefined ? {} : JSON.parse(given)) as Record<string, JsonValue>;
  for (const [name, text] of Object.entries(assigned ?? {})) merged[name] = JSON.parse(text) as JsonValue;
  return JSON.stringify(merged);
}
