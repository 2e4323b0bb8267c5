/**
 * Bad builder input, thrown where it is written. The message names the state and field, says what is
 * wrong and how to fix it, in the same shape as a compile diagnostic: `State "Charge" (Retry[0].MaxAttempts):
 * must be an integer from 0 to 99999999, got -1. Fix: …`. The CLI prints `message` only, never the stack.
 */
export class BuilderError extends Error {
  override readonly name = "StatesmithBuilderError";
  constructor(
    readonly where: string,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${where}: ${problem}. Fix: ${hint}`);
  }
}

export function at(state: string, field: string): string {
  return `State "${state}" (${field})`;
}

export function isBuilderError(error: unknown): error is BuilderError {
  return error instanceof BuilderError;
}
