import type { Clock } from "../../clock/clock.js";
import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import type { TaskRequest } from "../../interpreter/task-invoker.js";
import { newUuid } from "../../util/ids.js";
import { isJsonObject, type JsonValue } from "../../util/json.js";
import { functionError } from "./function-error.js";
import { type FunctionReference, handlerKeys, resolveFunction } from "./function-name.js";
import { invokeEndpoint } from "./invoke-endpoint.js";
import { invokeLocal } from "./invoke-local.js";
import type { InvocationOutcome, LambdaHandler } from "./lambda-handler.js";

export interface LambdaSettings {
  readonly handlers: Readonly<Record<string, LambdaHandler>>;
  readonly endpoint: string | undefined;
  readonly clock: Clock;
  readonly region: string;
  readonly accountId: string;
  readonly handlerStallMs: number;
}

/**
 * Lambda tasks: a function ARN as Resource (the result is the function's output), or
 * `arn:aws:states:::lambda:invoke` with FunctionName and Payload (the result is Lambda's Invoke response).
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
export function createLambdaIntegration(settings: LambdaSettings) {
  const invoke = async (
    reference: FunctionReference,
    event: JsonValue,
    timeoutSeconds?: number,
  ): Promise<InvocationOutcome> => {
    const key = handlerKeys(reference).find((candidate) => Object.hasOwn(settings.handlers, candidate));
    if (key) return invokeLocal(settings.handlers[key]!, reference, event, settings, timeoutSeconds);
    if (settings.endpoint) return invokeEndpoint(settings.endpoint, reference, event, settings.clock);
    const known = Object.keys(settings.handlers);
    throw new StatesError(
      "Lambda.ResourceNotFoundException",
      `Function not found: ${reference.arn}${reference.qualifier ? `:${reference.qualifier}` : ""}. No local handler is registered for it ` +
        `(tried ${handlerKeys(reference)
          .map((candidate) => `"${candidate}"`)
          .join(", ")}${known.length ? `; registered: ${known.join(", ")}` : ""}) ` +
        "and no Lambda endpoint is configured. Register one with createEngine({ handlers: { " +
        `"${reference.name}": async (event) => … } }) or set LAMBDA_ENDPOINT.`,
    );
  };

  const reference = (name: string, qualifier?: string): FunctionReference => {
    const resolved = resolveFunction(name, qualifier, settings.region, settings.accountId);
    if (!resolved)
      throw new StatesError(
        "Lambda.InvalidParameterValueException",
        `Invalid function name: ${JSON.stringify(name)}`,
      );
    return resolved;
  };

  return {
    /** Resource is the function ARN: the function's output is the task result. */
    async function(request: TaskRequest): Promise<JsonValue> {
      const outcome = await invoke(reference(request.resource), request.payload, request.timeoutSeconds);
      if (!outcome.ok) throw functionError(outcome.error);
      return outcome.payload;
    },

    /** `lambda:invoke`: the task result is the Invoke response envelope, with the output in Payload. */
    async invoke(request: TaskRequest): Promise<JsonValue> {
      const parameters = request.payload;
      if (!isJsonObject(parameters) || typeof parameters.FunctionName !== "string") {
        throw new StatesError(
          StatesErrors.Runtime,
          `State '${request.stateName}': lambda:invoke needs Parameters (or Arguments) with a FunctionName string.`,
        );
      }
      const qualifier = typeof parameters.Qualifier === "string" ? parameters.Qualifier : undefined;
      const target = reference(parameters.FunctionName, qualifier);
      const event = parameters.Payload === undefined ? {} : parameters.Payload;
      if (parameters.InvocationType === "Event") {
        void invoke(target, event, request.timeoutSeconds).catch(() => {});
        return envelope("", "$LATEST", 202, undefined);
      }
      const outcome = await invoke(target, event, request.timeoutSeconds);
      if (!outcome.ok) throw functionError(outcome.error);
      return envelope(outcome.payload, outcome.executedVersion, 200, undefined);
    },
  };
}

/** Lambda's Invoke response as Step Functions returns it from lambda:invoke. */
function envelope(
  payload: JsonValue,
  executedVersion: string,
  statusCode: number,
  functionErrorType: string | undefined,
): JsonValue {
  const requestId = newUuid();
  const text = JSON.stringify(payload);
  const headers: Record<string, string> = {
    Connection: "keep-alive",
    "Content-Length": String(Buffer.byteLength(text ?? "")),
    "Content-Type": "application/json",
    Date: new Date().toUTCString(),
    "X-Amz-Executed-Version": executedVersion,
    "x-amzn-Remapped-Content-Length": "0",
    "x-amzn-RequestId": requestId,
    ...(functionErrorType && { "X-Amz-Function-Error": functionErrorType }),
  };
  return {
    ExecutedVersion: executedVersion,
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, [value]])),
      HttpHeaders: headers,
      HttpStatusCode: statusCode,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: statusCode,
  };
}
