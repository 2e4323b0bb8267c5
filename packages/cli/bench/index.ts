/**
 * @statesmith/cli benchmark: `statesmith serve` under load, on loopback, driven by the real AWS SDK.
 * 1,000 executions from 50 concurrent SFNClients, twice: StartSyncExecution (EXPRESS), and StartExecution +
 * DescribeExecution polling (STANDARD). Every execution is then accounted for: none lost, none duplicated.
 * Run from the repository root: pnpm exec tsx packages/cli/bench/index.ts
 */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from "@aws-sdk/client-sfn";
import { type RunningServer, sfnClientConfig, startServer } from "../src/serve/index.js";
import { latencies, onClients } from "./load.js";

const EXECUTIONS = 1_000;
const CLIENTS = 50;
/** Untimed executions first, so that the figures are the JIT-compiled steady state a test suite runs in. */
const WARM_UP = 200;
const POLL_MS = 10;
const ROLE = "arn:aws:iam::123456789012:role/Bench";

// Goals for a 2-core laptop, clients and server sharing one event loop: the server must never be the slow part
// of a test suite. Speed goals are reported, not enforced (a busy machine misses them); the accounting is.
const GOALS = { perSecond: 400, syncP99Ms: 250, pollP99Ms: 300 };

/** Validate → call a local handler → shape the result: the typical three states of a test machine. */
const machine = {
  StartAt: "Check",
  States: {
    Check: { Type: "Pass", Parameters: { "id.$": "$.id", "at.$": "$$.Execution.StartTime" }, Next: "Work" },
    Work: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "work", "Payload.$": "$" },
      ResultSelector: { "done.$": "$.Payload.done" },
      Next: "Shape",
    },
    Shape: { Type: "Pass", Parameters: { "result.$": "$.done" }, End: true },
  },
};

const format = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits });
const verdict = (met: boolean) => (met ? "[goal met]" : "[GOAL MISSED]");

function report(label: string, wallMs: number, p50: number, p99: number, p99Goal: number): void {
  const perSecond = EXECUTIONS / (wallMs / 1000);
  const met = perSecond >= GOALS.perSecond && p99 <= p99Goal;
  console.log(
    `${label.padEnd(48)} ${format(perSecond).padStart(6)} executions/s   p50 ${format(p50, 1).padStart(5)} ms   p99 ${format(p99, 1).padStart(6)} ms` +
      `   goal: ≥ ${GOALS.perSecond}/s, p99 ≤ ${p99Goal} ms ${verdict(met)}`,
  );
}

function account(label: string, expected: readonly string[], seen: readonly string[]): boolean {
  const expectedSet = new Set(expected);
  const counts = new Map<string, number>();
  for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  const lost = expected.filter((key) => !counts.has(key)).length;
  const duplicated = [...counts.values()].filter((count) => count > 1).length;
  const strangers = [...counts.keys()].filter((key) => !expectedSet.has(key)).length;
  const ok = lost === 0 && duplicated === 0 && strangers === 0 && seen.length === expected.length;
  console.log(
    `${label.padEnd(48)} ${seen.length} of ${expected.length} SUCCEEDED with their own output: ${lost} lost, ${duplicated} duplicated, ${strangers} unexpected   goal: 0 / 0 / 0 ${verdict(ok)}`,
  );
  return ok;
}

async function create(sfn: SFNClient, name: string, type: "STANDARD" | "EXPRESS"): Promise<string> {
  const created = await sfn.send(
    new CreateStateMachineCommand({ name, definition: JSON.stringify(machine), roleArn: ROLE, type }),
  );
  return created.stateMachineArn ?? "";
}

/** Resolves to whether every execution was accounted for (the speed verdicts are printed only). */
async function syncPhase(server: RunningServer, sfn: SFNClient): Promise<boolean> {
  const stateMachineArn = await create(sfn, "bench-express", "EXPRESS");
  await onClients(server, WARM_UP, CLIENTS, (client, id) =>
    client.send(
      new StartSyncExecutionCommand({ stateMachineArn, name: `warm-${id}`, input: JSON.stringify({ id }) }),
    ),
  );
  const { results, wallMs } = await onClients(server, EXECUTIONS, CLIENTS, (client, id) =>
    client.send(
      new StartSyncExecutionCommand({ stateMachineArn, name: `sync-${id}`, input: JSON.stringify({ id }) }),
    ),
  );
  const { p50, p99 } = latencies(results);
  report("StartSyncExecution (EXPRESS), per call", wallMs, p50, p99, GOALS.syncP99Ms);
  const seen = results
    .filter(
      ({ value }) => value.status === "SUCCEEDED" && value.output === `{"result":${value.name?.slice(5)}}`,
    )
    .map(({ value }) => `${value.name} ${value.executionArn}`);
  const arns = new Set(results.map(({ value }) => value.executionArn));
  const expected = results.map(({ value }) => `${value.name} ${value.executionArn}`);
  const complete =
    arns.size === EXECUTIONS && new Set(results.map(({ value }) => value.name)).size === EXECUTIONS;
  return account("  accounted (responses, distinct ARNs)", expected, seen) && complete;
}

async function pollPhase(server: RunningServer, sfn: SFNClient): Promise<boolean> {
  const stateMachineArn = await create(sfn, "bench-standard", "STANDARD");
  const until = async (client: SFNClient, executionArn: string): Promise<DescribeExecutionCommandOutput> => {
    for (;;) {
      const described = await client.send(new DescribeExecutionCommand({ executionArn }));
      if (described.status !== "RUNNING") return described;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  const startAndPoll = (machineArn: string) => async (client: SFNClient, id: number) => {
    const { executionArn = "" } = await client.send(
      new StartExecutionCommand({
        stateMachineArn: machineArn,
        name: `job-${id}`,
        input: JSON.stringify({ id }),
      }),
    );
    return until(client, executionArn);
  };
  // Its own machine, so that the ListExecutions count below is the timed executions only.
  await onClients(server, WARM_UP, CLIENTS, startAndPoll(await create(sfn, "bench-warm-up", "STANDARD")));
  const { results, wallMs } = await onClients(server, EXECUTIONS, CLIENTS, startAndPoll(stateMachineArn));
  const { p50, p99 } = latencies(results);
  report(`StartExecution + DescribeExecution (${POLL_MS} ms poll)`, wallMs, p50, p99, GOALS.pollP99Ms);
  const listed: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000, nextToken }));
    for (const execution of page.executions ?? [])
      if (execution.status === "SUCCEEDED") listed.push(execution.name ?? "");
    nextToken = page.nextToken;
  } while (nextToken);
  const described = results
    .filter(
      ({ value }) => value.status === "SUCCEEDED" && value.output === `{"result":${value.name?.slice(4)}}`,
    )
    .map(({ value }) => value.name ?? "");
  const expected = Array.from({ length: EXECUTIONS }, (_, id) => `job-${id}`);
  const byDescribe = account("  accounted by DescribeExecution", expected, described);
  return account("  accounted by ListExecutions", expected, listed) && byDescribe;
}

async function main(): Promise<void> {
  console.log(
    `@statesmith/cli benchmark: statesmith serve on loopback, ${format(EXECUTIONS)} executions from ${CLIENTS} concurrent SDK clients in the same process,\n` +
      `after ${WARM_UP} untimed warm-up executions per phase (Node ${process.version}); latency = one client's wait for its execution's result\n`,
  );
  const server = await startServer({
    port: 0,
    dynamodbPort: 0,
    handlers: { work: (event) => ({ done: (event as { id: number }).id }) },
  });
  const sfn = new SFNClient(sfnClientConfig(server));
  try {
    const sync = await syncPhase(server, sfn);
    const poll = await pollPhase(server, sfn);
    // A lost or duplicated execution is a bug, not noise: it fails `pnpm bench`.
    if (!sync || !poll) process.exitCode = 1;
  } finally {
    sfn.destroy();
    await server.close();
  }
}

await main();
