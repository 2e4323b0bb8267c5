/**
 * Errors from calling Step Functions, reworded for a person at a terminal: what is missing and how to fix
 * it, instead of the SDK's provider-chain internals.
 */
export class RemoteError extends Error {
  override readonly name = "RemoteError";
  constructor(
    message: string,
    /** The SDK's error name, e.g. `CredentialsProviderError`, `StateMachineDoesNotExist`. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const NO_CREDENTIALS_MESSAGE =
  "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (see `aws configure` and `aws sso login`), or run where a role provides them";

export async function callStepFunctions<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toRemoteError(what, error);
  }
}

function toRemoteError(what: string, error: unknown): RemoteError {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "CredentialsProviderError" || /Could not load credentials/i.test(message)) {
    return new RemoteError(NO_CREDENTIALS_MESSAGE, "CredentialsProviderError", { cause: error });
  }
  if (/Region is missing/i.test(message)) {
    return new RemoteError("no AWS region: set AWS_REGION or pass a region", "RegionMissing", {
      cause: error,
    });
  }
  return new RemoteError(`${what} failed: ${name}: ${message}`, name, { cause: error });
}
