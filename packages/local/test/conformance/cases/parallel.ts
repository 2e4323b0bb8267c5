import { expect } from "vitest";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

const PAGE = `${DOCS}/state-parallel.html`;
const branch = (states: object, startAt = Object.keys(states)[0]) => ({ StartAt: startAt, States: states });
const parallel = (branches: object[], fields: object = {}) => ({
  StartAt: "P",
  States: { P: { Type: "Parallel", Branches: branches, End: true, ...fields } },
});

export const PARALLEL_CASES: readonly ConformanceCase[] = [
  {
    name: "the output is an array of the branches' outputs, in branch order",
    source: PAGE,
    definition: parallel([
      branch({
        Slow: { Type: "Wait", Seconds: 5, Next: "A" },
        A: { Type: "Pass", Result: "first", End: true },
      }),
      branch({ B: { Type: "Pass", Result: "second", End: true } }),
    ]),
    expect: { output: ["first", "second"] },
  },
  {
    name: "every branch gets the same input (after Parameters)",
    source: PAGE,
    definition: parallel(
      [
        branch({ A: { Type: "Pass", InputPath: "$.x", End: true } }),
        branch({ B: { Type: "Pass", InputPath: "$.y", End: true } }),
      ],
      { Parameters: { "x.$": "$.a", "y.$": "$.b" } },
    ),
    input: { a: 1, b: 2 },
    expect: { output: [1, 2] },
  },
  {
    name: "a failing branch fails the Parallel state with the branch's error",
    source: PAGE,
    definition: parallel([
      branch({ A: { Type: "Pass", End: true } }),
      branch({ B: { Type: "Fail", Error: "BranchError", Cause: "branch B failed" } }),
    ]),
    expect: { error: "BranchError", cause: "branch B failed" },
  },
  {
    name: "a failing branch stops the other branches",
    source: PAGE,
    definition: parallel([
      branch({ Long: { Type: "Wait", Seconds: 3600, Next: "Never" }, Never: { Type: "Pass", End: true } }),
      branch({ B: { Type: "Fail", Error: "Stop" } }),
    ]),
    expect: { error: "Stop" },
    check: (result) => {
      const types = eventTypes(result);
      expect(types).toContain("WaitStateAborted");
      expect(types).not.toContain("WaitStateExited");
      expect(types.slice(-2)).toStrictEqual(["ParallelStateFailed", "ExecutionFailed"]);
      expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(0);
    },
  },
  {
    name: "a Catch on the Parallel state handles a branch's error",
    source: PAGE,
    definition: {
      StartAt: "P",
      States: {
        P: {
          Type: "Parallel",
          Branches: [branch({ B: { Type: "Fail", Error: "BranchError", Cause: "why" } })],
          Catch: [{ ErrorEquals: ["BranchError"], ResultPath: "$.failure", Next: "Recovered" }],
          End: true,
        },
        Recovered: { Type: "Pass", End: true },
      },
    },
    input: { keep: 1 },
    expect: { output: { keep: 1, failure: { Error: "BranchError", Cause: "why" } } },
  },
  {
    name: "ResultSelector and ResultPath apply to the array of outputs",
    source: PAGE,
    definition: parallel(
      [
        branch({ A: { Type: "Pass", Result: { n: 1 }, End: true } }),
        branch({ B: { Type: "Pass", Result: { n: 2 }, End: true } }),
      ],
      { ResultSelector: { "first.$": "$[0].n", "second.$": "$[1].n" }, ResultPath: "$.sums" },
    ),
    input: { id: "x" },
    expect: { output: { id: "x", sums: { first: 1, second: 2 } } },
  },
  {
    name: "the history shows ParallelStateStarted and ParallelStateSucceeded around the branches",
    source: `${DOCS}/concepts-state-machine-executions.html`,
    definition: parallel([branch({ A: { Type: "Pass", End: true } })]),
    check: (result) =>
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "ParallelStateEntered",
        "ParallelStateStarted",
        "PassStateEntered",
        "PassStateExited",
        "ParallelStateSucceeded",
        "ParallelStateExited",
        "ExecutionSucceeded",
      ]),
  },
  {
    name: "branches read outer variables; their assignments stay inside the branch",
    source: `${DOCS}/workflow-variables.html#variable-scope`,
    definition: {
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { outer: "outside" }, Next: "P" },
        P: {
          Type: "Parallel",
          Branches: [
            branch({
              Inner: { Type: "Pass", Assign: { inner: "inside" }, Next: "Read" },
              Read: { Type: "Pass", Parameters: { "outer.$": "$outer", "inner.$": "$inner" }, End: true },
            }),
          ],
          Next: "After",
        },
        After: { Type: "Pass", Parameters: { "branch.$": "$[0]", "outerStill.$": "$outer" }, End: true },
      },
    },
    expect: { output: { branch: { outer: "outside", inner: "inside" }, outerStill: "outside" } },
  },
  {
    name: "a Parallel state nested in a branch works",
    source: PAGE,
    definition: parallel([
      branch({
        Inner: {
          Type: "Parallel",
          Branches: [
            branch({ X: { Type: "Pass", Result: 1, End: true } }),
            branch({ Y: { Type: "Pass", Result: 2, End: true } }),
          ],
          End: true,
        },
      }),
    ]),
    expect: { output: [[1, 2]] },
  },
];
