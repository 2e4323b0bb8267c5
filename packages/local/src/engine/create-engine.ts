import { type Diagnostic, formatDiagnostic } from "@statesmith/dsl";
import type { Clock, RealClock, VirtualClock } from "../clock/clock.js";
import { createRealClock } from "../clock/real-clock.js";
import { createVirtualClock } from "../clock/virtual-clock.js";
import { StartExecutionError } from "../errors/engine-errors.js";
import { StatesError } from "../errors/states-error.js";
import { DynamoDbEndpoint } from "../integrations/dynamodb/dynamodb-endpoint.js";
import { loadMockConfig, MockConfigError, type MockConfigFile } from "../integrations/mock/mock-config.js";
import { createMockSession } from "../integrations/mock/mock-session.js";
import { describeResource } from "../integrations/resource-arn.js";
import type { EngineServices } from "../interpreter/execution-run.js";
import { PAYLOAD_LIMIT_BYTES } from "../interpreter/to-states-error.js";
import { newUuid } from "../util/ids.js";
import { type JsonValue, utf8Length } from "../util/json.js";
import { InvalidJsonError, toJsonValue } from "../util/json-input.js";
import type {
  Engine,
  EngineOptions,
  Execution,
  ExecutionResult,
  LoadedMachine,
  LoadOptions,
  StartOptions,
} from "./engine-types.js";
import { ExecutionImpl } from "./execution-impl.js";
import { buildIntegrations } from "./integrations.js";
import { loadMachine, MachinePlan } from "./load-machine.js";
import { TaskTokens } from "./task-tokens.js";

const resolveClock = (options: EngineOptions): Clock => {
  if (options.clock === "real") return createRealClock();
  if (options.clock === undefined || options.clock === "virtual") {
    return createVirtualClock(options.startTime === undefined ? {} : { startTime: options.startTime });
  }
  return options.clock;
};

/**
 * Creates a local Step Functions engine. Nothing starts until it is needed: the embedded DynamoDB server on
 * the first DynamoDB task (or `dynamodbEndpoint()`), timers on the first Wait.
 */
export function createEngine(options?: EngineOptions & { readonly clock?: "virtual" }): Engine<VirtualClock>;
export function createEngine(options: EngineOptions & { readonly clock: "real" }): Engine<RealClock>;
export function createEngine<C extends Clock>(options: EngineOptions & { readonly clock: C }): Engine<C>;
export function createEngine(options?: EngineOptions): Engine;
export function createEngine(options: EngineOptions = {}): Engine {
  const clock = resolveClock(options);
  const region = options.region ?? options.dynamodb?.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  const tokens = new TaskTokens();
  const endpoint = new DynamoDbEndpoint({ ...options.dynamodb, region: options.dynamodb?.region ?? region });
  const mockConfig: MockConfigFile | undefined =
    options.mockConfig === undefined ? undefined : loadMockConfig(options.mockConfig);
  const onWarning =
    options.onWarning ??
    ((diagnostic: Diagnostic) => process.stderr.write(`warning: ${formatDiagnostic(diagnostic)}\n`));
  const machines = new Map<string, MachinePlan>();
  const loaded = new WeakSet<MachinePlan>();
  const running = new Set<ExecutionImpl>();
  let closed = false;

  const integrations = buildIntegrations({
    handlers: options.handlers ?? {},
    lambdaEndpoint: options.lambdaEndpoint ?? process.env.LAMBDA_ENDPOINT,
    handlerStallMs: options.handlerStallMs ?? 10_000,
    clock,
    region,
    accountId,
    endpoint,
    children: {
      start(stateMachine, input, name) {
        const machine = machines.get(stateMachine) ?? machines.get(stateMachine.split(":").pop() ?? "");
        if (!machine) {
          throw new StatesError(
            "StepFunctions.StateMachineDoesNotExistException",
            `State Machine Does Not Exist: '${stateMachine}'. Load it in the same engine first: engine.load(definition, { name }).`,
          );
        }
        const child = start(machine, input, name === undefined ? {} : { name });
        options.onChildExecution?.({ execution: child, machine, input });
        return {
          executionArn: child.executionArn,
          stateMachineArn: machine.stateMachineArn,
          name: child.name,
          startDate: child.startDate,
          result: child.result,
        };
      },
    },
  });
  const services: EngineServices = {
    clock,
    waitScale: options.waitScale ?? 1,
    region,
    accountId,
    tasks: integrations.invoker,
    tokens,
    historyLimit: options.historyLimit ?? 25_000,
  };
  const environment = { now: () => clock.now(), describeResource };

  const load = (definition: unknown, loadOptions: LoadOptions = {}): LoadedMachine => {
    const machine = loadMachine(definition, {
      name: loadOptions.name,
      substitutions: { ...options.substitutions, ...loadOptions.substitutions },
      arnPrefix: `arn:aws:states:${region}:${accountId}:stateMachine:`,
      environment,
      onWarning,
    });
    machines.set(machine.name, machine).set(machine.stateMachineArn, machine);
    loaded.add(machine);
    return machine;
  };

  const start = (
    machine: LoadedMachine,
    input: JsonValue = {},
    startOptions: StartOptions = {},
  ): Execution => {
    if (closed)
      throw new StartExecutionError(
        "EngineClosed",
        "The engine is closed; create a new one with createEngine().",
      );
    if (!(machine instanceof MachinePlan) || !loaded.has(machine)) {
      throw new TypeError(
        "engine.start() takes a machine returned by engine.load() of the same engine; use engine.run(definition) for a definition.",
      );
    }
    const value = checkInput(input);
    const name = startOptions.name ?? newUuid();
    let mocks: ReturnType<typeof createMockSession> | undefined;
    if (startOptions.testCase !== undefined) {
      if (!mockConfig)
        throw new MockConfigError(
          `test case "${startOptions.testCase}" was asked for, but the engine has no mockConfig`,
        );
      mocks = createMockSession(
        mockConfig,
        startOptions.stateMachineName ??
          (Object.hasOwn(mockConfig.StateMachines, machine.name) ? machine.name : undefined),
        startOptions.testCase,
      );
    }
    const execution = new ExecutionImpl({
      services,
      machine,
      input: value,
      name,
      executionArn:
        startOptions.executionArn ??
        `arn:aws:states:${region}:${accountId}:execution:${machine.name}:${name}`,
      roleArn: `arn:aws:iam::${accountId}:role/StatesmithLocalExecutionRole`,
      mocks,
      onDone: (done) => running.delete(done),
    });
    running.add(execution);
    return execution;
  };

  return {
    clock,
    load,
    start,
    async run(
      machineOrDefinition: LoadedMachine | unknown,
      input?: JsonValue,
      startOptions?: StartOptions,
    ): Promise<ExecutionResult> {
      const machine =
        machineOrDefinition instanceof MachinePlan ? machineOrDefinition : load(machineOrDefinition);
      return start(machine, input, startOptions).result;
    },
    sendTaskSuccess: (token, output) => tokens.succeed(token, output),
    sendTaskFailure: (token, error, cause) => tokens.fail(token, error, cause),
    sendTaskHeartbeat: (token) => tokens.heartbeat(token),
    dynamodbEndpoint: () => endpoint.url(),
    async close(): Promise<void> {
      closed = true;
      const pending = [...running];
      for (const execution of pending) execution.abort();
      await Promise.all(pending.map((execution) => execution.result));
      await integrations.close();
      await endpoint.close();
    },
  };
}

/** StartExecution refuses input that is not JSON or is over the 256 KiB payload quota. */
function checkInput(input: JsonValue | undefined): JsonValue {
  let value: JsonValue;
  try {
    value = input === undefined ? {} : toJsonValue(input, "The execution input");
  } catch (error) {
    if (error instanceof InvalidJsonError)
      throw new StartExecutionError("InvalidExecutionInput", error.message);
    throw error;
  }
  const size = utf8Length(JSON.stringify(value));
  if (size > PAYLOAD_LIMIT_BYTES) {
    throw new StartExecutionError(
      "InvalidExecutionInput",
      `The execution input is ${size} bytes; the limit is ${PAYLOAD_LIMIT_BYTES} (256 KiB).`,
    );
  }
  return value;
}
