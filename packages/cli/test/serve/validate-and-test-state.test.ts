import {
  InvalidDefinition,
  TestStateCommand,
  ValidateStateMachineDefinitionCommand,
} from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { rejection, useServer } from "./helpers/served.js";

const served = useServer({
  handlers: { price: (event) => ({ total: (event as { qty: number }).qty * 3 }) },
});

const validate = (
  definition: string | object,
  extra: { type?: "EXPRESS"; severity?: "WARNING"; maxResults?: number } = {},
) =>
  served.sfn.send(
    new ValidateStateMachineDefinitionCommand({
      definition: typeof definition === "string" ? definition : JSON.stringify(definition),
      ...extra,
    }),
  );

const testState = (
  state: object,
  input: object = {},
  extra: Omit<ConstructorParameters<typeof TestStateCommand>[0], "definition"> = {},
) =>
  served.sfn.send(
    new TestStateCommand({ definition: JSON.stringify(state), input: JSON.stringify(input), ...extra }),
  );

// https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html
describe("statesmith serve: ValidateStateMachineDefinition", () => {
  it("OK for a valid definition; FAIL with located SCHEMA_VALIDATION_FAILED errors for one AWS refuses", async () => {
    expect(await validate({ StartAt: "A", States: { A: { Type: "Succeed" } } })).toMatchObject({
      result: "OK",
      diagnostics: [],
      truncated: false,
    });
    const refused = await validate({
      StartAt: "A",
      States: {
        A: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
          Retry: [{ ErrorEquals: ["States.ALL"], MaxAttemps: 2 }],
          End: true,
        },
      },
    });
    expect(refused.result).toBe("FAIL");
    expect(refused.diagnostics?.[0]).toMatchObject({ severity: "ERROR", code: "SCHEMA_VALIDATION_FAILED" });
    expect(refused.diagnostics?.[0]?.message).toMatch(/State "A" \(Retry\[0\]/);
    expect(refused.diagnostics?.[0]?.location).toMatch(/^\/States\/A\/Retry\/0/);
  });

  it("what AWS accepts but cannot work is a WARNING (FAILS_AT_RUN_TIME): result OK, shown with severity WARNING only", async () => {
    const typo = {
      StartAt: "A",
      States: {
        A: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
          Retry: [{ ErrorEquals: ["States.Timout"] }],
          End: true,
        },
      },
    };
    expect(await validate(typo)).toMatchObject({ result: "OK", diagnostics: [] });
    const warned = await validate(typo, { severity: "WARNING" });
    expect(warned.result).toBe("OK");
    expect(warned.diagnostics?.[0]).toMatchObject({ severity: "WARNING", code: "FAILS_AT_RUN_TIME" });
    expect(warned.diagnostics?.[0]?.message).toContain("States.Timout");
  });

  it("JSON syntax errors are INVALID_JSON_DESCRIPTION; EXPRESS refuses callbacks; maxResults truncates", async () => {
    expect(await validate("{ nope")).toMatchObject({
      result: "FAIL",
      diagnostics: [{ code: "INVALID_JSON_DESCRIPTION", severity: "ERROR" }],
    });
    const callback = {
      StartAt: "Ask",
      States: {
        Ask: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: "q", MessageBody: { "t.$": "$$.Task.Token" } },
          End: true,
        },
      },
    };
    expect((await validate(callback)).result).toBe("OK");
    expect(await validate(callback, { type: "EXPRESS" })).toMatchObject({
      result: "FAIL",
      diagnostics: [{ location: "/States/Ask/Resource" }],
    });
    const manyBroken = {
      StartAt: "A",
      States: {
        A: { Type: "Pass", Next: "X1" },
        B: { Type: "Pass", Next: "X2" },
        C: { Type: "Pass", Next: "X3" },
      },
    };
    const truncated = await validate(manyBroken, { maxResults: 1 });
    expect(truncated.diagnostics).toHaveLength(1);
    expect(truncated.truncated).toBe(true);
  });
});

// https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html
describe("statesmith serve: TestState", () => {
  it("a Pass state: SUCCEEDED, its output, and the state it goes to next", async () => {
    const answer = await testState(
      { Type: "Pass", Parameters: { "doubled.$": "States.MathAdd($.n, $.n)" }, Next: "Save" },
      { n: 4 },
    );
    expect(answer).toMatchObject({ status: "SUCCEEDED", nextState: "Save" });
    expect(JSON.parse(answer.output ?? "")).toStrictEqual({ doubled: 8 });
  });

  it("a Choice state says which branch it takes", async () => {
    const choice = {
      Type: "Choice",
      Choices: [{ Variable: "$.total", NumericGreaterThan: 100, Next: "Review" }],
      Default: "Approve",
    };
    expect((await testState(choice, { total: 500 })).nextState).toBe("Review");
    expect((await testState(choice, { total: 5 })).nextState).toBe("Approve");
  });

  it("a Task runs its local handler; with `mock` it returns the mocked result instead", async () => {
    const task = {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "price", "Payload.$": "$" },
      ResultSelector: { "total.$": "$.Payload.total" },
      End: true,
    };
    const real = await testState(task, { qty: 2 });
    expect(real.status).toBe("SUCCEEDED");
    expect(JSON.parse(real.output ?? "")).toStrictEqual({ total: 6 });
    expect(real.nextState).toBeUndefined();
    const mocked = await testState(task, { qty: 2 }, { mock: { result: '{"Payload":{"total":99}}' } });
    expect(JSON.parse(mocked.output ?? "")).toStrictEqual({ total: 99 });
  });

  it("errors: FAILED uncaught, RETRIABLE when a Retrier matches, CAUGHT_ERROR with the Catcher's Next and ResultPath", async () => {
    const task = (extra: object) => ({
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "price", "Payload.$": "$" },
      Next: "Done",
      ...extra,
    });
    const mock = { mock: { errorOutput: { error: "Pricing.Down", cause: "try later" } } };
    expect(await testState(task({}), {}, mock)).toMatchObject({
      status: "FAILED",
      error: "Pricing.Down",
      cause: "try later",
    });
    const retry = { Retry: [{ ErrorEquals: ["Pricing.Down"], MaxAttempts: 2 }] };
    expect(await testState(task(retry), {}, mock)).toMatchObject({
      status: "RETRIABLE",
      error: "Pricing.Down",
    });
    // Retries used up (stateConfiguration.retrierRetryCount): the Catcher takes it.
    const catchToo = {
      ...retry,
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Fallback" }],
    };
    const caught = await testState(
      task(catchToo),
      { order: 1 },
      { ...mock, stateConfiguration: { retrierRetryCount: 2 }, inspectionLevel: "DEBUG" },
    );
    expect(caught).toMatchObject({ status: "CAUGHT_ERROR", nextState: "Fallback", error: "Pricing.Down" });
    expect(JSON.parse(caught.output ?? "")).toStrictEqual({
      order: 1,
      error: { Error: "Pricing.Down", Cause: "try later" },
    });
    expect(caught.inspectionData).toMatchObject({ input: '{"order":1}', errorDetails: { catchIndex: 0 } });
  });

  it("a Fail state FAILS; variables are in scope; stateName picks a state of a whole machine", async () => {
    expect(await testState({ Type: "Fail", Error: "Nope", Cause: "because" })).toMatchObject({
      status: "FAILED",
      error: "Nope",
      cause: "because",
    });
    const jsonata = {
      Type: "Pass",
      QueryLanguage: "JSONata",
      Output: "{% $limit - $states.input.spent %}",
      End: true,
    };
    const left = await testState(jsonata, { spent: 30 }, { variables: '{"limit":100}' });
    expect(JSON.parse(left.output ?? "")).toBe(70);
    const machine = {
      StartAt: "A",
      States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Result: "b", Next: "A" } },
    };
    const b = await served.sfn.send(
      new TestStateCommand({ definition: JSON.stringify(machine), stateName: "B" }),
    );
    expect(b).toMatchObject({ status: "SUCCEEDED", output: '"b"', nextState: "A" });
  });

  it("a state AWS would refuse is InvalidDefinition", async () => {
    const error = await rejection(testState({ Type: "Pass", Nxt: "B" }));
    expect(error).toBeInstanceOf(InvalidDefinition);
  });
});
