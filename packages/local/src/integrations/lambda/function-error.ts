import { types } from "node:util";
import { StatesError } from "../../errors/states-error.js";
import type { LambdaErrorPayload } from "./lambda-handler.js";

const looksLikeError = (value: unknown): value is Error => {
  const candidate = value as Partial<Error> | null;
  return (
    typeof candidate?.name === "string" &&
    typeof candidate.message === "string" &&
    typeof candidate.stack === "string"
  );
};

/**
 * What the Node.js Lambda runtime reports for a thrown value: an Error's name, message and stack; anything
 * else as `typeof value` and its toString(); and "handled" when even that fails (undefined, null).
 * https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/blob/main/src/Errors.js
 */
export function toErrorPayload(thrown: unknown): LambdaErrorPayload {
  try {
    if (types.isNativeError(thrown) || looksLikeError(thrown)) {
      return { errorType: thrown.name, errorMessage: thrown.message, trace: userFrames(thrown.stack ?? "") };
    }
    return {
      errorType: typeof thrown,
      errorMessage: (thrown as { toString(): string }).toString(),
      trace: [],
    };
  } catch {
    return {
      errorType: "handled",
      errorMessage:
        "callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack",
    };
  }
}

/** The stack as Lambda shows it, without the engine's own frames below the handler. */
function userFrames(stack: string): string[] {
  const lines = stack.split("\n");
  const engine = lines.findIndex((line) => line.includes("invokeLocal"));
  return engine > 0 ? lines.slice(0, engine) : lines;
}

/**
 * A function error as Step Functions reports it: Error is the function's errorType (Lambda.Unknown when it
 * has none, like an out-of-memory crash), Cause is the function's error payload as JSON text.
 * https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
 */
export function functionError(payload: LambdaErrorPayload): StatesError {
  const error = payload.errorType ? payload.errorType : "Lambda.Unknown";
  return new StatesError(error, JSON.stringify(payload));
}
