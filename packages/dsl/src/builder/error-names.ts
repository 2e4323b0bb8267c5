import type { StatesErrorName } from "../asl/states-errors.js";

export { STATES_ERRORS, type StatesErrorName } from "../asl/states-errors.js";

/**
 * The names a Retry or Catch may list: the predefined ones plus those declared on the machine or raised by
 * the integration. An empty list does not compile; `States.ALL` alone and last is checked where written.
 */
export type ErrorList<E extends string> = readonly [E | StatesErrorName, ...(E | StatesErrorName)[]];

/** The error output a Catch passes on. */
export interface ErrorOutput {
  readonly Error: string;
  readonly Cause: string;
}
