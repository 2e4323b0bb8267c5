/**
 * @statesmith/local benchmark: state transitions per second and memory released.
 * Run from the repository root: pnpm exec tsx packages/local/bench/index.ts
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { createEngine, type Engine, type JsonValue, type LoadedMachine } from "../src/index.js";
import { counterMachine, jsonataLoop, jsonPathLoop, mapOfItems } from "./machines.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const rate = (transitions: number, ms: number): number => Math.round(transitions / (ms / 1000));
const format = (value: number): string => value.toLocaleString("en-US");
const report = (label: string, measured: string, goal: string, met: boolean | undefined): void => {
  const verdict = met === undefined ? "" : met ? "  [goal met]" : "  [GOAL MISSED]";
  console.log(`${label.padEnd(58)} ${measured.padStart(16)}   goal: ${goal}${verdict}`);
};

/** Runs executions of `machine` back to back for about `budgetMs` and returns transitions per second. */
async function throughput(
  engine: Engine,
  machine: LoadedMachine,
  input: JsonValue,
  budgetMs: number,
): Promise<number> {
  await engine.run(machine, input); // warm-up: JIT, jsonata compile caches
  let transitions = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    const result = await engine.run(machine, input);
    if (result.status !== "SUCCEEDED")
      throw new Error(`benchmark execution ${result.status}: ${result.error} ${result.cause}`);
    transitions += result.transitions;
  }
  return rate(transitions, performance.now() - started);
}

async function concurrentCounter(engine: Engine, client: DynamoDBClient, table: string, count: number) {
  const machine = engine.load(counterMachine(table), { name: "Counter" });
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: count }, (_, id) => engine.run(machine, { id })));
  const ms = performance.now() - started;
  const item = await client.send(
    new GetItemCommand({ TableName: table, Key: { pk: { S: "counter" } }, ConsistentRead: true }),
  );
  return {
    ms,
    transitions: results.reduce((sum, result) => sum + result.transitions, 0),
    succeeded: results.filter((result) => result.status === "SUCCEEDED").length,
    counter: Number(item.Item?.hits?.N ?? 0),
  };
}

async function main(): Promise<void> {
  console.log(`@statesmith/local benchmark (virtual clock, Node ${process.version})\n`);
  const engine = createEngine();

  const a = await throughput(engine, engine.load(jsonPathLoop(2_500), { name: "JsonPathLoop" }), {}, 3_000);
  report(
    "(a) JSONPath Pass/Choice loop with States.MathAdd",
    `${format(a)} tr/s`,
    ">= 200,000 tr/s",
    a >= 200_000,
  );

  const b = await throughput(engine, engine.load(jsonataLoop(2_500), { name: "JsonataLoop" }), {}, 3_000);
  report("(b) JSONata Pass/Choice loop with Assign", `${format(b)} tr/s`, ">= 50,000 tr/s", b >= 50_000);

  const items = Array.from({ length: 1_000 }, (_, value) => ({ value }));
  const c = await throughput(engine, engine.load(mapOfItems(), { name: "MapOfItems" }), { items }, 3_000);
  report("(c) Map of 1,000 items", `${format(c)} tr/s`, "(no goal set)", undefined);

  const endpoint = await engine.dynamodbEndpoint();
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  const table = "bench-counter";
  await client.send(
    new CreateTableCommand({
      TableName: table,
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  await waitUntilTableExists(
    { client, maxWaitTime: 10, minDelay: 0.01, maxDelay: 0.1 },
    { TableName: table },
  );
  const heaps: number[] = [];
  const rounds = 6;
  let roundsOk = 0;
  for (let round = 0; round < rounds; round++) {
    // One table, reset each round, so the embedded server's own storage does not grow between rounds.
    await client.send(
      new PutItemCommand({ TableName: table, Item: { pk: { S: "counter" }, hits: { N: "0" } } }),
    );
    const d = await concurrentCounter(engine, client, table, 1_000);
    if (round === 0) {
      report(
        "(d) 1,000 concurrent executions, one UpdateItem each",
        `${format(rate(d.transitions, d.ms))} tr/s`,
        "(no goal set)",
        undefined,
      );
      report("    executions succeeded", `${d.succeeded}/1000`, "1000/1000", d.succeeded === 1_000);
      report("    item counter after the run", `${d.counter}`, "exactly 1000", d.counter === 1_000);
      report("    wall time", `${Math.round(d.ms)} ms`, "(no goal set)", undefined);
    }
    if (d.counter !== 1_000 || d.succeeded !== 1_000) {
      if (round > 0)
        report(
          `    round ${round + 1}: counter / succeeded`,
          `${d.counter} / ${d.succeeded}`,
          "1000 / 1000",
          false,
        );
      // A lost execution or update is a bug, not noise: it fails `pnpm bench`.
      process.exitCode = 1;
    } else roundsOk++;
    // Loop executions too, so every kind of run is in the memory figure.
    await engine.run(engine.load(jsonPathLoop(2_500), { name: "JsonPathLoop" }), {});
    gc();
    heaps.push(process.memoryUsage().heapUsed);
  }
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const growth = heaps[rounds - 1]! - heaps[1]!;
  console.log(`    heap after each round (after GC): ${heaps.map(mb).join(", ")}`);
  report(
    `    heap growth from round 2 to round ${rounds}`,
    mb(growth),
    "< 2 MB (memory released)",
    growth < 2 * 1_048_576,
  );
  if (growth >= 2 * 1_048_576) process.exitCode = 1;
  report(
    "    rounds with 1000/1000 succeeded and counter exactly 1000",
    `${roundsOk}/${rounds}`,
    `${rounds}/${rounds}`,
    roundsOk === rounds,
  );
  console.log("");

  client.destroy();
  await engine.close();
}

await main();
