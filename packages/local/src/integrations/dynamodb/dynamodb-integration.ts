import * as DynamoDb from "@aws-sdk/client-dynamodb";
import type { Clock } from "../../clock/clock.js";
import { StatesErrors } from "../../errors/error-names.js";
import { StatesError } from "../../errors/states-error.js";
import type { TaskRequest } from "../../interpreter/task-invoker.js";
import { newUuid } from "../../util/ids.js";
import { isJsonObject, type JsonObject, type JsonValue, setField } from "../../util/json.js";
import { RequestGate } from "../../util/request-gate.js";
import { actionName } from "../resource-arn.js";
import type { DynamoDbEndpoint } from "./dynamodb-endpoint.js";
import { optimizedError, sdkError } from "./dynamodb-errors.js";

/** The optimized integration's four actions. https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html */
const OPTIMIZED = new Set(["getItem", "putItem", "updateItem", "deleteItem"]);

/** Sockets to the endpoint, and so requests in flight; more wait in the gate (see RequestGate for why). */
const MAX_SOCKETS = 50;

// Every command class has this shape; GetItemCommand stands for all of them.
type CommandClass = new (input: JsonObject) => DynamoDb.GetItemCommand;

/**
 * DynamoDB tasks, run for real with @aws-sdk/client-dynamodb against the engine's endpoint (embedded dynalite
 * unless configured). One client is shared by every execution of the engine.
 */
export function createDynamoDbIntegration(endpoint: DynamoDbEndpoint, region: string, clock: Clock) {
  let client: Promise<{ client: DynamoDb.DynamoDBClient; url: string }> | undefined;
  const gate = new RequestGate(MAX_SOCKETS);
  // Requests still on the wire when the engine closes (their execution was aborted): close() lets them land,
  // or the embedded server would be stopped under a write it is still making.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(request: Promise<T>): Promise<T> => {
    inFlight.add(request);
    const settle = () => inFlight.delete(request);
    request.then(settle, settle);
    return request;
  };
  const connect = () => {
    client ??= endpoint.url().then((url) => ({
      url,
      client: new DynamoDb.DynamoDBClient({
        endpoint: url,
        region,
        // Local endpoints accept any credentials; a configured real endpoint uses the default chain.
        ...(endpoint.configured === undefined || /\/\/(127\.|localhost|\[::1\])/.test(url)
          ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
          : {}),
        maxAttempts: 1,
        requestHandler: {
          connectionTimeout: 2_000,
          requestTimeout: 30_000,
          httpAgent: { keepAlive: true, maxSockets: MAX_SOCKETS },
        },
      }),
    }));
    return client;
  };

  const send = async (
    action: string,
    request: TaskRequest,
    mapError: (thrown: unknown, url: string) => StatesError,
  ) => {
    const Command = commandFor(action, request);
    if (!isJsonObject(request.payload)) {
      throw new StatesError(
        StatesErrors.Runtime,
        `State '${request.stateName}': DynamoDB parameters must be an object.`,
      );
    }
    const end = clock.beginActivity();
    let url = endpoint.configured ?? "embedded dynalite";
    try {
      const connection = await connect();
      url = connection.url;
      const command = new Command(request.payload);
      const output = (await gate.run(() => track(connection.client.send(command)))) as unknown as Record<
        string,
        unknown
      >;
      const { $metadata, ...fields } = output;
      return toJson(fields) as JsonObject;
    } catch (thrown) {
      if (thrown instanceof StatesError) throw thrown;
      throw mapError(thrown, url);
    } finally {
      end();
    }
  };

  return {
    /** `arn:aws:states:::dynamodb:<action>`: the API response plus the SDK's HTTP metadata. */
    async optimized(request: TaskRequest): Promise<JsonValue> {
      const action = actionName(request.description);
      if (!OPTIMIZED.has(action)) {
        throw new StatesError(
          StatesErrors.Runtime,
          `State '${request.stateName}': the optimized DynamoDB integration has getItem, putItem, updateItem and deleteItem; use arn:aws:states:::aws-sdk:dynamodb:${action} for ${action}.`,
        );
      }
      const fields = await send(action, request, optimizedError);
      const requestId = newUuid();
      return {
        ...fields,
        SdkHttpMetadata: {
          AllHttpHeaders: { "Content-Type": ["application/x-amz-json-1.0"], "x-amzn-RequestId": [requestId] },
          HttpHeaders: { "Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": requestId },
          HttpStatusCode: 200,
        },
        SdkResponseMetadata: { RequestId: requestId },
      };
    },

    /** `arn:aws:states:::aws-sdk:dynamodb:<action>`: the API response fields. */
    sdk: (request: TaskRequest): Promise<JsonValue> =>
      send(actionName(request.description), request, sdkError),

    close: async (): Promise<void> => {
      await Promise.allSettled(inFlight);
      const current = client;
      client = undefined;
      if (current) (await current.catch(() => undefined))?.client.destroy();
    },
  };
}

function commandFor(action: string, request: TaskRequest): CommandClass {
  const name = `${action.charAt(0).toUpperCase()}${action.slice(1)}Command`;
  const Command = (DynamoDb as unknown as Record<string, unknown>)[name];
  if (typeof Command !== "function") {
    throw new StatesError(
      StatesErrors.Runtime,
      `State '${request.stateName}': DynamoDB has no API action '${action}'.`,
    );
  }
  return Command as CommandClass;
}

/** SDK values that are not JSON: binary attributes become base64, dates ISO text. */
function toJson(value: unknown): JsonValue {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Set) return [...value].map(toJson);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === "object") {
    const object: JsonObject = {};
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) setField(object, key, toJson(item));
    return object;
  }
  return value as JsonValue;
}
