import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  awsSdk,
  compile,
  dynamodb,
  type Flow,
  type FlowLike,
  lambda,
  machine,
  placeholder,
  resource,
  stepFunctions,
} from "../../src/index.js";
import type { Empty } from "../../src/typing/empty.js";
import { compileOk, statesOf } from "../helpers/asl.js";

const Order = z.object({ id: z.string(), total: z.number(), token: z.string().optional() });
declare function charge(event: { id: string }): Promise<{ chargeId: string }>;

/** The single state of a one-state machine. */
function only(
  build: (flow: Flow<z.infer<typeof Order>, Empty, "JSONPath", never>) => FlowLike<unknown, unknown>,
) {
  return Object.values(statesOf(machine("integration", { input: Order }, build)))[0];
}

// Lambda: https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
describe("lambda", () => {
  test("GIVEN lambda.invoke with every parameter WHEN compiled THEN the optimized integration resource", () => {
    expect(
      only((flow) =>
        flow.next((s) =>
          s.task("Charge", ($) =>
            lambda.invoke<typeof charge>({
              FunctionName: "charge",
              Payload: { id: $.id },
              Qualifier: "live",
              InvocationType: "RequestResponse",
              ClientContext: "e30=",
              LogType: "Tail",
            }),
          ),
        ),
      ),
    ).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: {
        FunctionName: "charge",
        Payload: { "id.$": "$.id" },
        Qualifier: "live",
        InvocationType: "RequestResponse",
        ClientContext: "e30=",
        LogType: "Tail",
      },
      End: true,
    });
  });

  test("GIVEN lambda.invoke(…).waitForTaskToken() passing $$.Task.Token WHEN compiled THEN .waitForTaskToken", () => {
    expect(
      only((flow) =>
        flow.next((s) =>
          s
            .task("Approve", ($, { context }) =>
              lambda
                .invoke({ FunctionName: "approve", Payload: { id: $.id, token: context.Task.Token } })
                .waitForTaskToken<{ approved: boolean }>(),
            )
            .heartbeat(3600),
        ),
      ),
    ).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { FunctionName: "approve", Payload: { "id.$": "$.id", "token.$": "$$.Task.Token" } },
      HeartbeatSeconds: 3600,
      End: true,
    });
  });

  test("GIVEN .waitForTaskToken() whose parameters never pass the token WHEN written THEN it throws", () => {
    expect(() =>
      machine("no-token", { input: Order }, (flow) =>
        flow.next((s) =>
          s.task("Approve", ($) =>
            // A token read from the input is not the task's own token.
            lambda.invoke({ FunctionName: "approve", Payload: { token: $.token } }).waitForTaskToken(),
          ),
        ),
      ),
    ).toThrow(
      'State "Approve" (Parameters): arn:aws:states:::lambda:invoke.waitForTaskToken waits for a task token, but the parameters never pass it on. Fix: Include context.Task.Token ($$.Task.Token) in the parameters, e.g. { TaskToken: context.Task.Token }.',
    );
  });

  test("GIVEN a JSONata .waitForTaskToken() WHEN the token is $states.context.Task.Token THEN it compiles", () => {
    const m = machine("token-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s.task("Approve", ({ input, context }) =>
          lambda
            .invoke({ FunctionName: "approve", Payload: { id: input.id, token: context.Task.Token } })
            .waitForTaskToken(),
        ),
      ),
    );
    expect(statesOf(m).Approve).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Arguments: {
        FunctionName: "approve",
        Payload: { id: "{% $states.input.id %}", token: "{% $states.context.Task.Token %}" },
      },
      End: true,
    });
  });

  test("GIVEN lambda.function WHEN compiled THEN the function ARN is the resource and the payload the Parameters", () => {
    const arn = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    expect(
      only((flow) =>
        flow.next((s) => s.task("Legacy", ($) => lambda.function<typeof charge>(arn, { id: $.id }))),
      ),
    ).toStrictEqual({
      Type: "Task",
      Resource: arn,
      Parameters: { "id.$": "$.id" },
      End: true,
    });
    expect(only((flow) => flow.next((s) => s.task("Bare", lambda.function(arn))))).toStrictEqual({
      Type: "Task",
      Resource: arn,
      End: true,
    });
  });
});

// Step Functions: https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
describe("stepFunctions.startExecution", () => {
  test("GIVEN each integration pattern WHEN compiled THEN the resource suffix: none, .sync:2, .sync, .waitForTaskToken", () => {
    const child = "arn:aws:states:us-east-1:123456789012:stateMachine:child";
    const m = machine("nested", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Start", ($) =>
              stepFunctions.startExecution({ StateMachineArn: child, Input: { id: $.id } }),
            )
            .resultPath("$.started"),
        )
        .next((s) =>
          s
            .task("RunJson", ($, { context }) =>
              stepFunctions
                .startExecution({
                  StateMachineArn: child,
                  Input: { id: $.id, AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: context.Execution.Id },
                  Name: $.id,
                })
                .sync<{ ok: boolean }>(),
            )
            .resultPath("$.json"),
        )
        .next((s) =>
          s
            .task("RunText", stepFunctions.startExecution({ StateMachineArn: child }).syncAsString())
            .resultPath("$.text"),
        )
        .next((s) =>
          s.task("Callback", (_, { context }) =>
            stepFunctions
              .startExecution({ StateMachineArn: child, Input: { token: context.Task.Token } })
              .waitForTaskToken(),
          ),
        ),
    );
    const states = statesOf(m);
    expect(
      Object.fromEntries(
        Object.entries(states).map(([name, state]) => [name, (state as { Resource: string }).Resource]),
      ),
    ).toStrictEqual({
      Start: "arn:aws:states:::states:startExecution",
      RunJson: "arn:aws:states:::states:startExecution.sync:2",
      RunText: "arn:aws:states:::states:startExecution.sync",
      Callback: "arn:aws:states:::states:startExecution.waitForTaskToken",
    });
    expect(states.RunJson).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::states:startExecution.sync:2",
      Parameters: {
        StateMachineArn: child,
        Input: { "id.$": "$.id", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" },
        "Name.$": "$.id",
      },
      ResultPath: "$.json",
      Next: "RunText",
    });
    expect(states.Callback).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::states:startExecution.waitForTaskToken",
      Parameters: { StateMachineArn: child, Input: { "token.$": "$$.Task.Token" } },
      End: true,
    });
  });

  test("GIVEN startExecution(…).waitForTaskToken() without the token WHEN written THEN it throws", () => {
    expect(() =>
      machine("no-token", {}, (flow) =>
        flow.next((s) =>
          s.task("Callback", stepFunctions.startExecution({ StateMachineArn: "child" }).waitForTaskToken()),
        ),
      ),
    ).toThrow(
      'State "Callback" (Parameters): arn:aws:states:::states:startExecution.waitForTaskToken waits for a task token',
    );
  });
});

// AWS SDK integrations: https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
describe("awsSdk and resource", () => {
  test("GIVEN awsSdk.call WHEN compiled THEN arn:aws:states:::aws-sdk:service:action with the parameters", () => {
    expect(
      only((flow) =>
        flow.next((s) =>
          s.task("Read", ($) =>
            awsSdk.call("s3", "getObject", { Bucket: "orders", Key: $.id }).throws("S3.NoSuchKeyException"),
          ),
        ),
      ),
    ).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::aws-sdk:s3:getObject",
      Parameters: { Bucket: "orders", "Key.$": "$.id" },
      End: true,
    });
    expect(() => awsSdk.call("S3", "GetObject")).toThrow(
      'awsSdk.call("S3", "GetObject"): the service is lowercase (s3, secretsmanager) and the action camelCase (getObject)',
    );
  });

  test("GIVEN resource() with a .waitForTaskToken ARN WHEN the token is passed THEN it compiles as written", () => {
    expect(
      only((flow) =>
        flow.next((s) =>
          s.task("Queue", ($, { context }) =>
            resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", {
              QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
              MessageBody: { id: $.id, token: context.Task.Token },
            }),
          ),
        ),
      ),
    ).toStrictEqual({
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      Parameters: {
        QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
        MessageBody: { "id.$": "$.id", "token.$": "$$.Task.Token" },
      },
      End: true,
    });
  });
});

// Definition substitutions: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html
describe("placeholder", () => {
  test("GIVEN placeholders WHEN compiled THEN each is kept as substitution text and CompileResult.placeholders lists each once, in order", () => {
    const m = machine("placeholders", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .task("Charge", ($) =>
              lambda.invoke({ FunctionName: placeholder("ChargeFunctionArn"), Payload: { id: $.id } }),
            )
            .resultPath("$.charge"),
        )
        .next((s) =>
          s.task("Save", ($) =>
            dynamodb.putItem<{ pk: "S" }>({
              TableName: placeholder("OrdersTable"),
              Item: { pk: { S: $.id } },
            }),
          ),
        )
        .next((s) => s.task("Again", lambda.invoke({ FunctionName: placeholder("ChargeFunctionArn") }))),
    );
    const result = compileOk(m);
    expect(result.placeholders).toStrictEqual(["ChargeFunctionArn", "OrdersTable"]);
    // biome-ignore-start lint/suspicious/noTemplateCurlyInString: the ${Name} text is what is asserted
    expect(result.definition.States).toStrictEqual({
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "${ChargeFunctionArn}", Payload: { "id.$": "$.id" } },
        ResultPath: "$.charge",
        Next: "Save",
      },
      Save: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:putItem",
        Parameters: { TableName: "${OrdersTable}", Item: { pk: { "S.$": "$.id" } } },
        Next: "Again",
      },
      Again: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "${ChargeFunctionArn}" },
        End: true,
      },
    });
    // biome-ignore-end lint/suspicious/noTemplateCurlyInString: end of the asserted substitutions
    expect(compile(machine("none", {}, (flow) => flow.next((s) => s.pass("P")))).placeholders).toStrictEqual(
      [],
    );
  });

  test("GIVEN a placeholder name with other characters WHEN written THEN it throws", () => {
    expect(() => placeholder("Charge-Arn")).toThrow(
      'placeholder("Charge-Arn"): a substitution name may hold letters, digits and underscores only',
    );
  });
});
