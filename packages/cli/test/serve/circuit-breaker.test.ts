import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  InvalidDefinition,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StateMachineDoesNotExist,
  StateMachineTypeNotSupported,
} from "@aws-sdk/client-sfn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sfnClientConfig } from "../../src/index.js";
import {
  awayFromWindowEnd,
  breakerDefinition,
  circuitItem,
  createCircuitTable,
  historyInPages,
} from "./helpers/circuit-breaker.js";
import { CREDENTIALS, ROLE, rejection } from "./helpers/served.js";
import { type ServeProcess, spawnServe } from "./helpers/spawn-serve.js";
import { untilClosed } from "./helpers/until-closed.js";

/** The breaker's output, as the tests read it (a call's answer; a command's has command instead). */
interface Answer {
  readonly degraded: boolean;
  readonly circuit: string;
  readonly state: string;
  readonly reason?: string;
  readonly response: { readonly calls: number } | null;
}

const CIRCUIT = "payments";
const call = (order: number, fail = false) => ({
  circuit: CIRCUIT,
  request: { order, ...(fail && { simulate: { fail: true } }) },
});

// The real bin, as a user runs it. Waits at 0.2 × real time: the 30 s cooldown takes 6 s, long enough for the
// calls made while the circuit is open, short enough to see the timer end and the probe close the circuit.
let serve: ServeProcess;
let sfn: SFNClient;
let dynamodb: DynamoDBClient;
beforeAll(async () => {
  serve = await spawnServe([
    "--port",
    "0",
    "--handlers",
    "test/fixtures/serve/circuit-operation.ts",
    "--wait-scale",
    "0.2",
  ]);
  sfn = new SFNClient({
    ...sfnClientConfig({ url: serve.url, region: "us-east-1" }),
    credentials: CREDENTIALS,
    maxAttempts: 1,
  });
  dynamodb = new DynamoDBClient({
    endpoint: serve.dynamodbUrl,
    region: "us-east-1",
    credentials: CREDENTIALS,
  });
});
afterAll(async () => {
  sfn?.destroy();
  dynamodb?.destroy();
  await serve?.stop();
});

const createMachine = async (name: string, type: "STANDARD" | "EXPRESS", definition = breakerDefinition()) =>
  (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE, type })))
    .stateMachineArn ?? "";

/** A call through StartSyncExecution: the breaker's answer is in the response ("200 OK … even if your execution fails"). */
async function syncCall(stateMachineArn: string, input: object): Promise<Answer> {
  const done = await sfn.send(
    new StartSyncExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }),
  );
  expect(done.status).toBe("SUCCEEDED");
  return JSON.parse(done.output ?? "null") as Answer;
}

/** StartExecution, then DescribeExecution until it is no longer RUNNING. */
async function startedCall(stateMachineArn: string, input: object) {
  const { executionArn = "" } = await sfn.send(
    new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }),
  );
  const done = await untilClosed(sfn, executionArn);
  expect(done.status).toBe("SUCCEEDED");
  return { executionArn, answer: JSON.parse(done.output ?? "null") as Answer };
}

const entered = (events: readonly HistoryEvent[]) =>
  events.flatMap((event) =>
    event.type?.endsWith("StateEntered") ? [event.stateEnteredEventDetails?.name] : [],
  );
const lambdaTasks = (events: readonly HistoryEvent[]) =>
  events.filter((event) => event.taskScheduledEventDetails?.resourceType === "lambda");

describe("statesmith serve: the circuit breaker from its committed ASL, through the AWS SDK only", () => {
  it("GIVEN the committed breaker and its table WHEN calls succeed, then fail THEN it trips, fails fast, cools down, probes, and obeys FORCE_OPEN / FORCE_CLOSE", async () => {
    // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
    await createCircuitTable(dynamodb);
    // One table, two machines: STANDARD for StartExecution + DescribeExecution, an EXPRESS copy for
    // StartSyncExecution: "StartSyncExecution is not available for STANDARD workflows" (StateMachineTypeNotSupported).
    // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html
    const standard = await createMachine("circuit-breaker", "STANDARD");
    const express = await createMachine("circuit-breaker-express", "EXPRESS");
    expect(await rejection(syncCall(standard, call(0)))).toBeInstanceOf(StateMachineTypeNotSupported);

    // The breaker counts calls in windows of one clock minute: the trip below must not straddle two.
    await awayFromWindowEnd(6_000);
    const healthy: Answer[] = [];
    for (const order of [1, 2, 3]) healthy.push(await syncCall(express, call(order)));
    expect(healthy.map((answer) => [answer.degraded, answer.state, answer.response?.calls])).toStrictEqual([
      [false, "CLOSED", 1],
      [false, "CLOSED", 2],
      [false, "CLOSED", 3],
    ]);
    // The first call's response is cached (refreshed at most once a minute): what the fallback answers with.
    const cached = healthy[0]?.response;

    // 6 failures of 9 calls: under the 10-call minimum, so the circuit stays closed; each call degrades.
    for (let order = 4; order <= 9; order++) {
      expect(await syncCall(express, call(order, true))).toMatchObject({
        degraded: true,
        state: "CLOSED",
        reason: "OPERATION_FAILED",
        source: "cache",
        response: cached,
        error: { Error: "DependencyFailure" },
      });
    }
    // 7 failures of 10 calls ≥ 50%: this call trips the circuit, and starts the breaker's own cooldown timer.
    // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
    // https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html
    const trip = await startedCall(standard, call(10, true));
    expect(trip.answer).toMatchObject({ degraded: true, state: "OPEN", reason: "OPERATION_FAILED" });
    const failFast = await startedCall(standard, call(11));
    expect(failFast.answer).toStrictEqual({
      degraded: true,
      circuit: CIRCUIT,
      state: "OPEN",
      reason: "CIRCUIT_OPEN",
      source: "cache",
      response: cached,
      error: null,
    });
    // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
    const open = await circuitItem(dynamodb, CIRCUIT);
    expect(open).toMatchObject({ circuitState: "OPEN", trips: 1, calls: 11, failures: 7, epoch: 0 });

    // The open circuit answered without invoking the operation: its history has no Lambda task at all.
    const failFastHistory = await historyInPages(sfn, failFast.executionArn, 3);
    expect(lambdaTasks(failFastHistory.events)).toStrictEqual([]);
    expect(entered(failFastHistory.events)).toStrictEqual([
      "Count call",
      "Route by circuit state",
      "Fallback",
    ]);

    // https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html
    const unpaged = await sfn.send(new GetExecutionHistoryCommand({ executionArn: trip.executionArn }));
    const paged = await historyInPages(sfn, trip.executionArn, 3);
    const ids = Array.from({ length: paged.events.length }, (_, index) => index + 1);
    expect(unpaged.nextToken).toBeUndefined();
    expect(paged.events).toStrictEqual(unpaged.events);
    expect(paged.events.map((event) => event.id)).toStrictEqual(ids);
    expect(paged.pages).toBe(Math.ceil(ids.length / 3));
    expect(entered(paged.events)).toStrictEqual([
      "Count call",
      "Route by circuit state",
      "Call operation",
      "Record failure",
      "Trip?",
      "Open circuit",
      "Start cooldown timer",
      "Fallback",
    ]);
    expect(lambdaTasks(paged.events)).toHaveLength(1);

    // The states:startExecution task's output names the timer: a STANDARD execution the server knows.
    // https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
    const started = paged.events.find(
      (event) => event.taskSucceededEventDetails?.resource === "startExecution",
    );
    const timerArn = (
      JSON.parse(started?.taskSucceededEventDetails?.output ?? "{}") as { ExecutionArn: string }
    ).ExecutionArn;
    const timer = await untilClosed(sfn, timerArn, 15_000);
    expect(JSON.parse(timer.input ?? "")).toStrictEqual({
      circuit: CIRCUIT,
      command: "COOLDOWN",
      openUntil: open?.openUntil,
    });
    expect(JSON.parse(timer.output ?? "")).toStrictEqual({
      circuit: CIRCUIT,
      command: "COOLDOWN",
      state: "HALF_OPEN",
    });
    // Its Wait held the 30 s cooldown at 0.2 × real time.
    expect(timer.stopDate!.getTime() - timer.startDate!.getTime()).toBeGreaterThanOrEqual(5_500);
    expect(await circuitItem(dynamodb, CIRCUIT)).toMatchObject({ circuitState: "HALF_OPEN" });

    // The probe reaches the operation, whose count shows that the fail-fast call never did (3 + 7 + 1).
    const probe = await syncCall(express, call(12));
    expect(probe).toMatchObject({ degraded: false, state: "CLOSED", response: { calls: 11 } });
    expect(await circuitItem(dynamodb, CIRCUIT)).toMatchObject({
      circuitState: "CLOSED",
      calls: 0,
      failures: 0,
      epoch: 1,
      trips: 1,
    });

    const forceOpen = await startedCall(standard, { circuit: CIRCUIT, command: "FORCE_OPEN" });
    expect(forceOpen.answer).toStrictEqual({ circuit: CIRCUIT, command: "FORCE_OPEN", state: "OPEN" });
    expect(await syncCall(express, call(13))).toMatchObject({ degraded: true, reason: "FORCED_OPEN" });
    const forceClose = await startedCall(standard, { circuit: CIRCUIT, command: "FORCE_CLOSE" });
    expect(forceClose.answer).toStrictEqual({ circuit: CIRCUIT, command: "FORCE_CLOSE", state: "CLOSED" });
    const closedItem = await circuitItem(dynamodb, CIRCUIT);
    expect(closedItem).toMatchObject({ circuitState: "CLOSED", epoch: 2 });
    expect(closedItem).not.toHaveProperty("forced");
    // The forced-open call did not reach the operation either: this is its 12th call.
    expect(await syncCall(express, call(14))).toMatchObject({
      degraded: false,
      state: "CLOSED",
      response: { calls: 12, echo: { order: 14 } },
    });
  });

  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
  it("GIVEN a broken copy of the breaker (Route's Default names no state) THEN CreateStateMachine is InvalidDefinition naming it", async () => {
    const broken = JSON.parse(breakerDefinition()) as { States: Record<string, { Default?: string }> };
    const route = broken.States["Route by circuit state"];
    if (route) route.Default = "Fallback later";
    const error = await rejection(createMachine("broken-breaker", "STANDARD", JSON.stringify(broken)));
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect(error.message).toMatch(/State "Route by circuit state" \(Default\): .*Fallback later/);
  });

  it("GIVEN unknown ARNs THEN StartExecution is StateMachineDoesNotExist, DescribeExecution and GetExecutionHistory ExecutionDoesNotExist", async () => {
    const stateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:no-such-breaker";
    const executionArn = "arn:aws:states:us-east-1:123456789012:execution:circuit-breaker:no-such-call";
    expect(await rejection(sfn.send(new StartExecutionCommand({ stateMachineArn })))).toBeInstanceOf(
      StateMachineDoesNotExist,
    );
    expect(await rejection(sfn.send(new DescribeExecutionCommand({ executionArn })))).toBeInstanceOf(
      ExecutionDoesNotExist,
    );
    expect(await rejection(sfn.send(new GetExecutionHistoryCommand({ executionArn })))).toBeInstanceOf(
      ExecutionDoesNotExist,
    );
  });
});
