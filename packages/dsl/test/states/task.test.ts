import { describe, expect, test } from "vitest";
import { z } from "zod";
import { awsSdk, compile, jsonata, lambda, machine, placeholder } from "../../src/index.js";
import { compileOk, problems, statesOf } from "../helpers/asl.js";

// Task state fields: https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
const Order = z.object({
  order: z.object({ id: z.string(), total: z.number() }),
  role: z.string(),
  limit: z.number(),
});
declare function charge(event: { id: string; amount: number }): Promise<{ chargeId: string; status: string }>;

describe("Task (JSONPath)", () => {
  test("GIVEN every JSONPath field WHEN compiled THEN they appear in AWS's processing order with their spelling", () => {
    const m = machine("task", { input: Order, errors: ["PaymentDeclined"] }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", ($) =>
            lambda.invoke<typeof charge>({
              FunctionName: placeholder("ChargeFunctionArn"),
              Payload: { id: $.order.id, amount: $.order.total },
            }),
          )
          .comment("Charges the card")
          .resultSelector(($) => ({ chargeId: $.Payload.chargeId, code: $.StatusCode }))
          .resultPath("$.charge")
          .outputPath("$.charge")
          .assign(($) => ({ lastCharge: $.chargeId }))
          .timeout(300)
          .heartbeat(60)
          .credentials("arn:aws:iam::123456789012:role/charger")
          .retry({
            errorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"],
            intervalSeconds: 2,
            maxAttempts: 6,
            backoffRate: 2,
            maxDelaySeconds: 60,
            jitterStrategy: "FULL",
            comment: "transient",
          })
          .catch(["PaymentDeclined"], {
            resultPath: "$.error",
            assign: ($) => ({ reason: $.Cause }),
            comment: "declined",
            next: s.fail("Declined", { error: "PaymentDeclined" }),
          }),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      Charge: {
        Type: "Task",
        Comment: "Charges the card",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: {
          FunctionName: placeholder("ChargeFunctionArn"),
          Payload: { "id.$": "$.order.id", "amount.$": "$.order.total" },
        },
        Credentials: { RoleArn: "arn:aws:iam::123456789012:role/charger" },
        TimeoutSeconds: 300,
        HeartbeatSeconds: 60,
        ResultSelector: { "chargeId.$": "$.Payload.chargeId", "code.$": "$.StatusCode" },
        ResultPath: "$.charge",
        OutputPath: "$.charge",
        Assign: { "lastCharge.$": "$.chargeId" },
        Retry: [
          {
            ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"],
            IntervalSeconds: 2,
            MaxAttempts: 6,
            BackoffRate: 2,
            MaxDelaySeconds: 60,
            JitterStrategy: "FULL",
            Comment: "transient",
          },
        ],
        Catch: [
          {
            ErrorEquals: ["PaymentDeclined"],
            Comment: "declined",
            ResultPath: "$.error",
            Assign: { "reason.$": "$.Cause" },
            Next: "Declined",
          },
        ],
        End: true,
      },
      Declined: { Type: "Fail", Error: "PaymentDeclined" },
    });
  });

  test("GIVEN timeout, heartbeat and role read from the input WHEN compiled THEN the …Path and RoleArn.$ forms are used", () => {
    const m = machine("paths", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Call", awsSdk.call("s3", "listBuckets"))
          .timeout(($) => $.limit)
          .heartbeat(($) => $("$.limit"))
          .credentials(($) => $.role),
      ),
    );
    expect(statesOf(m).Call).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::aws-sdk:s3:listBuckets",
      Credentials: { "RoleArn.$": "$.role" },
      TimeoutSecondsPath: "$.limit",
      HeartbeatSecondsPath: "$.limit",
      End: true,
    });
  });

  test("GIVEN InputPath WHEN the parameters read below it THEN their paths are rewritten relative to the selection", () => {
    const m = machine("input-path", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", ($) =>
            lambda.invoke<typeof charge>({
              FunctionName: "charge",
              Payload: { id: $.order.id, amount: $.order.total },
            }),
          )
          .inputPath("$.order"),
      ),
    );
    expect(statesOf(m).Charge).toMatchObject({
      InputPath: "$.order",
      Parameters: { FunctionName: "charge", Payload: { "id.$": "$.id", "amount.$": "$.total" } },
    });
  });

  test("GIVEN InputPath WHEN a parameter reads outside it THEN compile reports the field and the path", () => {
    const m = machine("outside", { input: Order }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", ($) => lambda.invoke({ FunctionName: "charge", Payload: { role: $.role } }))
          .inputPath("$.order"),
      ),
    );
    expect(problems(m)).toStrictEqual([
      'State "Charge" (Parameters.Payload.role): reads $.role, which InputPath $.order removes [AWS accepts this but it cannot work] Fix: Read it through InputPath\'s selection, or drop InputPath and select in Parameters.',
    ]);
  });

  test("GIVEN a ResultSelector reading the state input WHEN compiled THEN compile says $ is the result there", () => {
    const m = machine("selector-input", { input: Order }, (flow) =>
      flow.next((outer) => {
        let input: unknown;
        return outer
          .task("Charge", ($) => {
            input = $.role;
            return lambda.invoke({ FunctionName: "charge" });
          })
          .resultSelector(() => ({ role: input as never }));
      }),
    );
    expect(problems(m)[0]).toContain(
      'State "Charge" (ResultSelector.role): reads the state input, but in ResultSelector.role "$" is the result',
    );
  });

  test("GIVEN HeartbeatSeconds not below TimeoutSeconds WHEN written THEN it throws naming the state and field", () => {
    expect(() =>
      machine("heartbeat", {}, (flow) =>
        flow.next((s) => s.task("Poll", awsSdk.call("sqs", "receiveMessage")).timeout(60).heartbeat(60)),
      ),
    ).toThrow(
      'State "Poll" (HeartbeatSeconds): must be less than TimeoutSeconds (60), got 60. Fix: Lower the heartbeat or raise the timeout.',
    );
    expect(() =>
      machine("timeout", {}, (flow) =>
        flow.next((s) => s.task("Poll", awsSdk.call("sqs", "receiveMessage")).timeout(0)),
      ),
    ).toThrow('State "Poll" (TimeoutSeconds): must be an integer from 1 to 99999999, got 0');
  });
});

describe("Task (JSONata)", () => {
  test("GIVEN a JSONata task WHEN compiled THEN Arguments, Output, Assign and expressions use {% %}", () => {
    const m = machine("jsonata-task", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .task("Charge", ({ input }) =>
            lambda.invoke<typeof charge>({
              FunctionName: "charge",
              Payload: { id: input.order.id, amount: input.order.total },
            }),
          )
          .output(({ input, result }) => ({ order: input.order.id, charge: result.Payload.chargeId }))
          .assign(({ result }) => ({ status: result.Payload.status }))
          .timeout(({ input }) => input.limit)
          .credentials(({ input }) => input.role)
          .catch(["States.ALL"], {
            output: ({ errorOutput, input }) => ({ failed: errorOutput.Error, order: input.order.id }),
            // The handler's input is the catcher's Output, so the Fail is built on it (not on the Order).
            next: (f) =>
              f.next((s) =>
                s.fail("Failed", {
                  error: ({ input }) => jsonata<string>`"Charge failed: " & ${input.order}`,
                }),
              ),
          }),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.QueryLanguage).toBe("JSONata");
    expect(result.definition.States).toStrictEqual({
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Arguments: {
          FunctionName: "charge",
          Payload: { id: "{% $states.input.order.id %}", amount: "{% $states.input.order.total %}" },
        },
        Credentials: { RoleArn: "{% $states.input.role %}" },
        TimeoutSeconds: "{% $states.input.limit %}",
        Output: { order: "{% $states.input.order.id %}", charge: "{% $states.result.Payload.chargeId %}" },
        Assign: { status: "{% $states.result.Payload.status %}" },
        Catch: [
          {
            ErrorEquals: ["States.ALL"],
            Output: { failed: "{% $states.errorOutput.Error %}", order: "{% $states.input.order.id %}" },
            Next: "Failed",
          },
        ],
        End: true,
      },
      Failed: { Type: "Fail", Error: '{% "Charge failed: " & $states.input.order %}' },
    });
  });

  test("GIVEN $states.result in Arguments WHEN compiled THEN compile reports it undefined there", () => {
    let result: Parameters<typeof lambda.invoke>[0]["Payload"];
    const m = machine("result-in-arguments", { queryLanguage: "JSONata" }, (flow) =>
      flow
        .next((s) =>
          s.task("First", lambda.invoke({ FunctionName: "first" })).output((refs) => {
            result = refs.result;
            return refs.result;
          }),
        )
        // A reference captured elsewhere: Arguments run before the task, so $states.result does not exist.
        .next((s) => s.task("Second", () => lambda.invoke({ FunctionName: "second", Payload: result }))),
    );
    expect(problems(m)).toContain(
      'State "Second" (Arguments.Payload): $states.result is not defined in Arguments.Payload [AWS accepts this but it cannot work] Fix: Read $states.result only in Output or Assign of a Task, Parallel or Map.',
    );
    expect(compile(m).ok).toBe(false);
  });
});
