import type { Clock } from "../../clock/clock.js";
import { StatesError } from "../../errors/states-error.js";
import type { JsonValue } from "../../util/json.js";
import type { FunctionReference } from "./function-name.js";
import type { InvocationOutcome, LambdaErrorPayload } from "./lambda-handler.js";

/**
 * Calls a Lambda-compatible endpoint (SAM local, LocalStack, a Lambda runtime emulator) with the plain Invoke
 * API: POST /2015-03-31/functions/{name}/invocations. Transport failures and API errors are named the way
 * Step Functions names Lambda service errors (`Lambda.<Exception>`).
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
export async function invokeEndpoint(
  endpoint: string,
  reference: FunctionReference,
  event: JsonValue,
  clock: Clock,
): Promise<InvocationOutcome> {
  const query = reference.qualifier ? `?Qualifier=${encodeURIComponent(reference.qualifier)}` : "";
  const url = `${endpoint.replace(/\/+$/, "")}/2015-03-31/functions/${encodeURIComponent(reference.name)}/invocations${query}`;
  const end = clock.beginActivity();
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Amz-Invocation-Type": "RequestResponse" },
      body: JSON.stringify(event),
    });
    body = await response.text();
  } catch (error) {
    throw new StatesError(
      "Lambda.SdkClientException",
      `Unable to execute HTTP request to ${endpoint}: ${(error as Error).cause ?? (error as Error).message}`,
    );
  } finally {
    end();
  }
  const executedVersion = response.headers.get("x-amz-executed-version") ?? "$LATEST";
  if (!response.ok) {
    const errorType =
      response.headers.get("x-amzn-errortype")?.split(":")[0] ??
      parseJson(body)?.Type ??
      "AWSLambdaException";
    throw new StatesError(
      `Lambda.${String(errorType).replace(/^Lambda\./, "")}`,
      `${String(parseJson(body)?.message ?? body)} (Service: AWSLambda; Status Code: ${response.status})`,
    );
  }
  if (response.headers.get("x-amz-function-error")) {
    return {
      ok: false,
      error: (parseJson(body) ?? { errorMessage: body }) as LambdaErrorPayload,
      executedVersion,
    };
  }
  return { ok: true, payload: parsePayload(body), executedVersion };
}

function parsePayload(text: string): JsonValue {
  if (text === "") return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

function parseJson(text: string): Record<string, JsonValue> | undefined {
  try {
    return JSON.parse(text) as Record<string, JsonValue>;
  } catch {
    return undefined;
  }
}
