/**
 * A failure inside an execution, named as Step Functions names it (`States.Runtime`, `Lambda.ServiceException`,
 * a user's own `CustomError`). Retriers and catchers match on `error`; `cause` is the human-readable detail.
 */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
    this.name = "StatesError";
  }
}

export const isStatesError = (value: unknown): value is StatesError => value instanceof StatesError;
