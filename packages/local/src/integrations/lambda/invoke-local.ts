import type { Clock } from "../../clock/clock.js";
import { newUuid } from "../../util/ids.js";
import type { JsonValue } from "../../util/json.js";
import { toErrorPayload } from "./function-error.js";
import type { FunctionReference } from "./function-name.js";
import type { InvocationOutcome, LambdaContext, LambdaHandler } from "./lambda-handler.js";

/**
 * Calls a local handler the way Lambda would: it gets its own copy of the event (JSON in, JSON out, so it
 * cannot change the execution's data), a context object, and whatever it throws becomes a function error.
 * The call holds the clock's activity open, so virtual time stands still while the handler works.
 */
export async function invokeLocal(
  handler: LambdaHandler,
  reference: FunctionReference,
  event: JsonValue,
  settings: { readonly clock: Clock; readonly handlerStallMs: number },
  timeoutSeconds: number | undefined,
): Promise<InvocationOutcome> {
  const clock = settings.clock;
  const executedVersion =
    reference.qualifier && /^\d+$/.test(reference.qualifier) ? reference.qualifier : "$LATEST";
  const startedAt = clock.now();
  const context: LambdaContext = {
    functionName: reference.name,
    functionVersion: executedVersion,
    invokedFunctionArn: reference.qualifier ? `${reference.arn}:${reference.qualifier}` : reference.arn,
    awsRequestId: newUuid(),
    memoryLimitInMB: "128",
    logGroupName: `/aws/lambda/${reference.name}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, (timeoutSeconds ?? 900) * 1000 - (clock.now() - startedAt)),
  };
  const end = clock.beginActivity();
  // A handler that never settles must not stop time for ever: after a while its promise no longer counts.
  const stall = setTimeout(end, settings.handlerStallMs);
  stall.unref();
  try {
    const returned = await handler(JSON.parse(JSON.stringify(event)) as JsonValue, context);
    return { ok: true, payload: toPayload(returned), executedVersion };
  } catch (thrown) {
    return { ok: false, error: toErrorPayload(thrown), executedVersion };
  } finally {
    clearTimeout(stall);
    end();
  }
}

/** The runtime serializes the return value with JSON.stringify; `undefined` arrives as null. */
function toPayload(returned: unknown): JsonValue {
  if (returned === undefined) return null;
  try {
    const text = JSON.stringify(returned);
    return text === undefined ? null : (JSON.parse(text) as JsonValue);
  } catch (error) {
    throw Object.assign(new Error(`Unable to stringify response body: ${(error as Error).message}`), {
      name: "Runtime.MarshalError",
    });
  }
}
