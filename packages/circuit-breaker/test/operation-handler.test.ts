import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handler } from "../src/operation/handler.js";

// The deployed operation: failure injection by environment or per request, and a real upstream call.
let server: Server | undefined;
const env = { ...process.env };
beforeEach(() => {
  for (const name of ["UPSTREAM_URL", "FAILURE_RATE", "LATENCY_MS", "TIMEOUT_MS"]) delete process.env[name];
});
afterEach(async () => {
  process.env = { ...env };
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function upstream(status: number, body: string): Promise<string> {
  server = createServer((_, response) => response.writeHead(status).end(body));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

describe("the operation's handler", () => {
  it("GIVEN no upstream THEN it echoes the request without the simulate field", async () => {
    const answer = await handler({ order: 1, simulate: {} });
    expect(answer).toMatchObject({ ok: true, echo: { order: 1 } });
  });

  it("GIVEN simulate.fail THEN it throws DependencyFailure, or the error name asked for", async () => {
    await expect(handler({ simulate: { fail: true } })).rejects.toMatchObject({ name: "DependencyFailure" });
    await expect(
      handler({ simulate: { fail: true, error: "Lambda.TooManyRequestsException" } }),
    ).rejects.toMatchObject({ name: "Lambda.TooManyRequestsException" });
  });

  it("GIVEN FAILURE_RATE=1 THEN every call fails; 0 never", async () => {
    process.env.FAILURE_RATE = "1";
    await expect(handler({})).rejects.toMatchObject({ name: "DependencyFailure" });
    process.env.FAILURE_RATE = "0";
    await expect(handler({})).resolves.toMatchObject({ ok: true });
  });

  it("GIVEN simulate.latencyMs THEN the answer comes no sooner", async () => {
    const started = Date.now();
    await handler({ simulate: { latencyMs: 50 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("GIVEN an upstream that answers 200 THEN its body is returned; 503 THEN DependencyFailure", async () => {
    process.env.UPSTREAM_URL = await upstream(200, "price: 42");
    expect(await handler({})).toMatchObject({ upstream: { status: 200, body: "price: 42" } });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    process.env.UPSTREAM_URL = await upstream(503, "busy");
    await expect(handler({})).rejects.toThrow(/answered 503/);
  });

  it("GIVEN an upstream nobody listens on THEN DependencyFailure says it is unreachable", async () => {
    const url = await upstream(200, "");
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    process.env.UPSTREAM_URL = url;
    await expect(handler({})).rejects.toThrow(/unreachable/);
  });
});
