import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** One call as the fake saw it: the operation from X-Amz-Target and the JSON body. */
export interface RecordedCall {
  readonly operation: string;
  readonly body: Record<string, unknown>;
  readonly contentType: string | undefined;
}

type Handler = (body: Record<string, unknown>) => { status?: number; body: unknown };

/**
 * A tiny Step Functions JSON-1.0 endpoint (`X-Amz-Target: AWSStepFunctions.<Operation>`,
 * `Content-Type: application/x-amz-json-1.0`): enough for the SDK client, so no test reaches AWS.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/CommonParameters.html
 */
export async function startFakeStepFunctions(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const server = createServer(async (request, response) => {
    const operation = String(request.headers["x-amz-target"] ?? "").replace(/^AWSStepFunctions\./, "");
    const body = JSON.parse((await readBody(request)) || "{}") as Record<string, unknown>;
    calls.push({ operation, body, contentType: request.headers["content-type"] });
    const handler = handlers[operation];
    const answer = handler
      ? handler(body)
      : { status: 400, body: { __type: "UnknownOperationException", message: `fake: no ${operation}` } };
    response.writeHead(answer.status ?? 200, { "content-type": "application/x-amz-json-1.0" });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Static keys for the fake: the SDK signs requests, the fake ignores signatures. */
export const FAKE_CREDENTIALS = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret" };
