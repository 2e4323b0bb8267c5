import { expect } from "vitest";
import { type ConformanceCase, DATA, DOCS, eventTypes, FN, jsonata, VARIABLES } from "../harness.js";

const elapsedMs = (result: { startDate: Date; stopDate: Date }) =>
  result.stopDate.getTime() - result.startDate.getTime();
const failEvery = (predicate: string) => ({
  ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
  StartAt: "Check",
  States: {
    Check: {
      Type: "Choice",
      Choices: [{ Condition: `{% ${predicate} %}`, Next: "Bad" }],
      Default: "Good",
    },
    Bad: { Type: "Fail", Error: "ItemFailed" },
    Good: { Type: "Pass", Output: "ok", End: true },
  },
});

/** The fields that take a JSONata expression in place of a number, a path or a literal. */
export const JSONATA_FIELD_CASES: readonly ConformanceCase[] = [
  {
    name: "Wait takes Timestamp from an expression",
    source: `${DOCS}/state-wait.html`,
    engine: { startTime: Date.parse("2030-01-01T00:00:00Z") },
    definition: jsonata({
      W: { Type: "Wait", Timestamp: "{% $states.input.until %}", Next: "P" },
      P: { Type: "Pass", Output: "{% $states.context.State.EnteredTime %}", End: true },
    }),
    input: { until: "2030-01-01T00:05:00Z" },
    expect: { output: "2030-01-01T00:05:00.000Z" },
  },
  {
    name: "Map Items may be a literal JSON array",
    source: `${DOCS}/state-map.html`,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: [1, 2, 3],
        ItemProcessor: {
          StartAt: "Double",
          States: { Double: { Type: "Pass", Output: "{% $states.input * 2 %}", End: true } },
        },
        End: true,
      },
    }),
    expect: { output: [2, 4, 6] },
  },
  {
    name: "Items that is not an array fails with States.QueryEvaluationError",
    source: DATA,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: "{% $states.input.notAList %}",
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
        End: true,
      },
    }),
    input: { notAList: 5 },
    expect: { error: "States.QueryEvaluationError", cause: /must select a JSON array/ },
  },
  {
    name: "Map MaxConcurrency from an expression limits the iterations running at once",
    source: `${DOCS}/state-map-inline.html`,
    definition: jsonata({
      M: {
        Type: "Map",
        MaxConcurrency: "{% $states.input.limit %}",
        Items: "{% $states.input.items %}",
        ItemProcessor: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
        End: true,
      },
    }),
    input: { limit: 1, items: [1, 2, 3] },
    check: (result) => expect(elapsedMs(result)).toBe(30_000),
  },
  {
    name: "Map ToleratedFailureCount from an expression",
    source: `${DOCS}/maprun-fail-threshold.html`,
    definition: jsonata({
      M: {
        Type: "Map",
        ToleratedFailureCount: "{% $states.input.tolerate %}",
        Items: "{% $states.input.items %}",
        ItemProcessor: failEvery("$states.input < 0"),
        End: true,
      },
    }),
    input: { tolerate: 1, items: [-1, -2, 3] },
    expect: { error: "States.ExceedToleratedFailureThreshold" },
  },
  {
    name: "Task TimeoutSeconds from an expression fails a slow task with States.Timeout",
    source: `${DOCS}/state-task.html#task-state-fields`,
    engine: { handlers: { work: () => new Promise(() => {}) }, handlerStallMs: 10 },
    definition: jsonata({
      T: { Type: "Task", Resource: FN, TimeoutSeconds: "{% $states.input.seconds %}", End: true },
    }),
    input: { seconds: 7 },
    expect: { error: "States.Timeout" },
    check: (result) => {
      expect(elapsedMs(result)).toBe(7_000);
      expect(eventTypes(result)).toContain("LambdaFunctionTimedOut");
    },
  },
  {
    // "Value out of range": a negative TimeoutSeconds is a query error, which Catch can handle.
    name: "a TimeoutSeconds expression that is not a positive integer fails with States.QueryEvaluationError",
    source: DATA,
    engine: { handlers: { work: () => "done" } },
    definition: jsonata({
      T: { Type: "Task", Resource: FN, TimeoutSeconds: "{% $states.input.seconds %}", End: true },
    }),
    input: { seconds: -1 },
    expect: { error: "States.QueryEvaluationError", cause: /positive integer/ },
  },
  {
    name: "a Task without Arguments gets the state input",
    source: DATA,
    engine: { handlers: { work: (event) => ({ got: event }) } },
    definition: jsonata({ T: { Type: "Task", Resource: FN, End: true } }),
    input: { order: 7 },
    expect: { output: { got: { order: 7 } } },
  },
  {
    name: "a catcher without Output passes $states.errorOutput on",
    source: `${DOCS}/concepts-error-handling.html`,
    engine: {
      handlers: {
        work: () => {
          throw Object.assign(new Error("no stock"), { name: "OutOfStock" });
        },
      },
    },
    definition: jsonata({
      T: { Type: "Task", Resource: FN, Catch: [{ ErrorEquals: ["OutOfStock"], Next: "After" }], End: true },
      After: { Type: "Pass", Output: "{% $states.input.Error %}", End: true },
    }),
    expect: { output: "OutOfStock" },
  },
  {
    name: "Parallel Output and Assign read the branches' results from $states.result",
    source: VARIABLES,
    definition: jsonata({
      P: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Pass", Output: 1, End: true } } },
          { StartAt: "B", States: { B: { Type: "Pass", Output: 2, End: true } } },
        ],
        Assign: { total: "{% $sum($states.result) %}" },
        Output: { results: "{% $states.result %}" },
        Next: "Read",
      },
      Read: { Type: "Pass", Output: { total: "{% $total %}", before: "{% $states.input %}" }, End: true },
    }),
    expect: { output: { total: 3, before: { results: [1, 2] } } },
  },
  {
    name: "Succeed takes Output from an expression",
    source: `${DOCS}/state-succeed.html`,
    definition: jsonata({ S: { Type: "Succeed", Output: { done: "{% $states.input.n + 1 %}" } } }),
    input: { n: 41 },
    expect: { output: { done: 42 } },
  },
];
