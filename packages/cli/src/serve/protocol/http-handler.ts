import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACTIONS, isActionName } from "../actions/index.js";
import type { ServerContext } from "../context.js";
import { engineToAwsError } from "../engine-errors.js";
import { AwsError } from "./aws-error.js";
import { readBody } from "./read-body.js";
import { RequestFields } from "./request-fields.js";
import type { WireObject } from "./wire.js";

const TARGET_PREFIX = "AWSStepFunctions.";
const BODY_LIMIT = 8 * 1024 * 1024;
const CONTENT_TYPE = "application/x-amz-json-1.0";

/**
 * The Step Functions JSON 1.0 protocol: `POST /` with `X-Amz-Target: AWSStepFunctions.<Action>` and a JSON
 * body. Answered whatever the Host, so that the SDK's `sync-` host prefix (StartSyncExecution, TestState) is
 * served too. Every failure becomes `{ "__type", "message" }`: nothing a client sends can crash the server.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html
 */
export function createRequestListener(context: ServerContext) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    const target = headerValue(request.headers["x-amz-target"]);
    handle(request, target, context)
      .then((body) => send(response, 200, body))
      .catch((error: unknown) => {
        const failure = toAwsError(error, context, target);
        send(response, failure.status, { __type: failure.type, message: failure.message });
      })
      .finally(() => {
        const took = (performance.now() - started).toFixed(1);
        context.trace(
          `${target?.slice(TARGET_PREFIX.length) ?? request.method} ${response.statusCode} ${took} ms`,
        );
      });
  };
}

async function handle(
  request: IncomingMessage,
  target: string | undefined,
  context: ServerContext,
): Promise<WireObject> {
  if (request.method !== "POST") {
    request.resume();
    throw unknownOperation(`${request.method} ${request.url}: send POST / with an X-Amz-Target header`);
  }
  const text = await readBody(request, BODY_LIMIT);
  if (target === undefined || !target.startsWith(TARGET_PREFIX)) {
    throw unknownOperation(
      `X-Amz-Target must be AWSStepFunctions.<Action>, got ${JSON.stringify(target ?? null)}`,
    );
  }
  const name = target.slice(TARGET_PREFIX.length);
  if (!isActionName(name)) {
    throw unknownOperation(
      `statesmith serve does not implement ${name} (it serves: ${Object.keys(ACTIONS).join(", ")})`,
    );
  }
  return ACTIONS[name](new RequestFields(parseBody(text)), context);
}

function parseBody(text: string): Readonly<Record<string, unknown>> {
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new AwsError(
      "SerializationException",
      `The request body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AwsError("SerializationException", "The request body must be a JSON object.");
  }
  return body as Readonly<Record<string, unknown>>;
}

const unknownOperation = (message: string) => new AwsError("UnknownOperationException", message);

/** Our bugs answer 500 InternalFailure (the SDK retries those) and are logged with their stack. */
function toAwsError(error: unknown, context: ServerContext, target: string | undefined): AwsError {
  const mapped = engineToAwsError(error);
  if (mapped) return mapped;
  context.log(
    `internal error in ${target ?? "a request"}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return new AwsError(
    "InternalFailure",
    `Internal error in statesmith serve: ${error instanceof Error ? error.message : String(error)}`,
    500,
  );
}

function send(response: ServerResponse, status: number, body: WireObject): void {
  // A client that hung up (or a server closing) leaves nothing to answer.
  if (response.destroyed || response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": CONTENT_TYPE,
    "Content-Length": Buffer.byteLength(text),
    "x-amzn-RequestId": randomUUID(),
    ...(status === 413 && { Connection: "close" }),
  });
  response.end(text);
}

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
