import { expect } from "vitest";
import {
  createEngine,
  createVirtualClock,
  type Engine,
  type Execution,
  TaskTokenError,
} from "../../../src/index.js";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

const CALLBACK = `${DOCS}/connect-to-resource.html#connect-wait-token`;
const TASK = `${DOCS}/state-task.html`;

/** A `.waitForTaskToken` task whose Lambda only records the token it was given. */
const callbackMachine = (fields: object = {}) => ({
  StartAt: "Approve",
  States: {
    Approve: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { FunctionName: "notify", Payload: { "token.$": "$$.Task.Token", "input.$": "$" } },
      End: true,
      ...fields,
    },
  },
});
const recorder = () => {
  const tokens: string[] = [];
  return { tokens, handlers: { notify: (event: { token: string }) => void tokens.push(event.token) } };
};
/** Lets the engine run until `ready()` holds (bounded, so a bug cannot hang the test). */
const until = async (ready: () => boolean): Promise<void> => {
  for (let turn = 0; turn < 1_000 && !ready(); turn++) await new Promise((resolve) => setImmediate(resolve));
  if (!ready()) throw new Error("the engine never reached the expected point");
};
const submitted = (execution: Execution) => () =>
  execution.history().some((event) => event.type === "TaskSubmitted");

export const TIMEOUT_CASES: readonly ConformanceCase[] = [
  {
    name: "TimeoutSeconds fails a task that runs too long with States.Timeout",
    source: TASK,
    engine: { handlers: { notify: () => "sent" } },
    definition: callbackMachine({ TimeoutSeconds: 5 }),
    expect: { error: "States.Timeout" },
    check: (result) => {
      expect(eventTypes(result)).toContain("TaskTimedOut");
      expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(5_000);
    },
  },
  {
    name: "HeartbeatSeconds fails a callback that sends no heartbeat with States.HeartbeatTimeout",
    source: TASK,
    engine: { handlers: { notify: () => "sent" } },
    definition: callbackMachine({ HeartbeatSeconds: 10, TimeoutSeconds: 60 }),
    expect: { error: "States.HeartbeatTimeout" },
    check: (result) => expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(10_000),
  },
  {
    name: "TimeoutSecondsPath and HeartbeatSecondsPath read the limits from the input",
    source: TASK,
    engine: { handlers: { notify: () => "sent" } },
    definition: callbackMachine({
      TimeoutSecondsPath: "$.limits.timeout",
      HeartbeatSecondsPath: "$.limits.heartbeat",
    }),
    input: { limits: { timeout: 120, heartbeat: 45 } },
    expect: { error: "States.HeartbeatTimeout" },
    check: (result) => {
      expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(45_000);
      expect(
        result.history.find((event) => event.type === "TaskScheduled")?.taskScheduledEventDetails,
      ).toMatchObject({
        timeoutInSeconds: 120,
        heartbeatInSeconds: 45,
      });
    },
  },
  {
    name: "SendTaskSuccess resumes a .waitForTaskToken task with its output",
    source: CALLBACK,
    run: async () => {
      const { tokens, handlers } = recorder();
      const engine = createEngine({ handlers });
      const execution = engine.start(engine.load(callbackMachine()), { order: 7 });
      await until(submitted(execution));
      expect(execution.status()).toBe("RUNNING");
      engine.sendTaskSuccess(tokens[0]!, { approved: true });
      const result = await execution.result;
      expect(result.output).toStrictEqual({ approved: true });
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "TaskStateEntered",
        "TaskScheduled",
        "TaskStarted",
        "TaskSubmitted",
        "TaskSucceeded",
        "TaskStateExited",
        "ExecutionSucceeded",
      ]);
      await engine.close();
    },
  },
  {
    name: "a handler may answer its own task token at once",
    source: CALLBACK,
    run: async () => {
      const engine: Engine = createEngine({
        handlers: {
          notify: (event: { token: string }) => engine.sendTaskSuccess(event.token, { immediate: true }),
        },
      });
      const result = await engine.run(callbackMachine());
      expect(result.output).toStrictEqual({ immediate: true });
      await engine.close();
    },
  },
  {
    name: "SendTaskFailure fails the task with the given error and cause",
    source: CALLBACK,
    run: async () => {
      const { tokens, handlers } = recorder();
      const engine = createEngine({ handlers });
      const execution = engine.start(engine.load(callbackMachine()));
      await until(submitted(execution));
      engine.sendTaskFailure(tokens[0]!, "Rejected", "the manager said no");
      const result = await execution.result;
      expect([result.status, result.error, result.cause]).toStrictEqual([
        "FAILED",
        "Rejected",
        "the manager said no",
      ]);
      await engine.close();
    },
  },
  {
    name: "heartbeats keep a callback alive past HeartbeatSeconds (time driven with clock.advance)",
    source: CALLBACK,
    run: async () => {
      const { tokens, handlers } = recorder();
      const engine = createEngine({
        handlers,
        clock: createVirtualClock({ startTime: 0, autoAdvance: false }),
      });
      const clock = engine.clock;
      const execution = engine.start(engine.load(callbackMachine({ HeartbeatSeconds: 10 })));
      await until(submitted(execution));
      clock.advance(8_000);
      engine.sendTaskHeartbeat(tokens[0]!);
      clock.advance(8_000);
      engine.sendTaskHeartbeat(tokens[0]!);
      clock.advance(8_000);
      engine.sendTaskSuccess(tokens[0]!, "approved late");
      const result = await execution.result;
      expect(result.output).toBe("approved late");
      expect(result.stopDate.getTime()).toBe(24_000);
      await engine.close();
    },
  },
  {
    name: "a token nobody waits for is refused with TaskDoesNotExist",
    source: "https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskSuccess.html",
    run: async (engine: Engine) => {
      expect(() => engine.sendTaskSuccess("no-such-token", {})).toThrow(TaskTokenError);
      try {
        engine.sendTaskFailure("no-such-token");
      } catch (error) {
        expect((error as TaskTokenError).code).toBe("TaskDoesNotExist");
      }
    },
  },
  {
    name: "the machine's TimeoutSeconds ends the execution TIMED_OUT",
    source: `${DOCS}/statemachine-structure.html`,
    definition: {
      TimeoutSeconds: 30,
      StartAt: "W",
      States: { W: { Type: "Wait", Seconds: 3600, End: true } },
    },
    expect: { status: "TIMED_OUT", error: "States.Timeout" },
    check: (result) => {
      expect(eventTypes(result).slice(-2)).toStrictEqual(["WaitStateAborted", "ExecutionTimedOut"]);
      expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(30_000);
    },
  },
  {
    name: "stop() aborts an execution with the given error and cause",
    source: "https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html",
    run: async (engine: Engine) => {
      const execution = engine.start(
        engine.load({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 3600, End: true } } }),
      );
      execution.stop("Operator", "stopped by hand");
      const result = await execution.result;
      expect([result.status, result.error, result.cause]).toStrictEqual([
        "ABORTED",
        "Operator",
        "stopped by hand",
      ]);
      expect(execution.status()).toBe("ABORTED");
      expect(eventTypes(result).at(-1)).toBe("ExecutionAborted");
    },
  },
  {
    name: "close() aborts running executions",
    source: "https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html",
    run: async () => {
      const { handlers } = recorder();
      const engine = createEngine({ handlers });
      const execution = engine.start(engine.load(callbackMachine()));
      await until(submitted(execution));
      await engine.close();
      expect((await execution.result).status).toBe("ABORTED");
    },
  },
  {
    // A timer that had fired was counted a second time when its task cancelled it afterwards; the clock then
    // believed nothing was pending and every later Wait of the engine hung.
    name: "after a task TimeoutSeconds, a HeartbeatSeconds and a machine TimeoutSeconds fire, later Waits still end",
    source: TASK,
    run: async () => {
      const { handlers } = recorder();
      const local = createEngine({ handlers });
      try {
        const timedOut = await local.run(callbackMachine({ TimeoutSeconds: 5 }));
        const heartbeat = await local.run(callbackMachine({ HeartbeatSeconds: 5, TimeoutSeconds: 50 }));
        const machineTimeout = await local.run({
          TimeoutSeconds: 5,
          StartAt: "W",
          States: { W: { Type: "Wait", Seconds: 10, End: true } },
        });
        expect([timedOut.error, heartbeat.error, machineTimeout.status]).toStrictEqual([
          "States.Timeout",
          "States.HeartbeatTimeout",
          "TIMED_OUT",
        ]);
        const wait = await local.run({
          StartAt: "W",
          States: { W: { Type: "Wait", Seconds: 10, End: true } },
        });
        expect(wait.status).toBe("SUCCEEDED");
        expect(wait.stopDate.getTime() - wait.startDate.getTime()).toBe(10_000);
        expect(local.clock.pendingTimers()).toBe(0);
      } finally {
        await local.close();
      }
    },
  },
  {
    name: "concurrent executions share one consistent virtual time",
    source: `${DOCS}/state-wait.html`,
    run: async (engine: Engine) => {
      const machine = engine.load({
        StartAt: "W",
        States: { W: { Type: "Wait", SecondsPath: "$.s", End: true } },
      });
      const start = engine.clock.now();
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, index) => engine.run(machine, { s: 60 + (index % 3) })),
      );
      expect(results.every((result) => result.status === "SUCCEEDED")).toBe(true);
      expect(new Set(results.map((result) => result.stopDate.getTime() - start))).toStrictEqual(
        new Set([60_000, 61_000, 62_000]),
      );
    },
  },
  {
    name: "the real clock with waitScale shortens waits",
    source: `${DOCS}/state-wait.html`,
    engine: { clock: "real", waitScale: 0.001 },
    definition: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
    check: (result) => {
      const elapsed = result.stopDate.getTime() - result.startDate.getTime();
      expect(elapsed).toBeGreaterThanOrEqual(9);
      expect(elapsed).toBeLessThan(2_000);
    },
  },
  {
    name: "states:startExecution.sync runs a machine loaded in the same engine and waits for it",
    source: `${DOCS}/connect-stepfunctions.html`,
    run: async (engine: Engine) => {
      engine.load(
        { StartAt: "Child", States: { Child: { Type: "Pass", Parameters: { "got.$": "$.x" }, End: true } } },
        { name: "ChildMachine" },
      );
      const parent = engine.load({
        StartAt: "Start",
        States: {
          Start: {
            Type: "Task",
            Resource: "arn:aws:states:::states:startExecution.sync:2",
            Parameters: {
              StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:ChildMachine",
              Input: { "x.$": "$.value" },
            },
            ResultSelector: { "output.$": "$.Output", "status.$": "$.Status" },
            End: true,
          },
        },
      });
      const result = await engine.run(parent, { value: 5 });
      expect(result.output).toStrictEqual({ output: { got: 5 }, status: "SUCCEEDED" });
    },
  },
  {
    name: "states:startExecution without .sync returns at once with the child's ARN",
    source: `${DOCS}/connect-stepfunctions.html`,
    run: async (engine: Engine) => {
      engine.load(
        { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
        { name: "Slow" },
      );
      const result = await engine.run({
        StartAt: "Start",
        States: {
          Start: {
            Type: "Task",
            Resource: "arn:aws:states:::states:startExecution",
            Parameters: { StateMachineArn: "Slow", Name: "kid" },
            End: true,
          },
        },
      });
      expect(result.output).toMatchObject({
        ExecutionArn: "arn:aws:states:us-east-1:123456789012:execution:Slow:kid",
      });
    },
  },
];
