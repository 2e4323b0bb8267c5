import type { JsonValue } from "@statesmith/dsl";
import type { ExecutionResult, HistoryEvent } from "@statesmith/local";

/** `statesmith run --json`: every key always present; what the execution did not produce is null. */
export interface RunJson {
  readonly status: ExecutionResult["status"];
  /** The output as a JSON value (not the JSON text AWS's DescribeExecution returns). */
  readonly output: JsonValue;
  readonly error: string | null;
  readonly cause: string | null;
  readonly transitions: number;
  /** GetExecutionHistory's events; timestamps become ISO 8601 text. */
  readonly history: readonly HistoryEvent[];
}

export function runJson(result: ExecutionResult): RunJson {
  return {
    status: result.status,
    output: result.output === undefined ? null : (result.output as JsonValue),
    error: result.error ?? null,
    cause: result.cause ?? null,
    transitions: result.transitions,
    history: result.history,
  };
}
