/**
 * A user error found while building the stack (bad definition, missing substitution, unsupported
 * integration). Its message names the state and the fix; `bin/app.ts` prints only the message, not a stack trace.
 */
export class StatesmithDeployError extends Error {
  override readonly name = "StatesmithDeployError";
}
