import type { HistoryEvent } from "@statesmith/local";
import { epochSeconds, type WireObject, type WireValue } from "../protocol/wire.js";
import { decodeToken, page, pageSize } from "../store/page-token.js";
import type { ActionFamily } from "./action.js";
import { requireExecution } from "./lookups.js";

/** "includeExecutionData: You can select whether execution data (input or output of a history event) is returned." */
const EXECUTION_DATA = new Set(["input", "inputDetails", "output", "outputDetails"]);

function wireEvent(event: HistoryEvent, includeExecutionData: boolean): WireObject {
  const wire: Record<string, WireValue | undefined> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === "timestamp") wire.timestamp = epochSeconds(event.timestamp);
    else if (includeExecutionData || typeof value !== "object" || value === null)
      wire[key] = value as WireValue;
    else
      wire[key] = Object.fromEntries(
        Object.entries(value as WireObject).filter(([name]) => !EXECUTION_DATA.has(name)),
      );
  }
  return wire;
}

/**
 * GetExecutionHistory: the live history of a STANDARD execution, oldest first (or newest first with
 * `reverseOrder`), in pages of `maxResults` (default 100, at most 1,000). The token remembers the last event id,
 * so paging through a running execution neither repeats nor skips events.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html
 */
export const historyActions: ActionFamily<"GetExecutionHistory"> = {
  GetExecutionHistory(request, context) {
    const record = requireExecution(context, request.string("executionArn", { min: 1, max: 256 }));
    const reverse = request.optionalBoolean("reverseOrder") ?? false;
    const includeExecutionData = request.optionalBoolean("includeExecutionData") ?? true;
    const listing = `GetExecutionHistory ${record.arn} ${reverse ? "reverse" : "forward"}`;
    const history = record.result?.history ?? record.execution.history();
    const ordered = reverse ? [...history].reverse() : history;
    const { items, nextToken } = page(ordered, (event) => event.id, {
      after: decodeToken(request.optionalString("nextToken", { min: 1, max: 3096 }), listing),
      size: pageSize(request.optionalInteger("maxResults", { max: 1000 })),
      listing,
      descending: reverse,
    });
    return { events: items.map((event) => wireEvent(event, includeExecutionData)), nextToken };
  },
};
