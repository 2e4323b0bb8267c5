import { expect } from "vitest";
import { type ConformanceCase, DATA, FN, jsonata } from "../harness.js";

/*
 * "Handling expression errors": an expression that returns nothing (JSON cannot represent undefined), a value
 * of the wrong type and a value out of range all fail with States.QueryEvaluationError, which Task, Map and
 * Parallel states can catch. https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
const NOTHING = "{% $states.input.thisFieldDoesNotExist %}";
// The cause follows AWS's "An error occurred while executing the state 'P' (entered at the event id #2)." prefix.
const returnedNothing = (field: string) =>
  new RegExp(
    `\\. The JSONata expression '\\$states\\.input\\.thisFieldDoesNotExist' specified for the field '${field.replace(/[[\]]/g, "\\$&")}' returned nothing \\(undefined\\)\\.$`,
  );
const pass = (fields: object) => jsonata({ P: { Type: "Pass", ...fields, End: true } });
const caught = (task: object) =>
  jsonata({
    T: {
      Type: "Task",
      Resource: FN,
      ...task,
      Catch: [
        { ErrorEquals: ["States.QueryEvaluationError"], Output: "{% $states.errorOutput %}", Next: "Caught" },
      ],
      End: true,
    },
    Caught: { Type: "Pass", End: true },
  });
const work = { handlers: { work: () => "done" } };

export const JSONATA_QUERY_ERROR_CASES: readonly ConformanceCase[] = [
  {
    name: "an expression inside Output that returns nothing fails, naming the field as AWS does",
    source: DATA,
    definition: pass({ Output: { result: NOTHING } }),
    expect: { error: "States.QueryEvaluationError", cause: returnedNothing("Output/result") },
  },
  {
    name: "nested deeper, and inside an array, it fails the same way (it is not dropped)",
    source: DATA,
    definition: pass({ Output: { a: { b: [1, NOTHING] } } }),
    expect: { error: "States.QueryEvaluationError", cause: returnedNothing("Output/a/b[1]") },
  },
  {
    name: "in Arguments the task is not called, and a Catch for States.QueryEvaluationError handles it",
    source: DATA,
    engine: { handlers: { work: () => expect.unreachable("the task must not run") } },
    definition: caught({ Arguments: { Payload: { id: NOTHING } } }),
    check: (result) => {
      expect(result.output).toMatchObject({ Error: "States.QueryEvaluationError" });
      expect((result.output as { Cause: string }).Cause).toMatch(returnedNothing("Arguments/Payload/id"));
    },
  },
  {
    name: "in Assign",
    source: DATA,
    definition: pass({ Assign: { r: NOTHING } }),
    expect: { error: "States.QueryEvaluationError", cause: returnedNothing("Assign/r") },
  },
  {
    name: "in a Map ItemSelector",
    source: DATA,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: [1],
        ItemSelector: { value: NOTHING },
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
        End: true,
      },
    }),
    expect: { error: "States.QueryEvaluationError", cause: returnedNothing("ItemSelector/value") },
  },
  {
    name: "in a Fail state's Cause",
    source: DATA,
    definition: jsonata({ F: { Type: "Fail", Error: "Failed", Cause: NOTHING } }),
    expect: { error: "States.QueryEvaluationError", cause: returnedNothing("Cause") },
  },
  {
    name: "type incompatibility: a string TimeoutSeconds is a query error that Catch handles",
    source: DATA,
    engine: work,
    definition: caught({ TimeoutSeconds: "{% $states.input.timeout %}" }),
    input: { timeout: "10" },
    check: (result) => {
      expect(result.status).toBe("SUCCEEDED");
      expect(result.output).toMatchObject({ Error: "States.QueryEvaluationError" });
    },
  },
  {
    name: "value out of range: a negative Wait Seconds",
    source: DATA,
    definition: jsonata({ W: { Type: "Wait", Seconds: "{% $states.input.delay %}", End: true } }),
    input: { delay: -1 },
    expect: { error: "States.QueryEvaluationError", cause: /not a valid number of seconds/ },
  },
  {
    name: "a Wait Timestamp that is not a timestamp",
    source: DATA,
    definition: jsonata({ W: { Type: "Wait", Timestamp: "{% $states.input.at %}", End: true } }),
    input: { at: "soon" },
    expect: { error: "States.QueryEvaluationError", cause: /not an ISO-8601 timestamp/ },
  },
  {
    name: "a Map MaxConcurrency that is not a number",
    source: DATA,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: [1],
        MaxConcurrency: "{% 'two' %}",
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
        End: true,
      },
    }),
    expect: { error: "States.QueryEvaluationError", cause: /MaxConcurrency/ },
  },
  {
    name: "a Fail Error that is not a string",
    source: DATA,
    definition: jsonata({ F: { Type: "Fail", Error: "{% 5 %}" } }),
    expect: { error: "States.QueryEvaluationError", cause: /must be a string/ },
  },
  {
    name: "an expression that returns a function is a query error (JSON has no functions)",
    source: DATA,
    definition: pass({ Output: "{% function($x){ $x } %}" }),
    expect: { error: "States.QueryEvaluationError", cause: /returned a function/ },
  },
  {
    name: "a function inside the result is dropped, as JSON.stringify drops it",
    source: DATA,
    definition: pass({ Output: "{% { 'kept': 1, 'dropped': function($x){ $x } } %}" }),
    expect: { output: { kept: 1 } },
  },
];
