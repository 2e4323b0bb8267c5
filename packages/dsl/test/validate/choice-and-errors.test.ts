import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/index.js";
import { type Expected, expectDiagnostic, jsonataMachine, LAMBDA, machine } from "./helpers.js";

// Choice rules: https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
// ErrorEquals and States.ALL: https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
const done = { Type: "Succeed" };
const choice = (choices: unknown, extra: Record<string, unknown> = {}) =>
  machine({ C: { Type: "Choice", Choices: choices, Default: "D", ...extra }, D: done });
const refused = (state: string, field: string | null, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});
const task = (extra: Record<string, unknown>) =>
  machine({ T: { Type: "Task", Resource: LAMBDA, End: true, ...extra }, D: done });

const cases: [string, unknown, Expected][] = [
  ["a Choice with no rules", choice([]), refused("C", "Choices", "A Choice state needs at least one rule")],
  [
    "a Choice with no Choices field",
    machine({ C: { Type: "Choice", Default: "D" }, D: done }),
    refused("C", "Choices", "must have Choices"),
  ],
  [
    "a top-level rule without Next",
    choice([{ Variable: "$.a", StringEquals: "x" }]),
    refused("C", "Choices[0].Next", "A top-level Choice rule must have Next"),
  ],
  [
    "a nested rule with Next",
    choice([{ And: [{ Variable: "$.a", IsPresent: true, Next: "D" }], Next: "D" }]),
    refused("C", "Choices[0].And[0].Next", "A rule inside And, Or or Not cannot have Next"),
  ],
  [
    "a nested rule with Assign",
    choice([{ Not: { Variable: "$.a", IsNull: true, Assign: { x: 1 } }, Next: "D" }]),
    refused("C", "Choices[0].Not.Assign", "cannot have Assign"),
  ],
  [
    "a rule with two comparisons",
    choice([{ Variable: "$.a", StringEquals: "x", IsPresent: true, Next: "D" }]),
    refused("C", "Choices[0]", "exactly one operator, but this one has StringEquals, IsPresent"),
  ],
  [
    "a rule with a Variable and no comparison",
    choice([{ Variable: "$.a", Next: "D" }]),
    refused("C", "Choices[0]", "has a Variable but no comparison operator"),
  ],
  [
    "a comparison without Variable",
    choice([{ NumericEquals: 1, Next: "D" }]),
    refused("C", "Choices[0].Variable", "NumericEquals compares a Variable"),
  ],
  [
    "an empty And",
    choice([{ And: [], Next: "D" }]),
    refused("C", "Choices[0].And", "must be a non-empty array of rules"),
  ],
  [
    "a comparison value of the wrong type",
    choice([{ Variable: "$.a", NumericEquals: "1", Next: "D" }]),
    refused("C", "Choices[0].NumericEquals", "NumericEquals must be a number, not a string"),
  ],
  [
    "a JSONata rule without Condition",
    jsonataMachine({ C: { Type: "Choice", Choices: [{ Next: "D" }], Default: "D" }, D: done }),
    refused("C", "Choices[0].Condition", "must have Condition"),
  ],
  [
    "a JSONPath rule in a JSONata Choice",
    jsonataMachine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", IsPresent: true, Next: "D" }], Default: "D" },
      D: done,
    }),
    refused("C", "Choices[0].Variable", "Variable is a JSONPath field, but this state uses JSONata"),
  ],
  [
    "States.ALL with other errors",
    task({ Catch: [{ ErrorEquals: ["States.ALL", "X"], Next: "D" }] }),
    refused("T", "Catch[0].ErrorEquals", "States.ALL must be alone in ErrorEquals"),
  ],
  [
    "a non-last States.ALL retrier (asl-validator accepts it)",
    task({ Retry: [{ ErrorEquals: ["States.ALL"] }, { ErrorEquals: ["X"] }] }),
    refused("T", "Retry[0].ErrorEquals", "The retrier with States.ALL must be the last one"),
  ],
  [
    "a non-last States.ALL catcher",
    task({
      Catch: [
        { ErrorEquals: ["States.ALL"], Next: "D" },
        { ErrorEquals: ["X"], Next: "D" },
      ],
    }),
    refused("T", "Catch[0].ErrorEquals", "The catcher with States.ALL must be the last one"),
  ],
];

describe("Choice rules and error matchers", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("a States.* error name Step Functions never raises is a warning with a suggestion", () => {
    expectDiagnostic(task({ Retry: [{ ErrorEquals: ["States.TimeOut"] }] }), {
      state: "T",
      field: "Retry[0].ErrorEquals",
      kind: "fails-at-run-time",
      severity: "warning",
      message: "nor a Fail state of this definition raises States.TimeOut",
    });
  });

  // An HTTP Task fails with States.Http.StatusCode.<code> for a non-2xx answer; retrying 429 is the usual use.
  // https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
  test("States.Http.StatusCode.<code> is an error Step Functions raises: no warning", () => {
    const http = machine({
      Call: {
        Type: "Task",
        Resource: "arn:aws:states:::http:invoke",
        Parameters: {
          ApiEndpoint: "https://api.example.com/orders",
          Method: "GET",
          Authentication: { ConnectionArn: "arn:aws:events:us-east-1:123456789012:connection/api/1" },
        },
        Retry: [{ ErrorEquals: ["States.Http.StatusCode.429", "States.Http.StatusCode.503"] }],
        Catch: [{ ErrorEquals: ["States.Http.StatusCode.404"], Next: "NotFound" }],
        End: true,
      },
      NotFound: { Type: "Succeed" },
    });
    expect(validateDefinition(http).diagnostics).toStrictEqual([]);
    expectDiagnostic(task({ Retry: [{ ErrorEquals: ["States.Http.StatusCode.4xx"] }] }), {
      state: "T",
      field: "Retry[0].ErrorEquals",
      kind: "fails-at-run-time",
      severity: "warning",
      message: "nor a Fail state of this definition raises States.Http.StatusCode.4xx",
    });
  });

  test("a Timestamp comparison with a malformed literal can never match", () => {
    expectDiagnostic(choice([{ Variable: "$.t", TimestampEquals: "yesterday", Next: "D" }]), {
      state: "C",
      field: "Choices[0].TimestampEquals",
      kind: "fails-at-run-time",
      message: "is not an RFC 3339 timestamp",
    });
  });
});
