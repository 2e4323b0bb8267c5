import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { compile, fillPlaceholders, type StateMachine } from "@statesmith/dsl";
import {
  createEngine,
  createVirtualClock,
  type Engine,
  type ExecutionResult,
  type JsonObject,
  type LoadedMachine,
  type VirtualClock,
} from "@statesmith/local";
import { circuitBreakerStateMachine, PLACEHOLDERS } from "../src/machine/standalone.js";
import { circuitItemKey, createCircuitTableInput, parseCircuitItem } from "../src/table/table-requests.js";
import { createSimulatedDependency, type SimulatedDependency } from "./simulated-dependency.js";

export const OPERATION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:circuit-operation";
export const TABLE = "circuits";

export interface LocalBreakerOptions {
  /** A machine built with the DSL (default: the standalone breaker), or ASL JSON text with placeholders. */
  readonly machine?: StateMachine | string;
  readonly startTime?: number;
  /** Another DynamoDB endpoint (e.g. one that is down); default the engine's embedded dynalite. */
  readonly dynamodbEndpoint?: string;
  /** Extra local handlers (e.g. a fallback preparer), by function name or ARN. */
  readonly handlers?: Readonly<Record<string, (event: never) => unknown>>;
}

/** The breaker on the local engine: virtual clock, embedded DynamoDB, a simulated operation. */
export interface LocalBreaker {
  readonly engine: Engine<VirtualClock>;
  readonly machine: LoadedMachine;
  readonly dependency: SimulatedDependency;
  readonly clock: VirtualClock;
  call(circuit: string, request?: JsonObject): Promise<ExecutionResult>;
  command(circuit: string, command: "FORCE_OPEN" | "FORCE_CLOSE"): Promise<ExecutionResult>;
  /** The circuit's state item, numbers parsed (undefined before its first write). */
  circuitItem(circuit: string): Promise<Record<string, string | number | boolean> | undefined>;
  close(): Promise<void>;
}

export async function createLocalBreaker(options: LocalBreakerOptions = {}): Promise<LocalBreaker> {
  const dependency = createSimulatedDependency();
  const clock = createVirtualClock({ startTime: options.startTime ?? Date.UTC(2026, 0, 1) });
  const engine = createEngine({
    clock,
    handlers: { [OPERATION_ARN]: dependency.handler, ...options.handlers } as never,
    ...(options.dynamodbEndpoint !== undefined && { dynamodb: { endpoint: options.dynamodbEndpoint } }),
    // A hanging operation must not hold virtual time still for long: its Task timeout has to fire.
    handlerStallMs: 20,
    onWarning: () => {},
  });
  const definition = fillPlaceholders(aslOf(options.machine ?? circuitBreakerStateMachine), {
    [PLACEHOLDERS.operation]: OPERATION_ARN,
    [PLACEHOLDERS.table]: TABLE,
  });
  const machine = engine.load(definition, { name: "circuit-breaker" });
  const client = new DynamoDBClient({
    endpoint: await engine.dynamodbEndpoint(),
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  if (options.dynamodbEndpoint === undefined) await createTable(client);
  return {
    engine,
    machine,
    dependency,
    clock,
    call: (circuit, request = {}) => engine.run(machine, { circuit, request }),
    command: (circuit, command) => engine.run(machine, { circuit, command }),
    circuitItem: async (circuit) => {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: TABLE, Key: circuitItemKey(circuit), ConsistentRead: true }),
      );
      return parseCircuitItem(Item);
    },
    close: async () => {
      client.destroy();
      await engine.close();
    },
  };
}

function aslOf(machine: StateMachine | string): string {
  if (typeof machine === "string") return machine;
  const result = compile(machine);
  if (!result.ok)
    throw new Error(`the breaker does not compile:\n${JSON.stringify(result.diagnostics, null, 2)}`);
  return result.json;
}

async function createTable(client: DynamoDBClient): Promise<void> {
  await client.send(new CreateTableCommand(createCircuitTableInput(TABLE)));
  // Like DynamoDB, the embedded server answers while the table is still CREATING.
  await waitUntilTableExists(
    { client, maxWaitTime: 10, minDelay: 0.01, maxDelay: 0.1 },
    { TableName: TABLE },
  );
}
