import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { formatDiagnostic } from "@statesmith/dsl";
import { createEngine, type EngineOptions, loadMockConfig, type MockConfigFile } from "@statesmith/local";
import { recordChildExecution } from "./child-executions.js";
import type { ServerContext } from "./context.js";
import { createRequestListener } from "./protocol/http-handler.js";
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_MAX_CLOSED_EXECUTIONS,
  DEFAULT_PORT,
  DEFAULT_REGION,
  type RunningServer,
  type ServeOptions,
} from "./serve-options.js";
import { ExecutionStore } from "./store/execution-store.js";
import { MachineStore } from "./store/machine-store.js";

/**
 * Starts `statesmith serve`: the Step Functions JSON 1.0 endpoint over one real-clock engine, with the
 * engine's DynamoDB endpoint beside it (started first, so that tests can create tables before any execution).
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const port = options.port ?? DEFAULT_PORT;
  const region = options.region ?? DEFAULT_REGION;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Read once, so that a bad file fails the start and every execution sees the same mocks.
  const mockConfig: MockConfigFile | undefined =
    options.mockConfig === undefined ? undefined : loadMockConfig(options.mockConfig);
  const shared: EngineOptions = {
    clock: "real",
    region,
    accountId,
    ...(options.handlers && { handlers: options.handlers }),
    ...(options.lambdaEndpoint && { lambdaEndpoint: options.lambdaEndpoint }),
    onWarning: (diagnostic) => log(`warning: ${formatDiagnostic(diagnostic)}`),
  };
  const engine = createEngine({
    ...shared,
    waitScale: options.waitScale ?? 1,
    ...(mockConfig && { mockConfig }),
    // Runs only once an execution is under way, after `context` below exists.
    onChildExecution: (child) => recordChildExecution(context, child),
    dynamodb: {
      ...(options.dynamodbEndpoint && { endpoint: options.dynamodbEndpoint }),
      port: options.dynamodbPort ?? (port === 0 ? 0 : port + 1),
    },
  });
  let dynamodbUrl: string;
  try {
    dynamodbUrl = await engine.dynamodbEndpoint();
  } catch (error) {
    await engine.close();
    throw new Error(`cannot start the embedded DynamoDB: ${describeListenError(error)}`);
  }
  const context: ServerContext = {
    scope: { region, accountId },
    engine,
    machines: new MachineStore(),
    executions: new ExecutionStore(options.maxClosedExecutions ?? DEFAULT_MAX_CLOSED_EXECUTIONS),
    mockConfig,
    expressLimitSeconds: options.expressLimitSeconds ?? 300,
    isolatedEngine: (testMocks) =>
      createEngine({
        ...shared,
        waitScale: 0,
        onWarning: () => {},
        dynamodb: { endpoint: dynamodbUrl },
        ...(testMocks && { mockConfig: testMocks }),
      }),
    log,
    trace: options.trace ?? (() => {}),
  };
  const server = createServer(createRequestListener(context));
  // Longer than the SDK's idle sockets live, so that the client, not the server, closes a kept-alive socket.
  server.keepAliveTimeout = 65_000;
  server.on("clientError", (_error, socket) =>
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"),
  );
  try {
    await listen(server, port, options.host ?? "127.0.0.1");
  } catch (error) {
    await engine.close();
    throw new Error(`cannot listen for Step Functions requests: ${describeListenError(error)}`);
  }
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    dynamodbPort: Number(new URL(dynamodbUrl).port),
    url: `http://${options.host ?? "127.0.0.1"}:${actualPort}`,
    dynamodbUrl,
    region,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await engine.close();
      await closed;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function describeListenError(error: unknown): string {
  const { code, port } = error as { code?: string; port?: number };
  if (code === "EADDRINUSE")
    return `port ${port ?? "?"} is already in use (choose another with --port / --dynamodb-port)`;
  if (code === "EACCES") return `no permission to listen on port ${port ?? "?"}`;
  return error instanceof Error ? error.message : String(error);
}
