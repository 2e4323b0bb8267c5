import { NOT_TRUNCATED } from "../history/history-recorder.js";
import { type ScopePlan, STATE_EVENTS, type StepOutcome } from "../plan/state-runner.js";
import { type JsonValue, setField, utf8Length } from "../util/json.js";
import { isPromise, type MaybePromise } from "../util/maybe-promise.js";
import { Cancelled } from "./cancellation.js";
import type { Frame } from "./execution-run.js";
import { yieldTurn } from "./sleep.js";
import { StateEntry } from "./state-entry.js";
import {
  dataLimitExceeded,
  historyLimitReached,
  PAYLOAD_LIMIT_BYTES,
  toStatesError,
} from "./to-states-error.js";

/** Synchronous states run back to back; after this many the execution yields so others get a turn. */
const SYNC_STATES_PER_TURN = 2_000;

/**
 * Runs one scope from its StartAt to a terminal state and returns its output. Synchronous states never await;
 * failures propagate as StatesError (or Cancelled when the scope is being stopped).
 */
export async function runScope(scope: ScopePlan, input: JsonValue, frame: Frame): Promise<JsonValue> {
  const run = frame.run;
  const history = run.history;
  const clock = run.services.clock;
  let runner = scope.states.get(scope.startAt)!;
  let value = input;
  let valueText = JSON.stringify(input);
  let budget = SYNC_STATES_PER_TURN;
  const historyLimit = run.services.historyLimit;
  for (;;) {
    frame.cancellation.throwIfCancelled();
    if (historyLimit > 0 && history.events.length >= historyLimit) throw historyLimitReached(historyLimit);
    run.transitions++;
    const events = STATE_EVENTS[runner.type];
    frame.lastEventId = history.add(events.entered, frame.lastEventId, "stateEnteredEventDetails", {
      name: runner.name,
      input: valueText,
      inputDetails: NOT_TRUNCATED,
    });
    const entry = new StateEntry(frame, runner.name, runner.type, value, frame.lastEventId, clock.now());
    let outcome: MaybePromise<StepOutcome>;
    try {
      outcome = runner.run(entry, value);
      if (isPromise(outcome)) {
        outcome = await outcome;
        budget = SYNC_STATES_PER_TURN;
      } else if (--budget === 0) {
        budget = SYNC_STATES_PER_TURN;
        await yieldTurn(clock);
      }
    } catch (thrown) {
      if (thrown instanceof Cancelled) {
        if (events.aborted) frame.lastEventId = history.add(events.aborted, frame.lastEventId);
        throw thrown;
      }
      throw toStatesError(thrown, entry);
    }
    const outputText = JSON.stringify(outcome.output);
    if (outputText.length > PAYLOAD_LIMIT_BYTES / 4 && utf8Length(outputText) > PAYLOAD_LIMIT_BYTES) {
      throw dataLimitExceeded(runner.name);
    }
    if (events.exited) {
      frame.lastEventId = history.add(events.exited, frame.lastEventId, "stateExitedEventDetails", {
        name: runner.name,
        output: outputText,
        outputDetails: NOT_TRUNCATED,
        ...(outcome.assigned && { assignedVariables: assignedText(outcome.assigned) }),
      });
    }
    if (outcome.next === undefined) return outcome.output;
    runner = scope.states.get(outcome.next)!;
    value = outcome.output;
    valueText = outputText;
  }
}

const assignedText = (assigned: Readonly<Record<string, JsonValue>>): Record<string, string> => {
  const texts: Record<string, string> = {};
  for (const key of Object.keys(assigned)) setField(texts, key, JSON.stringify(assigned[key]));
  return texts;
};
