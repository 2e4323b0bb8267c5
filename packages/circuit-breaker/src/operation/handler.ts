import { DependencyError, type OperationRequest, type OperationResponse } from "./operation-types.js";

/**
 * The unreliable operation: a Lambda calling an external API. Configured by environment for demos:
 * UPSTREAM_URL (the API to call; without it the operation echoes), FAILURE_RATE (0 to 1, the share of calls
 * that fail), LATENCY_MS (added delay), TIMEOUT_MS (upstream timeout, default 3000). A request's `simulate`
 * field overrides them per call.
 */
export async function handler(event: OperationRequest): Promise<OperationResponse> {
  const { simulate, ...request } = event ?? {};
  const latencyMs = simulate?.latencyMs ?? Number(process.env.LATENCY_MS ?? 0);
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
  const failureRate = Number(process.env.FAILURE_RATE ?? 0);
  if (simulate?.fail ?? Math.random() < failureRate) {
    throw new DependencyError("the dependency failed (injected)", simulate?.error);
  }
  const upstream = process.env.UPSTREAM_URL ? await callUpstream(process.env.UPSTREAM_URL) : undefined;
  return {
    ok: true,
    servedAt: new Date().toISOString(),
    echo: request,
    ...(upstream !== undefined && { upstream }),
  };
}

async function callUpstream(url: string): Promise<{ status: number; body: string }> {
  const timeoutMs = Number(process.env.TIMEOUT_MS ?? 3000);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new DependencyError(`upstream ${url} unreachable: ${(error as Error).message}`);
  }
  if (response.status >= 500) throw new DependencyError(`upstream ${url} answered ${response.status}`);
  return { status: response.status, body: (await response.text()).slice(0, 4096) };
}
