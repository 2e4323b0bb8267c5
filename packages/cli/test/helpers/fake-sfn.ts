import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export interface ReceivedRequest {
  readonly target: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: { definition?: string };
}

export type Answer = (request: ReceivedRequest) => object;

/**
 * A tiny Step Functions endpoint on 127.0.0.1 speaking AWS's JSON 1.0 protocol (POST, `X-Amz-Target`,
 * `application/x-amz-json-1.0`), enough for ValidateStateMachineDefinition. Never AWS.
 */
export function fakeStepFunctions(answer: Answer): {
  readonly url: () => string;
  readonly received: ReceivedRequest[];
} {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    let text = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    request.on("end", () => {
      const target = request.headers["x-amz-target"];
      const entry = {
        target: Array.isArray(target) ? target[0] : target,
        headers: request.headers,
        body: JSON.parse(text || "{}"),
      };
      received.push(entry);
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      response.end(JSON.stringify(answer(entry)));
    });
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}
