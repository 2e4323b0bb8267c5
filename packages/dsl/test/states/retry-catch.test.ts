import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  awsSdk,
  LAMBDA_TRANSIENT_ERRORS,
  lambda,
  machine,
  type Retrier,
  type States,
} from "../../src/index.js";
import type { Empty } from "../../src/typing/empty.js";
import { compileOk, statesOf } from "../helpers/asl.js";

// Retry and Catch: https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
const Order = z.object({ id: z.string() });

describe("Retry", () => {
  test("GIVEN several retriers with every field WHEN compiled THEN they keep their order and AWS's spelling", () => {
    const m = machine("retriers", { input: Order, errors: ["Busy"] }, (flow) =>
      flow.next((s) =>
        s
          .task("Call", lambda.invoke({ FunctionName: "call" }).throws("Busy"))
          .retry({ errorEquals: LAMBDA_TRANSIENT_ERRORS, intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 })
          .retry({
            errorEquals: ["Busy", "States.Timeout"],
            intervalSeconds: 10,
            maxAttempts: 0,
            backoffRate: 1.5,
            maxDelaySeconds: 31_622_400,
            jitterStrategy: "NONE",
            comment: "never retried: MaxAttempts 0",
          })
          .retry({ errorEquals: ["States.ALL"], jitterStrategy: "FULL" }),
      ),
    );
    expect((statesOf(m).Call as { Retry: unknown }).Retry).toStrictEqual([
      {
        ErrorEquals: [
          "Lambda.ClientExecutionTimeoutException",
          "Lambda.ServiceException",
          "Lambda.AWSLambdaException",
          "Lambda.SdkClientException",
        ],
        IntervalSeconds: 1,
        MaxAttempts: 3,
        BackoffRate: 2,
      },
      {
        ErrorEquals: ["Busy", "States.Timeout"],
        IntervalSeconds: 10,
        MaxAttempts: 0,
        BackoffRate: 1.5,
        MaxDelaySeconds: 31_622_400,
        JitterStrategy: "NONE",
        Comment: "never retried: MaxAttempts 0",
      },
      { ErrorEquals: ["States.ALL"], JitterStrategy: "FULL" },
    ]);
  });

  test("GIVEN a Retry in a JSONata state WHEN compiled THEN it is spelled the same", () => {
    const m = machine("retry-jsonata", { queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .task("Call", awsSdk.call("sqs", "sendMessage"))
          .retry({ errorEquals: ["States.ALL"], maxAttempts: 5 }),
      ),
    );
    expect(statesOf(m).Call).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::aws-sdk:sqs:sendMessage",
      Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempts: 5 }],
      End: true,
    });
  });
});

describe("Retry: bad input is refused where it is written", () => {
  /** Builds a one-task machine with this retrier (typed loosely: the point is what the builder refuses). */
  const withRetrier =
    (retrier: object, before: readonly Retrier<never>[] = []) =>
    () =>
      machine("bad", {}, (flow) =>
        flow.next((s) =>
          [...before, retrier as Retrier<never>].reduce(
            (task, next) => task.retry(next),
            s.task("Call", awsSdk.call("sqs", "sendMessage")),
          ),
        ),
      );
  const range = (field: string, range: string, got: string) =>
    `State "Call" (Retry[0].${field}): must be ${range}, got ${got}`;

  test.each([
    [{ maxAttempts: -1 }, range("MaxAttempts", "an integer from 0 to 99999999", "-1")],
    [{ maxAttempts: 2.5 }, range("MaxAttempts", "an integer from 0 to 99999999", "2.5")],
    [{ backoffRate: 0.5 }, range("BackoffRate", "a number from 1 to 99999999", "0.5")],
    [{ intervalSeconds: 0 }, range("IntervalSeconds", "an integer from 1 to 99999999", "0")],
    [{ maxDelaySeconds: 0 }, range("MaxDelaySeconds", "an integer from 1 to 31622400", "0")],
    [{ maxDelaySeconds: 31_622_401 }, range("MaxDelaySeconds", "an integer from 1 to 31622400", "31622401")],
    [
      { jitterStrategy: "HALF" },
      'State "Call" (Retry[0].JitterStrategy): must be one of "FULL", "NONE", got "HALF"',
    ],
  ])("GIVEN %o WHEN written THEN it throws naming the state, field and allowed range", (fields, message) => {
    expect(withRetrier({ errorEquals: ["States.ALL"], ...fields })).toThrow(message);
  });

  test("GIVEN an empty ErrorEquals WHEN written THEN it throws asking for at least one name", () => {
    expect(withRetrier({ errorEquals: [] })).toThrow(
      'State "Call" (Retry[0].ErrorEquals): must list at least one error name. Fix: List error names, e.g. ["States.TaskFailed"].',
    );
  });

  test("GIVEN a misspelt retrier key WHEN written THEN it throws naming the key and the allowed keys", () => {
    expect(withRetrier({ errorEquals: ["States.ALL"], maxAttemps: 3 })).toThrow(
      'State "Call" (Retry[0].maxAttemps): "maxAttemps" is not a retrier field. Fix: Use one of errorEquals, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitterStrategy, comment.',
    );
  });

  test("GIVEN States.ALL beside other names, a duplicate name, or a retrier after States.ALL WHEN written THEN it throws", () => {
    expect(withRetrier({ errorEquals: ["States.ALL", "States.Timeout"] })).toThrow(
      'State "Call" (Retry[0].ErrorEquals): States.ALL must be the only name in its list. Fix: Move the other names to an earlier retrier/catcher, and keep States.ALL alone in the last one.',
    );
    expect(withRetrier({ errorEquals: ["States.Timeout", "States.Timeout"] })).toThrow(
      'State "Call" (Retry[0].ErrorEquals): lists an error name twice. Fix: Remove the duplicate.',
    );
    expect(withRetrier({ errorEquals: ["States.Timeout"] }, [{ errorEquals: ["States.ALL"] }])).toThrow(
      'State "Call" (Retry[1]): comes after a States.ALL entry, so it can never match. Fix: Put the States.ALL entry last.',
    );
  });
});

describe("Catch", () => {
  test("GIVEN several catchers (JSONPath) WHEN compiled THEN order, ResultPath, Assign, Comment and Next are kept", () => {
    const m = machine("catchers", { input: Order, errors: ["Declined"] }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", lambda.invoke({ FunctionName: "charge" }).throws("Declined"))
          .resultPath("$.charge")
          .catch(["Declined"], (f) => f.next((s) => s.fail("Declined", { error: "Declined" })))
          .catch(["States.Timeout", "States.TaskFailed"], {
            resultPath: null,
            comment: "discard the error",
            next: (f) => f.next((s) => s.pass("Retried")).next((s) => s.succeed("Gave up")),
          })
          .catch(["States.ALL"], {
            resultPath: "$.error",
            assign: ($) => ({ lastError: $.Error, why: $.Cause }),
            next: (f) => f.next((s) => s.fail("Crashed")),
          }),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "charge" },
        ResultPath: "$.charge",
        Catch: [
          { ErrorEquals: ["Declined"], Next: "Declined" },
          {
            ErrorEquals: ["States.Timeout", "States.TaskFailed"],
            Comment: "discard the error",
            ResultPath: null,
            Next: "Retried",
          },
          {
            ErrorEquals: ["States.ALL"],
            ResultPath: "$.error",
            Assign: { "lastError.$": "$.Error", "why.$": "$.Cause" },
            Next: "Crashed",
          },
        ],
        End: true,
      },
      Declined: { Type: "Fail", Error: "Declined" },
      Retried: { Type: "Pass", Next: "Gave up" },
      "Gave up": { Type: "Succeed" },
      Crashed: { Type: "Fail" },
    });
  });

  test("GIVEN a JSONata catcher with Output and Assign WHEN compiled THEN they read $states.errorOutput", () => {
    const m = machine("catch-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Charge", ({ input }) =>
              lambda.invoke({ FunctionName: "charge", Payload: { id: input.id } }),
            )
            .catch(["States.ALL"], {
              output: ({ errorOutput, input }) => ({ id: input.id, error: errorOutput.Error }),
              assign: ({ errorOutput }) => ({ cause: errorOutput.Cause }),
              comment: "keep going",
              next: (f) => f.next((s) => s.pass("Recover").output(({ input }) => ({ recovered: input.id }))),
            }),
        )
        .next((s) => s.succeed("Done")),
    );
    const result = compileOk(m);
    expect(result.definition.States).toStrictEqual({
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Arguments: { FunctionName: "charge", Payload: { id: "{% $states.input.id %}" } },
        Catch: [
          {
            ErrorEquals: ["States.ALL"],
            Comment: "keep going",
            Output: { id: "{% $states.input.id %}", error: "{% $states.errorOutput.Error %}" },
            Assign: { cause: "{% $states.errorOutput.Cause %}" },
            Next: "Recover",
          },
        ],
        Next: "Done",
      },
      // The handler continues: it joins the flow after the task.
      Recover: { Type: "Pass", Output: { recovered: "{% $states.input.id %}" }, Next: "Done" },
      Done: { Type: "Succeed" },
    });
  });

  test("GIVEN bad catchers WHEN written THEN it throws naming the state and the Catch field", () => {
    const write =
      (language: "JSONPath" | "JSONata", build: (s: States<unknown, Empty, "JSONPath", never>) => unknown) =>
      () =>
        machine("bad", { queryLanguage: language }, (flow) => flow.next((s) => build(s as never) as never));
    const call = (s: States<unknown, Empty, "JSONPath", never>) =>
      s.task("Call", awsSdk.call("sqs", "sendMessage"));
    expect(write("JSONPath", (s) => call(s).catch([] as never, s.succeed("Done")))).toThrow(
      'State "Call" (Catch[0].ErrorEquals): must list at least one error name',
    );
    expect(
      write("JSONPath", (s) => call(s).catch(["States.ALL", "States.Timeout"], s.succeed("Done"))),
    ).toThrow('State "Call" (Catch[0].ErrorEquals): States.ALL must be the only name in its list');
    expect(
      write("JSONPath", (s) =>
        call(s).catch(["States.ALL"], s.succeed("A")).catch(["States.Timeout"], s.succeed("B")),
      ),
    ).toThrow(
      'State "Call" (Catch[1]): comes after a States.ALL entry, so it can never match. Fix: Put the States.ALL entry last.',
    );
    expect(write("JSONPath", (s) => call(s).catch(["States.ALL"], { next: undefined as never }))).toThrow(
      'State "Call" (Catch[0]): the catcher has no next. Fix: Add next: a state or f => f.next(…).',
    );
    expect(
      write("JSONata", (s) =>
        call(s).catch(["States.ALL"], { resultPath: "$.error", next: s.succeed("Done") }),
      ),
    ).toThrow(
      'State "Call" (Catch[0].ResultPath): Catch[0].ResultPath exists only in JSONPath states; this state uses JSONata. Fix: In JSONata, shape it with output.',
    );
  });
});

// The Callback Pattern sample's failure handler notifies and stops (`End: true`): it must not rejoin the flow.
// https://docs.aws.amazon.com/step-functions/latest/dg/callback-task-sample-sqs.html
describe("a branch that ends with end()", () => {
  const notify = (s: States<unknown, Empty, "JSONPath", never>, name: string) =>
    s.task(
      name,
      awsSdk.call("sns", "publish", { TopicArn: "arn:aws:sns:us-east-1:123456789012:t", Message: name }),
    );

  test("GIVEN a Catch handler ended with end() WHEN compiled THEN it has End: true and the main flow goes on", () => {
    const m = machine("callback", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Work", awsSdk.call("sqs", "sendMessage", { QueueUrl: "q", MessageBody: "m" }))
            .catch(["States.ALL"], (f) => f.next((s) => notify(s as never, "Notify Failure")).end()),
        )
        .next((s) => notify(s as never, "Notify Success")),
    );
    const states = statesOf(m) as Record<
      string,
      { Next?: string; End?: boolean; Catch?: { Next: string }[] }
    >;
    expect(states.Work!.Next).toBe("Notify Success");
    expect(states.Work!.Catch![0]!.Next).toBe("Notify Failure");
    expect(states["Notify Failure"]).toMatchObject({ End: true });
    expect(states["Notify Failure"]!.Next).toBeUndefined();
    expect(states["Notify Success"]).toMatchObject({ End: true });
  });

  test("GIVEN end() on an empty flow or after every path has ended WHEN written THEN it throws saying why", () => {
    expect(() => machine("empty", {}, (flow) => flow.end())).toThrow("end(): the flow has no states to end");
    // The types refuse this already (an ended flow has no end()); the builder refuses it for untyped callers.
    const ended = (flow: unknown) => (flow as { end(): never }).end();
    expect(() => machine("twice", {}, (flow) => ended(flow.next((s) => s.succeed("Done"))))).toThrow(
      'every path after State "Done" has ended already',
    );
  });
});
