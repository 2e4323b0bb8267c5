import type { JsonValue } from "../../../src/index.js";
import { type ConformanceCase, DOCS, SPEC } from "../harness.js";

const RULES = `${DOCS}/state-choice.html#amazon-states-language-choice-state-rules`;
const leaf = (name: string) => ({ Type: "Pass", Result: name, End: true });
const choice = (rule: object) => ({
  StartAt: "C",
  States: {
    C: { Type: "Choice", Choices: [{ ...rule, Next: "Yes" }], Default: "No" },
    Yes: leaf("Yes"),
    No: leaf("No"),
  },
});

/**
 * "Each of these operators also has a Path variant … compares the value of Variable with the value that the
 * path selects" — every one not covered in choice.ts: [operator, $.v, $.w, matches?].
 */
const PATH_OPERATORS: readonly [string, JsonValue, JsonValue, boolean][] = [
  ["StringLessThanPath", "apple", "banana", true],
  ["StringGreaterThanPath", "apple", "banana", false],
  ["StringLessThanEqualsPath", "kiwi", "kiwi", true],
  ["StringGreaterThanEqualsPath", "pear", "kiwi", true],
  ["NumericEqualsPath", 7, 7, true],
  ["NumericGreaterThanPath", 7, 7.5, false],
  ["NumericLessThanEqualsPath", 7.5, 7.5, true],
  ["NumericGreaterThanEqualsPath", 8, 7, true],
  ["TimestampEqualsPath", "2016-03-14T01:59:00Z", "2016-03-14T02:59:00+01:00", true],
  ["TimestampLessThanPath", "2016-03-14T01:59:00Z", "2016-03-14T01:59:01Z", true],
  ["TimestampLessThanEqualsPath", "2016-03-14T02:00:00Z", "2016-03-14T01:59:00Z", false],
  ["TimestampGreaterThanEqualsPath", "2016-03-14T01:59:00Z", "2016-03-14T01:59:00Z", true],
  // A value of the wrong type never matches; it is not an error.
  ["NumericEqualsPath", "7", 7, false],
];

export const CHOICE_PATH_CASES: readonly ConformanceCase[] = [
  ...PATH_OPERATORS.map(
    ([operator, v, w, matches]): ConformanceCase => ({
      name: `${operator} compares ${JSON.stringify(v)} with $.w = ${JSON.stringify(w)}: ${matches ? "match" : "no match"}`,
      source: RULES,
      definition: choice({ Variable: "$.v", [operator]: "$.w" }),
      input: { v, w },
      expect: { output: matches ? "Yes" : "No" },
    }),
  ),
  {
    name: "a Path operand may read the context object",
    source: RULES,
    start: { name: "run-7" },
    definition: choice({ Variable: "$.expected", StringEqualsPath: "$$.Execution.Name" }),
    input: { expected: "run-7" },
    expect: { output: "Yes" },
  },
  {
    name: "a Path operand may read a variable",
    source: `${DOCS}/workflow-variables.html`,
    definition: {
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { limit: 10 }, Next: "C" },
        ...choice({ Variable: "$.v", NumericLessThanPath: "$limit" }).States,
      },
    },
    input: { v: 3 },
    expect: { output: "Yes" },
  },
  // "an uppercase T character MUST be used to separate date and time, and an uppercase Z character MUST be
  // present in the absence of a numeric time zone offset"
  ...(
    [
      ["2016-03-14t01:59:00Z", "a lowercase t"],
      ["2016-03-14T01:59:00z", "a lowercase z"],
      ["2016-03-14 01:59:00Z", "a space for the T"],
      ["2016-03-14T01:59:00", "no time zone"],
    ] as const
  ).map(
    ([value, what]): ConformanceCase => ({
      name: `IsTimestamp is false for ${what} (${value})`,
      source: `${SPEC}#timestamps`,
      definition: choice({ Variable: "$.v", IsTimestamp: true }),
      input: { v: value },
      expect: { output: "No" },
    }),
  ),
  {
    name: "TimestampEquals does not match a timestamp with a lowercase z",
    source: `${SPEC}#timestamps`,
    definition: choice({ Variable: "$.v", TimestampEquals: "2016-03-14T01:59:00Z" }),
    input: { v: "2016-03-14T01:59:00z" },
    expect: { output: "No" },
  },
  {
    name: "a Wait TimestampPath with a lowercase z fails with States.Runtime",
    source: `${SPEC}#timestamps`,
    definition: { StartAt: "W", States: { W: { Type: "Wait", TimestampPath: "$.at", End: true } } },
    input: { at: "2016-03-14T01:59:00z" },
    expect: { error: "States.Runtime", cause: /not an ISO-8601 timestamp/ },
  },
];
