/// <reference path="./dynalite.d.ts" />
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";

export interface DynamoDbOptions {
  /** Any DynamoDB endpoint (DynamoDB Local, real DynamoDB); else DYNAMODB_ENDPOINT; else embedded dynalite. */
  readonly endpoint?: string;
  /** Embedded server only: keep the data in this folder (LevelDB) instead of memory. */
  readonly dataDir?: string;
  readonly region?: string;
  /** Embedded server only: the loopback port to listen on (default 0: any free port). */
  readonly port?: number;
}

/**
 * The DynamoDB endpoint of one engine: the configured one, or an embedded dynalite server started on first
 * use on a free loopback port and stopped by `close()`. A new table is ACTIVE one timer tick after CreateTable
 * answers (createTableMs 0), not DynamoDB's seconds; like DynamoDB it is CREATING until then, so callers wait
 * for it (the SDK's `waitUntilTableExists`) as they would against AWS.
 */
export class DynamoDbEndpoint {
  private server: Server | undefined;
  private starting: Promise<string> | undefined;

  constructor(private readonly options: DynamoDbOptions) {}

  get configured(): string | undefined {
    return this.options.endpoint ?? process.env.DYNAMODB_ENDPOINT ?? undefined;
  }

  url(): Promise<string> {
    const configured = this.configured;
    if (configured) return Promise.resolve(configured);
    this.starting ??= this.startEmbedded();
    return this.starting;
  }

  private async startEmbedded(): Promise<string> {
    const server = dynalite({
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
      ...(this.options.dataDir !== undefined && { path: this.options.dataDir }),
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port ?? 0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.starting = undefined;
    if (!server) return;
    server.closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
