import { StatesErrors } from "./error-names.js";
import { StatesError } from "./states-error.js";

/** Where a failure happened, for the "(entered at the event id #N)" prefix AWS puts on interpreter errors. */
export interface StateWhere {
  readonly stateName: string;
  readonly enteredEventId: number;
}

const prefix = (where: StateWhere): string =>
  `An error occurred while executing the state '${where.stateName}' (entered at the event id #${where.enteredEventId}).`;

/** States.Runtime, worded like AWS: the execution fails and no Retry or Catch applies. */
export const runtimeError = (where: StateWhere, detail: string): StatesError =>
  new StatesError(StatesErrors.Runtime, `${prefix(where)} ${detail}`);

export const stateError = (where: StateWhere, error: string, detail: string): StatesError =>
  new StatesError(error, `${prefix(where)} ${detail}`);

/** A failure found while evaluating an expression, before we know which state entry it belongs to. */
export class EvaluationFailure extends Error {
  constructor(
    readonly error: string,
    readonly detail: string,
  ) {
    super(`${error}: ${detail}`);
    this.name = "EvaluationFailure";
  }
}

/**
 * A value its field cannot use (a string for TimeoutSeconds, a negative Wait…). Produced by a JSONata
 * expression it is States.QueryEvaluationError, which Catch can handle, as AWS documents for "type
 * incompatibility" and "value out of range"; read by a JSONPath path it is States.Runtime.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
export const unusableValue = (fromJsonata: boolean, detail: string): EvaluationFailure =>
  new EvaluationFailure(fromJsonata ? StatesErrors.QueryEvaluationError : StatesErrors.Runtime, detail);

/** Binds an evaluation failure to the state it happened in. Anything else passes through unchanged. */
export function inState(where: StateWhere, failure: unknown): unknown {
  if (failure instanceof EvaluationFailure) return stateError(where, failure.error, failure.detail);
  return failure;
}
