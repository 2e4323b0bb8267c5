import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  CreateStateMachineCommand,
  type DescribeExecutionCommandOutput,
  SFNClient,
} from "@aws-sdk/client-sfn";
import { afterAll, beforeAll } from "vitest";
import { type RunningServer, type ServeOptions, sfnClientConfig, startServer } from "../../../src/index.js";
import { untilClosed } from "./until-closed.js";

export const ROLE = "arn:aws:iam::123456789012:role/StatesmithTest";
export const CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };

export interface Served {
  readonly server: RunningServer;
  readonly sfn: SFNClient;
  readonly dynamodb: DynamoDBClient;
  /** Creates a machine (a unique name per call unless given) and returns its ARN. */
  machine(
    definition: object,
    options?: { readonly type?: "STANDARD" | "EXPRESS"; readonly name?: string },
  ): Promise<string>;
  /** Polls DescribeExecution until the execution is closed. */
  closed(executionArn: string, timeoutMs?: number): Promise<DescribeExecutionCommandOutput>;
}

let counter = 0;

/**
 * One server per test file, on free ports, driven only through the AWS SDK clients (dummy region and
 * credentials, `endpoint: http://127.0.0.1:<port>`), so that nothing can reach AWS.
 */
export function useServer(options: ServeOptions = {}): Served {
  const served = {} as { -readonly [K in keyof Served]: Served[K] };
  beforeAll(async () => {
    const server = await startServer({ port: 0, dynamodbPort: 0, log: () => {}, ...options });
    served.server = server;
    served.sfn = new SFNClient({ ...sfnClientConfig(server), credentials: CREDENTIALS, maxAttempts: 1 });
    served.dynamodb = new DynamoDBClient({
      endpoint: server.dynamodbUrl,
      region: server.region,
      credentials: CREDENTIALS,
    });
  });
  afterAll(async () => {
    served.sfn?.destroy();
    served.dynamodb?.destroy();
    await served.server?.close();
  });
  served.machine = async (definition, { type = "STANDARD", name = `machine-${++counter}` } = {}) => {
    const created = await served.sfn.send(
      new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE, type }),
    );
    return created.stateMachineArn ?? "";
  };
  served.closed = (executionArn, timeoutMs) => untilClosed(served.sfn, executionArn, timeoutMs);
  return served;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail, it succeeded");
}
