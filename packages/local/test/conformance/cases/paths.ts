import { expect } from "vitest";
import { type ConformanceCase, DOCS, SPEC } from "../harness.js";

const pass = (parameters: object, extra: object = {}) => ({
  StartAt: "P",
  States: { P: { Type: "Pass", Parameters: parameters, End: true, ...extra } },
});
const store = {
  items: [
    { id: 1, name: "pen", price: 2 },
    { id: 2, name: "book", price: 15 },
    { id: 3, name: "cup", price: 7 },
  ],
};
const START = Date.parse("2026-03-14T01:59:26.535Z");

export const PATH_CASES: readonly ConformanceCase[] = [
  {
    name: "the specification's path examples select a number, an array and a nested boolean",
    source: `${SPEC}#path`,
    definition: pass({ "foo.$": "$.foo", "bar.$": "$.bar", "cdr.$": "$.car.cdr" }),
    input: { foo: 123, bar: ["a", "b", "c"], car: { cdr: true } },
    expect: { output: { foo: 123, bar: ["a", "b", "c"], cdr: true } },
  },
  {
    name: "a wildcard selects every element's field as an array",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "ids.$": "$.items[*].id" }),
    input: store,
    expect: { output: { ids: [1, 2, 3] } },
  },
  {
    name: "a filter expression selects the matching elements",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "cheap.$": "$.items[?(@.price < 10)].name" }),
    input: store,
    expect: { output: { cheap: ["pen", "cup"] } },
  },
  {
    // The paths page writes `$.abc.['def ghi']`; Jayway also reads `$.[0]` and `.85`, and trims the path.
    name: "a bracket after a dot, a decimal without a leading 0 and a trailing space are read as Jayway reads them",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({
      "spaced.$": "$.abc.['def ghi']",
      "first.$": "$.items.[0].name",
      "pricey.$": "$.items[?(@.score > .5)].name",
      "trimmed.$": "$.abc.x ",
    }),
    input: {
      abc: { "def ghi": 1, x: 2 },
      items: [
        { name: "pen", score: 0.4 },
        { name: "book", score: 0.9 },
      ],
    },
    expect: { output: { spaced: 1, first: "pen", pricey: ["book"], trimmed: 2 } },
  },
  {
    // Jayway (which Step Functions reads paths with) merges several bracketed names at the end of a path into
    // one object: https://github.com/json-path/JsonPath#path-examples ("$['store']['book'][0]['author','title']").
    name: "several bracketed names as the last leg make one object of those fields",
    source: "https://github.com/json-path/JsonPath",
    definition: pass({ "picked.$": "$['a','b','missing']", "each.$": "$.items[*]['id','name']" }),
    input: { a: 1, b: { c: 2 }, d: 3, items: store.items.slice(0, 2) },
    expect: {
      output: {
        picked: { a: 1, b: { c: 2 } },
        each: [
          { id: 1, name: "pen" },
          { id: 2, name: "book" },
        ],
      },
    },
  },
  {
    name: "slices, negative indexes and unions select elements",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({
      "slice.$": "$.items[1:3].id",
      "last.$": "$.items[-1].id",
      "union.$": "$.items[0,2].name",
    }),
    input: store,
    expect: { output: { slice: [2, 3], last: 3, union: ["pen", "cup"] } },
  },
  {
    name: "the descendant operator collects a field at every depth",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "all.$": "$..id" }),
    input: { id: 0, child: { id: 1, more: [{ id: 2 }] } },
    expect: { output: { all: [0, 1, 2] } },
  },
  {
    name: "length() gives the size of an array",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "count.$": "$.items.length()" }),
    input: store,
    expect: { output: { count: 3 } },
  },
  {
    name: "bracket notation reads names that dot notation cannot",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "value.$": "$['my field'].x" }),
    input: { "my field": { x: "ok" } },
    expect: { output: { value: "ok" } },
  },
  {
    name: "$$.Execution, $$.StateMachine and $$.State describe the running execution",
    source: `${DOCS}/input-output-contextobject.html`,
    engine: { startTime: START },
    start: { name: "my-execution" },
    definition: pass({
      "executionId.$": "$$.Execution.Id",
      "name.$": "$$.Execution.Name",
      "machine.$": "$$.StateMachine.Name",
      "state.$": "$$.State.Name",
      "entered.$": "$$.State.EnteredTime",
      "started.$": "$$.Execution.StartTime",
      "retries.$": "$$.State.RetryCount",
    }),
    expect: {
      output: {
        executionId: "arn:aws:states:us-east-1:123456789012:execution:StateMachine:my-execution",
        name: "my-execution",
        machine: "StateMachine",
        state: "P",
        entered: "2026-03-14T01:59:26.535Z",
        started: "2026-03-14T01:59:26.535Z",
        retries: 0,
      },
    },
  },
  {
    name: "$$.Execution.Input is the execution's input in every state",
    source: `${DOCS}/input-output-contextobject.html`,
    definition: {
      StartAt: "A",
      States: {
        A: { Type: "Pass", Result: { other: true }, Next: "B" },
        B: { Type: "Pass", Parameters: { "original.$": "$$.Execution.Input" }, End: true },
      },
    },
    input: { order: 7 },
    expect: { output: { original: { order: 7 } } },
  },
  {
    name: "the whole context object is readable as $$",
    source: `${DOCS}/input-output-contextobject.html`,
    definition: pass({ "context.$": "$$" }),
    check: (result) => {
      const context = (result.output as { context: Record<string, unknown> }).context;
      expect(Object.keys(context).sort()).toStrictEqual(["Execution", "State", "StateMachine"]);
      expect(context.StateMachine).toMatchObject({ Name: "StateMachine" });
    },
  },
  {
    name: "a JSONPath state reads a variable as $name, including its fields",
    source: `${DOCS}/workflow-variables.html`,
    definition: {
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { user: { name: "Ana", tier: "gold" }, limit: 3 }, Next: "Use" },
        Use: { Type: "Pass", Parameters: { "who.$": "$user.name", "limit.$": "$limit" }, End: true },
      },
    },
    expect: { output: { who: "Ana", limit: 3 } },
  },
  {
    name: "JSONPath Assign reads the state's result with .$ keys",
    source: `${DOCS}/workflow-variables.html`,
    definition: {
      StartAt: "Set",
      States: {
        Set: {
          Type: "Pass",
          Result: { total: 42 },
          Assign: { "sum.$": "$.total", "when.$": "$$.State.Name" },
          Next: "Use",
        },
        Use: { Type: "Pass", Parameters: { "sum.$": "$sum", "when.$": "$when" }, End: true },
      },
    },
    expect: { output: { sum: 42, when: "Set" } },
  },
  {
    name: "a variable that was never assigned makes a .$ path fail with States.Runtime",
    source: `${DOCS}/workflow-variables.html`,
    definition: pass({ "value.$": "$neverSet" }),
    expect: {
      error: "States.Runtime",
      cause: /The JSONPath '\$neverSet' specified for the field 'value\.\$' could not be found/,
    },
  },
  {
    name: "filters can compare with strings and combine conditions",
    source: `${DOCS}/amazon-states-language-paths.html`,
    definition: pass({ "found.$": "$.items[?(@.name == 'book' || @.price > 5 && @.id != 3)].id" }),
    input: store,
    expect: { output: { found: [2] } },
  },
];
