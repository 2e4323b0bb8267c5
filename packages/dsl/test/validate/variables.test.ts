import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import { type Expected, expectDiagnostic, jsonataMachine, machine } from "./helpers.js";

// Variables and their scopes: https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
// A read of a variable nothing assigns is accepted by AWS and fails the execution when it runs.
const pass = (extra: Record<string, unknown>) => ({ Type: "Pass", ...extra });
const unassigned = (state: string, field: string, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "fails-at-run-time",
  message,
});
const branch = (states: Record<string, unknown>) => ({ StartAt: Object.keys(states)[0], States: states });

const cases: [string, unknown, Expected][] = [
  [
    "a JSONata read that no state assigns",
    jsonataMachine({ A: pass({ Output: "{% $total %}", End: true }) }),
    unassigned("A", "Output", "$total is read here, but no state assigns it"),
  ],
  [
    "a read before the only assignment",
    jsonataMachine({ A: pass({ Output: "{% $x %}", Next: "B" }), B: pass({ Assign: { x: 1 }, End: true }) }),
    unassigned("A", "Output", 'no state that runs before "A" assigns it'),
  ],
  [
    "a read of a variable the same state assigns",
    jsonataMachine({ A: pass({ Assign: { x: 1 }, Output: "{% $x %}", End: true }) }),
    unassigned("A", "Output", 'no state that runs before "A" assigns it'),
  ],
  [
    "a JSONPath read in Parameters",
    machine({ A: pass({ Parameters: { "v.$": "$missing.field" }, End: true }) }),
    unassigned("A", "Parameters.v.$", "$missing is read here"),
  ],
  [
    "a JSONPath read inside an intrinsic",
    machine({ A: pass({ Parameters: { "v.$": "States.Format('{}', $who)" }, End: true }) }),
    unassigned("A", "Parameters.v.$", "$who is read here"),
  ],
  [
    "a JSONPath Choice Variable reading a variable",
    machine({
      C: { Type: "Choice", Choices: [{ Variable: "$flag", BooleanEquals: true, Next: "D" }], Default: "D" },
      D: { Type: "Succeed" },
    }),
    unassigned("C", "Choices[0].Variable", "$flag is read here"),
  ],
  [
    "a parent reading what a branch assigned",
    jsonataMachine({
      P: {
        Type: "Parallel",
        Next: "After",
        Branches: [branch({ B: pass({ Assign: { inner: 1 }, End: true }) })],
      },
      After: pass({ Output: "{% $inner %}", End: true }),
    }),
    unassigned("After", "Output", 'assigned by "B" inside P.Branches[0], which is not visible here'),
  ],
  [
    "one branch reading what another branch assigned",
    jsonataMachine({
      P: {
        Type: "Parallel",
        End: true,
        Branches: [
          branch({ B1: pass({ Assign: { v: 1 }, End: true }) }),
          branch({ B2: pass({ Output: "{% $v %}", End: true }) }),
        ],
      },
    }),
    unassigned("B2", "Output", "which is not visible here"),
  ],
  [
    "a Distributed Map iteration reading an outer variable",
    jsonataMachine({
      S: pass({ Assign: { limit: 5 }, Next: "M" }),
      M: {
        Type: "Map",
        End: true,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "W",
          States: { W: pass({ Output: "{% $limit %}", End: true }) },
        },
      },
    }),
    unassigned("W", "Output", "read inside a Distributed Map"),
  ],
  [
    "a Catch path that skips the assignment",
    jsonataMachine({
      T: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Assign: { id: "{% $states.result.id %}" },
        Next: "Ok",
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed" }],
      },
      Ok: pass({ End: true }),
      Failed: pass({ Output: "{% $id %}", End: true }),
    }),
    unassigned("Failed", "Output", 'no state that runs before "Failed" assigns it'),
  ],
  [
    "a reserved variable name",
    jsonataMachine({ A: pass({ Assign: { states: 1 }, End: true }) }),
    { state: "A", field: "Assign.states", kind: "refused-by-aws", message: "$states is reserved" },
  ],
  [
    "an invalid variable name",
    jsonataMachine({ A: pass({ Assign: { "order-id": 1 }, End: true }) }),
    {
      state: "A",
      field: "Assign.order-id",
      kind: "refused-by-aws",
      message: '"order-id" is not a valid variable name',
    },
  ],
  [
    "a variable name over 80 characters",
    jsonataMachine({ A: pass({ Assign: { ["v".repeat(81)]: 1 }, End: true }) }),
    {
      state: "A",
      field: `Assign.${"v".repeat(81)}`,
      kind: "refused-by-aws",
      message: "longer than 80 characters",
    },
  ],
];

describe("variable reads", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("reads that are fine: assigned on some path, outer variables in a branch and inline Map, built-ins, local bindings", () => {
    const definition = jsonataMachine({
      Start: pass({ Assign: { outer: 1 }, Next: "Decide" }),
      Decide: {
        Type: "Choice",
        Choices: [{ Condition: "{% $outer = 1 %}", Assign: { viaRule: true }, Next: "P" }],
        Default: "P",
      },
      P: {
        Type: "Parallel",
        Next: "M",
        Assign: { fromBranches: "{% $states.result %}" },
        Branches: [branch({ B: pass({ Output: "{% [$outer, $viaRule] %}", End: true }) })],
      },
      M: {
        Type: "Map",
        Items: "{% $fromBranches %}",
        Next: "Loop",
        ItemProcessor: {
          StartAt: "I",
          States: { I: pass({ Output: "{% $outer + $count([1]) %}", End: true }) },
        },
      },
      Loop: pass({
        Output: "{% ($n := 2; $map([1], function($v) { $v * $n })) %}",
        Assign: { again: true },
        Next: "Check",
      }),
      Check: { Type: "Choice", Choices: [{ Condition: "{% $again %}", Next: "End" }], Default: "Loop" },
      End: { Type: "Succeed" },
    });
    expect(validateDefinition(definition).diagnostics).toStrictEqual([]);
  });

  test("a variable named like a built-in function counts as a variable when it is assigned", () => {
    const definition = jsonataMachine({
      A: pass({ Output: "{% $count %}", Next: "B" }),
      B: pass({ Assign: { count: 1 }, End: true }),
    });
    expectDiagnostic(definition, unassigned("A", "Output", "$count is read here"));
    expect(
      validateDefinition(jsonataMachine({ A: pass({ Output: "{% $map([1], $string) %}", End: true }) }))
        .valid,
    ).toBe(true);
  });
});
