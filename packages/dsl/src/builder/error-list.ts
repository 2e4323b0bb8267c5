import { at, BuilderError } from "./builder-error.js";

/** ErrorEquals: non-empty, no duplicates, `States.ALL` alone. */
export function checkErrorList(state: string, field: string, errors: readonly string[]): readonly string[] {
  if (!Array.isArray(errors) || errors.length === 0) {
    throw new BuilderError(
      at(state, field),
      "must list at least one error name",
      'List error names, e.g. ["States.TaskFailed"].',
    );
  }
  for (const name of errors) {
    if (typeof name !== "string" || name.length === 0) {
      throw new BuilderError(
        at(state, field),
        `${JSON.stringify(name)} is not an error name`,
        "Use non-empty strings.",
      );
    }
  }
  if (errors.includes("States.ALL") && errors.length > 1) {
    throw new BuilderError(
      at(state, field),
      "States.ALL must be the only name in its list",
      "Move the other names to an earlier retrier/catcher, and keep States.ALL alone in the last one.",
    );
  }
  if (new Set(errors).size !== errors.length) {
    throw new BuilderError(at(state, field), "lists an error name twice", "Remove the duplicate.");
  }
  return [...errors];
}

/** A Retry or Catch entry after a `States.ALL` one can never match. */
export function checkAfterAll(
  state: string,
  field: string,
  previous: readonly { errors: readonly string[] }[],
): void {
  if (previous.some((entry) => entry.errors.includes("States.ALL"))) {
    throw new BuilderError(
      at(state, field),
      "comes after a States.ALL entry, so it can never match",
      "Put the States.ALL entry last.",
    );
  }
}
