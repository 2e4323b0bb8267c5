/** The command line itself is wrong: the message is shown with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Something the user can fix (a missing file, bad JSON, a module that throws): shown as one message without
 * a stack trace. Exit code 1 unless the command says otherwise (2 when the input could not be read at all).
 */
export class UserError extends Error {
  override readonly name = "UserError";

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });
