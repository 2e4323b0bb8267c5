import { expect } from "vitest";
import { type ConformanceCase, DATA, DOCS, FN, jsonata, output, VARIABLES } from "../harness.js";

/** `{ "__proto__": value, …rest }` as JSON has it (an object literal's `__proto__:` sets the prototype). */
const withProto = (value: unknown, rest: object) => ({
  ...JSON.parse(`{"__proto__":${JSON.stringify(value)}}`),
  ...rest,
});

export const JSONATA_CASES: readonly ConformanceCase[] = [
  {
    // JSON has no special keys: an Output field named "__proto__" is data like any other (it was lost).
    name: "an Output field named __proto__ is kept",
    source: DATA,
    definition: jsonata(output(withProto("{% $states.input.a %}", { k: "{% 6 %}" }))),
    input: { a: 5 },
    expect: { output: withProto(5, { k: 6 }) },
  },
  {
    name: "Output is evaluated over $states.input",
    source: DATA,
    definition: jsonata(
      output({ total: "{% $sum($states.input.items.price) %}", first: "{% $states.input.items[0].name %}" }),
    ),
    input: {
      items: [
        { name: "pen", price: 2 },
        { name: "cup", price: 5 },
      ],
    },
    expect: { output: { total: 7, first: "pen" } },
  },
  {
    name: "a Pass state without Output outputs its input",
    source: DATA,
    definition: jsonata({ P: { Type: "Pass", End: true } }),
    input: { a: 1 },
    expect: { output: { a: 1 } },
  },
  {
    name: "strings without {% %} are literal",
    source: DATA,
    definition: jsonata(output({ text: "$states.input.a", expr: "{% $states.input.a %}" })),
    input: { a: 1 },
    expect: { output: { text: "$states.input.a", expr: 1 } },
  },
  {
    name: "a Task receives Arguments and outputs $states.result by default",
    source: DATA,
    engine: {
      handlers: {
        work: (event: { n: number; label: string }) => ({ doubled: event.n * 2, label: event.label }),
      },
    },
    definition: jsonata({
      T: {
        Type: "Task",
        Resource: FN,
        Arguments: { n: "{% $states.input.value %}", label: "fixed" },
        End: true,
      },
    }),
    input: { value: 21 },
    expect: { output: { doubled: 42, label: "fixed" } },
  },
  {
    name: "a Task's Output combines $states.input and $states.result",
    source: DATA,
    engine: { handlers: { work: () => ({ status: "ok" }) } },
    definition: jsonata({
      T: {
        Type: "Task",
        Resource: FN,
        Output: { id: "{% $states.input.id %}", status: "{% $states.result.status %}" },
        End: true,
      },
    }),
    input: { id: 7 },
    expect: { output: { id: 7, status: "ok" } },
  },
  {
    name: "Assign evaluates every expression with the values from before the state (a swap works)",
    source: VARIABLES,
    definition: jsonata({
      Init: { Type: "Pass", Assign: { x: 1, y: 2 }, Next: "Swap" },
      Swap: { Type: "Pass", Assign: { x: "{% $y %}", y: "{% $x %}" }, Next: "Read" },
      Read: { Type: "Pass", Output: { x: "{% $x %}", y: "{% $y %}" }, End: true },
    }),
    expect: { output: { x: 2, y: 1 } },
  },
  {
    name: "a state's Output sees the variables as they were before its own Assign",
    source: VARIABLES,
    definition: jsonata({
      Init: { Type: "Pass", Assign: { count: 1 }, Next: "Bump" },
      Bump: {
        Type: "Pass",
        Assign: { count: "{% $count + 1 %}" },
        Output: { before: "{% $count %}" },
        Next: "After",
      },
      After: {
        Type: "Pass",
        Output: { before: "{% $states.input.before %}", after: "{% $count %}" },
        End: true,
      },
    }),
    expect: { output: { before: 1, after: 2 } },
  },
  {
    name: "the history shows what a state assigned",
    source: VARIABLES,
    definition: jsonata({
      P: { Type: "Pass", Assign: { greeting: "{% 'hi ' & $states.input.name %}" }, End: true },
    }),
    input: { name: "Ana" },
    check: (result) => {
      const exited = result.history.find(
        (event) => event.type === "PassStateExited",
      )?.stateExitedEventDetails;
      expect(exited?.assignedVariables).toStrictEqual({ greeting: '"hi Ana"' });
    },
  },
  {
    name: "Choice rules use Condition; a matched rule's Output becomes the state's output",
    source: `${DOCS}/state-choice.html`,
    definition: jsonata({
      C: {
        Type: "Choice",
        Choices: [
          { Condition: "{% $states.input.n > 10 %}", Output: { size: "big" }, Next: "Done" },
          { Condition: "{% $states.input.n > 0 %}", Output: { size: "small" }, Next: "Done" },
        ],
        Default: "Done",
      },
      Done: { Type: "Succeed" },
    }),
    input: { n: 5 },
    expect: { output: { size: "small" } },
  },
  {
    name: "a Condition that is not a boolean fails with States.QueryEvaluationError",
    source: `${DOCS}/state-choice.html`,
    definition: jsonata({
      C: { Type: "Choice", Choices: [{ Condition: "{% $states.input.n %}", Next: "Done" }], Default: "Done" },
      Done: { Type: "Succeed" },
    }),
    input: { n: 5 },
    expect: { error: "States.QueryEvaluationError", cause: /must evaluate to a boolean/ },
  },
  {
    name: "an expression that throws fails with States.QueryEvaluationError",
    source: `${DOCS}/concepts-error-handling.html`,
    definition: jsonata(output({ bad: "{% $states.input.text + 1 %}" })),
    input: { text: "abc" },
    expect: { error: "States.QueryEvaluationError", cause: /T2001/ },
  },
  {
    name: "an Output that evaluates to nothing fails with States.QueryEvaluationError",
    source: DATA,
    definition: jsonata(output("{% $states.input.missing %}")),
    expect: { error: "States.QueryEvaluationError", cause: /returned nothing/ },
  },
  {
    name: "States.QueryEvaluationError can be caught, with $states.errorOutput in the catcher's Output",
    source: `${DOCS}/concepts-error-handling.html`,
    engine: { handlers: { work: () => "unused" } },
    definition: jsonata({
      T: {
        Type: "Task",
        Resource: FN,
        Arguments: { n: "{% $states.input.text * 2 %}" },
        Catch: [
          {
            ErrorEquals: ["States.QueryEvaluationError"],
            Output: { caught: "{% $states.errorOutput.Error %}" },
            Assign: { failed: true },
            Next: "After",
          },
        ],
        End: true,
      },
      After: {
        Type: "Pass",
        Output: { caught: "{% $states.input.caught %}", failed: "{% $failed %}" },
        End: true,
      },
    }),
    input: { text: "x" },
    expect: { output: { caught: "States.QueryEvaluationError", failed: true } },
  },
  {
    name: "$states.context is the context object",
    source: DATA,
    start: { name: "exec-1" },
    definition: jsonata(
      output({ name: "{% $states.context.Execution.Name %}", state: "{% $states.context.State.Name %}" }),
    ),
    expect: { output: { name: "exec-1", state: "P" } },
  },
  {
    name: "Map takes Items and builds each input with ItemSelector from $states.context.Map.Item",
    source: `${DOCS}/state-map.html`,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: "{% $states.input.orders %}",
        ItemSelector: {
          order: "{% $states.context.Map.Item.Value %}",
          position: "{% $states.context.Map.Item.Index %}",
          shop: "{% $states.input.shop %}",
        },
        ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", End: true } } },
        End: true,
      },
    }),
    input: { shop: "s1", orders: ["a", "b"] },
    expect: {
      output: [
        { order: "a", position: 0, shop: "s1" },
        { order: "b", position: 1, shop: "s1" },
      ],
    },
  },
  {
    name: "Parallel passes Arguments to every branch and outputs the array of results",
    source: `${DOCS}/state-parallel.html`,
    definition: jsonata({
      P: {
        Type: "Parallel",
        Arguments: { base: "{% $states.input.n %}" },
        Branches: [
          {
            StartAt: "A",
            States: { A: { Type: "Pass", Output: "{% $states.input.base + 1 %}", End: true } },
          },
          {
            StartAt: "B",
            States: { B: { Type: "Pass", Output: "{% $states.input.base * 10 %}", End: true } },
          },
        ],
        Output: { results: "{% $states.result %}" },
        End: true,
      },
    }),
    input: { n: 4 },
    expect: { output: { results: [5, 40] } },
  },
  {
    name: "variables assigned in a Map iteration stay in the iteration",
    source: `${VARIABLES}#variable-scope`,
    definition: jsonata({
      Set: { Type: "Pass", Assign: { total: 0 }, Next: "M" },
      M: {
        Type: "Map",
        Items: [1, 2],
        ItemProcessor: {
          StartAt: "I",
          States: {
            I: {
              Type: "Pass",
              Assign: { total: "{% $total + $states.input %}" },
              Output: "{% $total + $states.input %}",
              End: true,
            },
          },
        },
        Next: "After",
      },
      After: { Type: "Pass", Output: { results: "{% $states.input %}", total: "{% $total %}" }, End: true },
    }),
    expect: { output: { results: [1, 2], total: 0 } },
  },
  {
    name: "a Map state's Assign can keep the iterations' results for later states",
    source: `${VARIABLES}#variable-scope`,
    definition: jsonata({
      M: {
        Type: "Map",
        Items: [1, 2, 3],
        ItemProcessor: {
          StartAt: "I",
          States: { I: { Type: "Pass", Output: "{% $states.input * 2 %}", End: true } },
        },
        Assign: { doubled: "{% $states.result %}" },
        Next: "After",
      },
      After: { Type: "Pass", Output: "{% $sum($doubled) %}", End: true },
    }),
    expect: { output: 12 },
  },
  {
    name: "reading a variable that was never assigned fails with States.QueryEvaluationError",
    source: VARIABLES,
    definition: jsonata(output({ value: "{% $notAssigned + 1 %}" })),
    expect: {
      error: "States.QueryEvaluationError",
      cause: /reads the variable \$notAssigned, which has not been assigned/,
    },
  },
  {
    name: "a Distributed Map's iterations cannot read the outer variables",
    source: `${VARIABLES}#variable-scope`,
    definition: jsonata({
      Set: { Type: "Pass", Assign: { outer: 1 }, Next: "M" },
      M: {
        Type: "Map",
        Items: [1],
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "I",
          States: { I: { Type: "Pass", Output: "{% $outer %}", End: true } },
        },
        End: true,
      },
    }),
    // The child workflow fails on $outer; a Distributed Map tolerates no failure by default.
    expect: { error: "States.ExceedToleratedFailureThreshold" },
    check: (result) => expect(result.history.some((event) => event.type === "MapIterationFailed")).toBe(true),
  },
  {
    name: "Fail takes Error and Cause from expressions",
    source: `${DOCS}/state-fail.html`,
    definition: jsonata({
      F: {
        Type: "Fail",
        Error: "{% $states.input.code %}",
        Cause: "{% 'order ' & $states.input.id & ' rejected' %}",
      },
    }),
    input: { code: "Rejected", id: "42" },
    expect: { error: "Rejected", cause: "order 42 rejected" },
  },
  {
    name: "Wait takes Seconds from an expression",
    source: `${DOCS}/state-wait.html`,
    definition: jsonata({ W: { Type: "Wait", Seconds: "{% $states.input.delay * 2 %}", End: true } }),
    input: { delay: 15 },
    check: (result) => expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(30_000),
  },
  {
    name: "a state can set QueryLanguage to JSONata inside a JSONPath machine",
    source: `${DOCS}/transforming-data.html`,
    definition: {
      StartAt: "Old",
      States: {
        Old: { Type: "Pass", Parameters: { "n.$": "$.n" }, Next: "New" },
        New: {
          Type: "Pass",
          QueryLanguage: "JSONata",
          Output: { n: "{% $states.input.n + 1 %}" },
          End: true,
        },
      },
    },
    input: { n: 1 },
    expect: { output: { n: 2 } },
  },
];
