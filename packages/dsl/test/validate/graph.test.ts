import { describe, test } from "vitest";
import { type Expected, expectDiagnostic, machine } from "./helpers.js";

// The state graph, per machine: https://states-language.net/spec.html#transitions and
// https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html
const pass = (next: string) => ({ Type: "Pass", Next: next });
const done = { Type: "Succeed" };
const refused = (state: string | null, field: string | null, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});
const branch = (states: Record<string, unknown>) => ({ StartAt: Object.keys(states)[0], States: states });

const cases: [string, unknown, Expected][] = [
  [
    "a B<->C cycle that nothing reaches (asl-validator accepts it)",
    machine({ A: done, B: pass("C"), C: pass("B") }),
    refused("B", null, "No path from StartAt leads to this state"),
  ],
  [
    "an unreachable state inside a branch",
    machine({ P: { Type: "Parallel", End: true, Branches: [branch({ X: done, Y: done })] } }),
    refused("Y", null, "No path from StartAt"),
  ],
  [
    "a Next that names no state, with a suggestion",
    machine({ A: pass("Finsh"), Finish: done }),
    refused("A", "Next", 'There is no state named "Finsh" in the top level'),
  ],
  [
    "a Default that names no state",
    machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", IsNull: true, Next: "D" }], Default: "E" },
      D: done,
    }),
    refused("C", "Default", 'no state named "E"'),
  ],
  [
    "a Catch Next that names no state",
    machine({
      T: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        End: true,
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Oops" }],
      },
    }),
    refused("T", "Catch[0].Next", 'no state named "Oops"'),
  ],
  [
    "a StartAt that names no state",
    { StartAt: "Begin", States: { Start: done } },
    refused(null, "StartAt", 'There is no state named "Begin"'),
  ],
  [
    "a branch StartAt that names no state",
    machine({
      P: {
        Type: "Parallel",
        End: true,
        Branches: [branch({ X: done }), { StartAt: "Z", States: { Y: done } }],
      },
    }),
    refused("P", "Branches[1].StartAt", 'no state named "Z" in this branch'),
  ],
  [
    "a branch state that jumps out of its branch",
    machine({
      P: { Type: "Parallel", Next: "After", Branches: [branch({ X: pass("After") })] },
      After: done,
    }),
    refused("X", "Next", '"After" is a state of another level'),
  ],
  [
    "duplicate names across a Parallel branch",
    machine({ A: { Type: "Parallel", Next: "B", Branches: [branch({ B: done })] }, B: done }),
    refused("B", null, '2 states are named "B"'),
  ],
  [
    "duplicate names across Map processors",
    machine({
      M1: { Type: "Map", Next: "M2", ItemProcessor: branch({ Work: done }) },
      M2: { Type: "Map", End: true, ItemProcessor: branch({ Work: done }) },
    }),
    refused("Work", null, '2 states are named "Work"'),
  ],
  [
    "a machine with no terminal state",
    machine({ A: pass("B"), B: pass("A") }),
    refused(null, "States", "The state machine has no state that ends it"),
  ],
  [
    "a branch with no terminal state",
    machine({ P: { Type: "Parallel", End: true, Branches: [branch({ X: pass("Y"), Y: pass("X") })] } }),
    refused("P", "Branches[0].States", "This branch has no state that ends it"),
  ],
  [
    "a state with neither Next nor End",
    machine({ A: { Type: "Pass" } }),
    refused("A", null, "A Pass state needs one of Next, End"),
  ],
  [
    "a state with both Next and End",
    machine({ A: { Type: "Pass", Next: "B", End: true }, B: done }),
    refused("A", "Next/End", "exactly one of Next, End"),
  ],
];

describe("the state graph", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("a reachable loop with no exit fails at run time (AWS accepts it: the machine has a terminal state)", () => {
    const definition = machine({
      Start: {
        Type: "Choice",
        Choices: [{ Variable: "$.loop", BooleanEquals: true, Next: "B" }],
        Default: "Done",
      },
      B: { Type: "Wait", Seconds: 1, Next: "C" },
      C: { Type: "Pass", Next: "B" },
      Done: done,
    });
    expectDiagnostic(definition, {
      state: "B",
      field: null,
      kind: "fails-at-run-time",
      message: "No path from this state reaches a state that ends the execution",
    });
  });
});
