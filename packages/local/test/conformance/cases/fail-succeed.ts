import { expect } from "vitest";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

export const FAIL_SUCCEED_CASES: readonly ConformanceCase[] = [
  {
    name: "Fail stops the execution with its Error and Cause",
    source: `${DOCS}/state-fail.html`,
    definition: {
      StartAt: "FailState",
      States: { FailState: { Type: "Fail", Error: "ErrorA", Cause: "Kaiju attack" } },
    },
    expect: { error: "ErrorA", cause: "Kaiju attack" },
    check: (result) =>
      expect(eventTypes(result)).toStrictEqual(["ExecutionStarted", "FailStateEntered", "ExecutionFailed"]),
  },
  {
    name: "ErrorPath and CausePath read the error and cause from the input",
    source: `${DOCS}/state-fail.html`,
    definition: { StartAt: "F", States: { F: { Type: "Fail", ErrorPath: "$.Error", CausePath: "$.Cause" } } },
    input: { Error: "MyError", Cause: "it broke" },
    expect: { error: "MyError", cause: "it broke" },
  },
  {
    name: "CausePath may be an intrinsic function",
    source: `${DOCS}/state-fail.html`,
    definition: {
      StartAt: "F",
      States: {
        F: {
          Type: "Fail",
          ErrorPath: "$.Error",
          CausePath: "States.Format('this is the error: {}, and this is the cause: {}', $.Error, $.Cause)",
        },
      },
    },
    input: { Error: "E", Cause: "C" },
    expect: { error: "E", cause: "this is the error: E, and this is the cause: C" },
  },
  {
    name: "a Fail state without Error or Cause fails with neither",
    source: `${DOCS}/state-fail.html`,
    definition: { StartAt: "F", States: { F: { Type: "Fail" } } },
    expect: { status: "FAILED" },
    check: (result) => {
      expect(result.status).toBe("FAILED");
      expect(result.error).toBeUndefined();
      expect(result.cause).toBeUndefined();
    },
  },
  {
    name: "an ErrorPath value that is not a string fails with States.Runtime",
    source: `${DOCS}/state-fail.html`,
    definition: { StartAt: "F", States: { F: { Type: "Fail", ErrorPath: "$.code" } } },
    input: { code: 42 },
    expect: { error: "States.Runtime", cause: /must be a string/ },
  },
  {
    name: "Succeed ends the execution with its input",
    source: `${DOCS}/state-succeed.html`,
    definition: { StartAt: "S", States: { S: { Type: "Succeed" } } },
    input: { done: true },
    expect: { output: { done: true } },
    check: (result) =>
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "SucceedStateEntered",
        "SucceedStateExited",
        "ExecutionSucceeded",
      ]),
  },
  {
    name: "Succeed applies InputPath and OutputPath",
    source: `${DOCS}/state-succeed.html`,
    definition: { StartAt: "S", States: { S: { Type: "Succeed", InputPath: "$.a", OutputPath: "$.b" } } },
    input: { a: { b: 1, c: 2 } },
    expect: { output: 1 },
  },
  {
    name: "Succeed as a Choice target stops early",
    source: `${DOCS}/state-succeed.html`,
    definition: {
      StartAt: "C",
      States: {
        C: {
          Type: "Choice",
          Choices: [{ Variable: "$.stop", BooleanEquals: true, Next: "Stop" }],
          Default: "Later",
        },
        Stop: { Type: "Succeed" },
        Later: { Type: "Fail", Error: "NotReached" },
      },
    },
    input: { stop: true },
    expect: { output: { stop: true } },
  },
];
