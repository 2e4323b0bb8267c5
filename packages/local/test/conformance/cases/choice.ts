import type { JsonValue } from "../../../src/index.js";
import { type ConformanceCase, DOCS } from "../harness.js";

const PAGE = `${DOCS}/state-choice.html`;
const leaf = (name: string) => ({ Type: "Pass", Result: name, End: true });
const choice = (choices: object[], extra: object = {}) => ({
  StartAt: "C",
  States: {
    C: { Type: "Choice", Choices: choices, Default: "No", ...extra },
    Yes: leaf("Yes"),
    No: leaf("No"),
  },
});

/** AWS's failure when a Variable or `…Path` operand names nothing. */
const invalidPath = (path: string) => ({
  error: "States.Runtime",
  cause: new RegExp(
    `Invalid path '${path.replace(/[$.]/g, "\\$&")}': The choice state's condition path references an invalid value\\.`,
  ),
});

/** [operator, operand, value of $.v, matches?] */
const OPERATORS: readonly [string, JsonValue, JsonValue | undefined, boolean][] = [
  ["StringEquals", "Private", "Private", true],
  ["StringEquals", "Private", "Public", false],
  ["StringLessThan", "b", "a", true],
  ["StringGreaterThan", "b", "c", true],
  ["StringLessThanEquals", "b", "b", true],
  ["StringGreaterThanEquals", "b", "a", false],
  ["StringMatches", "log-*.txt", "log-2026-03.txt", true],
  ["StringMatches", "log-*.txt", "log-2026-03.csv", false],
  ["StringMatches", "a\\*b", "a*b", true],
  ["StringMatches", "a\\*b", "axxb", false],
  ["NumericEquals", 0, 0, true],
  ["NumericLessThan", 30, 29.5, true],
  ["NumericGreaterThan", 30, 30, false],
  ["NumericLessThanEquals", 30, 30, true],
  ["NumericGreaterThanEquals", 20, 19, false],
  ["NumericEquals", 1, "1", false],
  ["BooleanEquals", true, true, true],
  ["BooleanEquals", false, true, false],
  ["TimestampEquals", "2001-01-01T12:00:00Z", "2001-01-01T12:00:00Z", true],
  ["TimestampLessThan", "2016-03-14T01:59:00Z", "2016-03-14T01:58:59Z", true],
  ["TimestampGreaterThan", "2016-03-14T01:59:00Z", "2016-03-14T02:59:00+01:00", false],
  ["TimestampLessThanEquals", "2016-03-14T01:59:00Z", "2016-03-14T01:59:00.000Z", true],
  ["TimestampGreaterThanEquals", "2016-03-14T01:59:00Z", "not a timestamp", false],
  ["IsNull", true, null, true],
  ["IsNull", true, 0, false],
  ["IsPresent", false, undefined, true],
  ["IsPresent", true, "", true],
  ["IsNumeric", true, 1.5, true],
  ["IsString", true, 5, false],
  ["IsBoolean", true, false, true],
  ["IsTimestamp", true, "2016-03-14T01:59:00Z", true],
  ["IsTimestamp", true, "yesterday", false],
];

export const CHOICE_CASES: readonly ConformanceCase[] = [
  ...OPERATORS.map(
    ([operator, operand, value, matches]): ConformanceCase => ({
      name: `${operator} ${JSON.stringify(operand)} on ${value === undefined ? "a missing field" : JSON.stringify(value)} ${matches ? "matches" : "does not match"}`,
      source: `${PAGE}#amazon-states-language-choice-state-rules`,
      definition: choice([{ Variable: "$.v", [operator]: operand, Next: "Yes" }]),
      input: value === undefined ? {} : { v: value },
      expect: { output: matches ? "Yes" : "No" },
    }),
  ),
  ...(
    [
      ["StringEqualsPath", { v: "a", w: "a" }, "Yes"],
      ["NumericLessThanPath", { v: 1, w: 2 }, "Yes"],
      ["TimestampGreaterThanPath", { v: "2020-01-02T00:00:00Z", w: "2020-01-01T00:00:00Z" }, "Yes"],
      ["BooleanEqualsPath", { v: true, w: false }, "No"],
    ] as const
  ).map(
    ([operator, input, expected]): ConformanceCase => ({
      name: `${operator} compares with another field of the input`,
      source: `${PAGE}#amazon-states-language-choice-state-rules`,
      definition: choice([{ Variable: "$.v", [operator]: "$.w", Next: "Yes" }]),
      input,
      expect: { output: expected },
    }),
  ),
  {
    name: "the documentation's Not / NumericEquals / And example routes each input",
    source: PAGE,
    run: async (engine) => {
      const machine = engine.load({
        StartAt: "ChoiceStateX",
        States: {
          ChoiceStateX: {
            Type: "Choice",
            Choices: [
              { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Public" },
              { Variable: "$.value", NumericEquals: 0, Next: "ValueIsZero" },
              {
                And: [
                  { Variable: "$.value", NumericGreaterThanEquals: 20 },
                  { Variable: "$.value", NumericLessThan: 30 },
                ],
                Next: "ValueInTwenties",
              },
            ],
            Default: "DefaultState",
          },
          Public: leaf("Public"),
          ValueIsZero: leaf("ValueIsZero"),
          ValueInTwenties: leaf("ValueInTwenties"),
          DefaultState: leaf("DefaultState"),
        },
      });
      const route = async (input: JsonValue) => (await engine.run(machine, input)).output;
      const { expect } = await import("vitest");
      expect(await route({ type: "Public", value: 3 })).toBe("Public");
      expect(await route({ type: "Private", value: 0 })).toBe("ValueIsZero");
      expect(await route({ type: "Private", value: 25 })).toBe("ValueInTwenties");
      expect(await route({ type: "Private", value: 35 })).toBe("DefaultState");
    },
  },
  {
    name: "Or matches when any rule matches",
    source: PAGE,
    definition: choice([
      {
        Or: [
          { Variable: "$.v", NumericLessThan: 0 },
          { Variable: "$.v", NumericGreaterThan: 10 },
        ],
        Next: "Yes",
      },
    ]),
    input: { v: 11 },
    expect: { output: "Yes" },
  },
  {
    name: "rules are tried in order and the first match wins",
    source: PAGE,
    definition: {
      StartAt: "C",
      States: {
        C: {
          Type: "Choice",
          Choices: [
            { Variable: "$.v", NumericGreaterThan: 1, Next: "First" },
            { Variable: "$.v", NumericGreaterThan: 0, Next: "Second" },
          ],
        },
        First: leaf("First"),
        Second: leaf("Second"),
      },
    },
    input: { v: 5 },
    expect: { output: "First" },
  },
  {
    name: "no match and no Default fails with States.NoChoiceMatched",
    source: `${DOCS}/concepts-error-handling.html`,
    definition: {
      StartAt: "C",
      States: {
        C: { Type: "Choice", Choices: [{ Variable: "$.v", IsPresent: true, Next: "Y" }] },
        Y: leaf("Y"),
      },
    },
    input: {},
    expect: { error: "States.NoChoiceMatched" },
  },
  {
    // "You must specify the $.type field. If the state input doesn't contain the $.type field, the execution
    // fails and an error is displayed in the execution history."
    name: "a Variable that names nothing fails the execution, even under Not (the page's example)",
    source: PAGE,
    definition: choice([
      { Not: { Variable: "$.type", StringEquals: "Private" }, Next: "Yes" },
      { Variable: "$.value", NumericEquals: 0, Next: "Yes" },
    ]),
    input: { value: 22 },
    expect: invalidPath("$.type"),
  },
  {
    name: "IsPresent guards a rule on an optional field (And stops at the first rule that is false)",
    source: PAGE,
    definition: choice([
      {
        And: [
          { Variable: "$.v", IsPresent: true },
          { Variable: "$.v", IsString: true },
        ],
        Next: "Yes",
      },
    ]),
    input: {},
    expect: { output: "No" },
  },
  {
    name: "IsNull on a missing Variable fails with States.Runtime",
    source: PAGE,
    definition: choice([{ Variable: "$.v", IsNull: true, Next: "Yes" }]),
    input: {},
    expect: { error: "States.Runtime", cause: /Invalid path '\$\.v'/ },
  },
  {
    name: "a …Path operand that names nothing fails with States.Runtime",
    source: PAGE,
    definition: choice([{ Variable: "$.v", NumericEqualsPath: "$.missing", Next: "Yes" }]),
    input: { v: 1 },
    expect: invalidPath("$.missing"),
  },
  {
    name: "a Choice passes its input through, filtered by InputPath and OutputPath",
    source: PAGE,
    definition: {
      StartAt: "C",
      States: {
        C: {
          Type: "Choice",
          InputPath: "$.inner",
          OutputPath: "$.keep",
          Choices: [{ Variable: "$.go", BooleanEquals: true, Next: "Out" }],
        },
        Out: { Type: "Succeed" },
      },
    },
    input: { inner: { go: true, keep: { k: 1 } } },
    expect: { output: { k: 1 } },
  },
  {
    name: "a matched JSONPath rule's Assign sets variables",
    source: `${DOCS}/workflow-variables.html`,
    definition: {
      StartAt: "C",
      States: {
        C: {
          Type: "Choice",
          Choices: [{ Variable: "$.v", IsPresent: true, Assign: { "seen.$": "$.v" }, Next: "Read" }],
        },
        Read: { Type: "Pass", Parameters: { "seen.$": "$seen" }, End: true },
      },
    },
    input: { v: "yes" },
    expect: { output: { seen: "yes" } },
  },
];
