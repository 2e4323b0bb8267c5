import type { Clock } from "../clock/clock.js";
import type {
  HistoryEvent,
  HistoryEventDetailsKey,
  HistoryEventExecutionDataDetails,
  HistoryEventType,
} from "./history-event.js";

/** Payloads are never truncated locally; one shared frozen object keeps events small. */
export const NOT_TRUNCATED: HistoryEventExecutionDataDetails = Object.freeze({ truncated: false });

/**
 * Appends events as the execution goes. Ids start at 1; `previousEventId` is the event before it on the same
 * path (a Parallel branch or Map iteration has its own), as AWS links them.
 */
export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];

  constructor(private readonly clock: Clock) {}

  add<K extends HistoryEventDetailsKey>(
    type: HistoryEventType,
    previousEventId: number,
    detailsKey?: K,
    details?: HistoryEvent[K],
  ): number {
    const id = this.events.length + 1;
    const event: { -readonly [P in keyof HistoryEvent]: HistoryEvent[P] } = {
      id,
      previousEventId,
      timestamp: new Date(this.clock.now()),
      type,
    };
    if (detailsKey !== undefined) event[detailsKey] = details;
    this.events.push(event);
    return id;
  }
}
