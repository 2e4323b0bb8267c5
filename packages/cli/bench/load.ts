import { ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";
import { type RunningServer, sfnClientConfig } from "../src/serve/index.js";

export interface Timed<T> {
  readonly value: T;
  readonly ms: number;
}

/**
 * Runs `total` jobs on `concurrency` SDK clients (each its own client and sockets, like separate test workers),
 * each client taking the next job as soon as its last one is done. Returns each job's result and duration.
 */
export async function onClients<T>(
  server: RunningServer,
  total: number,
  concurrency: number,
  job: (client: SFNClient, index: number) => Promise<T>,
): Promise<{ readonly results: Timed<T>[]; readonly wallMs: number }> {
  const clients = Array.from(
    { length: concurrency },
    () => new SFNClient({ ...sfnClientConfig(server), maxAttempts: 1 }),
  );
  // A client's first call resolves its configuration and opens its socket: paid once per test file, not timed.
  await Promise.all(clients.map((client) => client.send(new ListStateMachinesCommand({}))));
  const results: Timed<T>[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let index = next++; index < total; index = next++) {
        const begun = performance.now();
        const value = await job(client, index);
        results[index] = { value, ms: performance.now() - begun };
      }
    }),
  );
  const wallMs = performance.now() - started;
  for (const client of clients) client.destroy();
  return { results, wallMs };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function latencies(results: readonly Timed<unknown>[]): { p50: number; p99: number } {
  const sorted = results.map((result) => result.ms).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}
