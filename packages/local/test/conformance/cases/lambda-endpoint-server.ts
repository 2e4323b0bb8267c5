import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A tiny Lambda Invoke API on loopback, for the LAMBDA_ENDPOINT cases. */
export async function withLambdaEndpoint(
  respond: (name: string, event: unknown, response: ServerResponse) => void,
  body: (url: string) => Promise<void>,
): Promise<void> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let text = "";
    request.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    request.on("end", () => {
      const name = decodeURIComponent(/\/functions\/([^/]+)\/invocations/.exec(request.url ?? "")?.[1] ?? "");
      respond(name, JSON.parse(text || "null"), response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
