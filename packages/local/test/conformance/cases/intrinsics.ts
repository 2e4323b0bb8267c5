import { expect } from "vitest";
import type { JsonObject } from "../../../src/index.js";
import { type ConformanceCase, DOCS } from "../harness.js";

const PAGE = `${DOCS}/intrinsic-functions.html`;
const one = (expression: string, input: JsonObject = {}, expected?: unknown): ConformanceCase => ({
  name: `${expression}`,
  source: PAGE,
  definition: {
    StartAt: "P",
    States: { P: { Type: "Pass", Parameters: { "value.$": expression }, End: true } },
  },
  input,
  expect: { output: { value: expected as never } },
});
const failing = (name: string, expression: string, input: JsonObject, cause: RegExp): ConformanceCase => ({
  name,
  source: PAGE,
  definition: {
    StartAt: "P",
    States: { P: { Type: "Pass", Parameters: { "value.$": expression }, End: true } },
  },
  input,
  expect: { error: "States.IntrinsicFailure", cause },
});
const nine = { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
/** Outputs recorded on AWS (LocalStack keeps them as snapshots of real executions). */
const RECORDED =
  "https://github.com/localstack/localstack/tree/main/tests/aws/services/stepfunctions/v2/intrinsic_functions";
const recorded = (expression: string, input: JsonObject, expected: unknown): ConformanceCase => ({
  ...one(expression, input, expected),
  name: `${expression} on ${JSON.stringify(input)}`,
  source: RECORDED,
});

export const INTRINSIC_CASES: readonly ConformanceCase[] = [
  {
    // The variable is assigned on the path not taken; the message says that, not "not found in the input".
    name: "an intrinsic reading a variable that was never assigned says so",
    source: `${DOCS}/workflow-variables.html`,
    definition: {
      StartAt: "Guessed?",
      States: {
        "Guessed?": {
          Type: "Choice",
          Choices: [{ Variable: "$.guess", IsPresent: true, Assign: { "guess.$": "$.guess" }, Next: "Use" }],
          Default: "Use",
        },
        Use: { Type: "Pass", Parameters: { "value.$": "States.Array($guess)" }, End: true },
      },
    },
    input: {},
    expect: {
      error: "States.IntrinsicFailure",
      cause: /States\.Array could not be found because the variable \$guess has not been assigned/,
    },
  },
  one("States.Format('Hello, my name is {}.', $.name)", { name: "Arnav" }, "Hello, my name is Arnav."),
  one(
    "States.Format($.template, $.name)",
    { name: "Arnav", template: "Hello, my name is {}." },
    "Hello, my name is Arnav.",
  ),
  one(
    "States.Format('{} has {} items: {}', $.who, $.count, $.ok)",
    { who: "cart", count: 3, ok: true },
    "cart has 3 items: true",
  ),
  one(
    "States.Format('quoted \\'{}\\' and braces \\{\\}', $.name)",
    { name: "x" },
    "quoted 'x' and braces {}",
  ),
  one("States.StringToJson($.escapedJsonString)", { escapedJsonString: '{"foo": "bar"}' }, { foo: "bar" }),
  recorded("States.StringToJson($.s)", { s: "" }, null),
  recorded("States.StringToJson($.s)", { s: " " }, null),
  // States.Format writes objects as Java does, strings inside them unquoted (recorded); arrays, booleans and
  // null follow the same rule in LocalStack's implementation, which is tested against these recordings.
  recorded(
    "States.Format('Formatting argument {}.', $.a)",
    { a: { Arg1: 1, Arg2: [] } },
    "Formatting argument {Arg1=1, Arg2=[]}.",
  ),
  recorded(
    "States.Format('{} {}', $.list, $.nothing)",
    { list: [1, "x", { k: true }], nothing: null },
    "[1, x, {k=true}] null",
  ),
  one("States.JsonToString($.unescapedJson)", { unescapedJson: { foo: "bar" } }, '{"foo":"bar"}'),
  one("States.Array($.Id)", { Id: 123456 }, [123456]),
  one("States.Array('a', 1, true, null, $.x)", { x: { y: 1 } }, ["a", 1, true, null, { y: 1 }]),
  one("States.ArrayPartition($.inputArray, 4)", nine, [[1, 2, 3, 4], [5, 6, 7, 8], [9]]),
  one("States.ArrayContains($.inputArray, $.lookingFor)", { ...nine, lookingFor: 5 }, true),
  one("States.ArrayContains($.list, $.wanted)", { list: [{ a: 1 }, { b: 2 }], wanted: { b: 2 } }, true),
  one("States.ArrayRange(1, 9, 2)", {}, [1, 3, 5, 7, 9]),
  one("States.ArrayRange(10, 0, -5)", {}, [10, 5, 0]),
  one("States.ArrayGetItem($.inputArray, $.index)", { ...nine, index: 5 }, 6),
  one("States.ArrayLength($.inputArray)", nine, 9),
  one("States.ArrayUnique($.inputArray)", { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }, [1, 2, 3, 4]),
  one("States.Base64Encode($.input)", { input: "Data to encode" }, "RGF0YSB0byBlbmNvZGU="),
  one("States.Base64Decode($.base64)", { base64: "RGF0YSB0byBlbmNvZGU=" }, "Data to encode"),
  one(
    "States.Hash($.Data, $.Algorithm)",
    { Data: "input data", Algorithm: "SHA-1" },
    "aaff4a450a104cd177d28d18d74485e8cae074b7",
  ),
  one(
    "States.JsonMerge($.json1, $.json2, false)",
    { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } },
    { a: { a3: 1, a4: 2 }, b: 2, c: 3 },
  ),
  one("States.MathAdd($.value1, $.step)", { value1: 111, step: -1 }, 110),
  one("States.MathAdd(1.4, 2.6)", {}, 4),
  one("States.StringSplit($.inputString, $.splitter)", { inputString: "1,2,3,4,5", splitter: "," }, [
    "1",
    "2",
    "3",
    "4",
    "5",
  ]),
  one(
    "States.StringSplit($.inputString, $.splitter)",
    { inputString: "This.is+a,test=string", splitter: ".+,=" },
    ["This", "is", "a", "test", "string"],
  ),
  one("States.Format('{} items', States.ArrayLength($.inputArray))", nine, "9 items"),
  {
    name: "States.MathRandom returns an integer from the start up to the end, and a seed repeats it",
    source: PAGE,
    definition: {
      StartAt: "P",
      States: {
        P: {
          Type: "Pass",
          Parameters: {
            "random.$": "States.MathRandom($.start, $.end)",
            "a.$": "States.MathRandom(1, 1000, 42)",
            "b.$": "States.MathRandom(1, 1000, 42)",
          },
          End: true,
        },
      },
    },
    input: { start: 1, end: 999 },
    check: (result) => {
      const { random, a, b } = result.output as { random: number; a: number; b: number };
      expect(Number.isInteger(random) && random >= 1 && random < 999).toBe(true);
      expect(a).toBe(b);
    },
  },
  {
    name: "States.UUID returns a version 4 UUID",
    source: PAGE,
    definition: {
      StartAt: "P",
      States: { P: { Type: "Pass", Parameters: { "id.$": "States.UUID()" }, End: true } },
    },
    check: (result) => {
      expect((result.output as { id: string }).id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    },
  },
  failing(
    "ArrayGetItem outside the array fails",
    "States.ArrayGetItem($.inputArray, 20)",
    nine,
    /index 20 is outside the array/,
  ),
  failing("ArrayRange of more than 1000 items fails", "States.ArrayRange(1, 2000, 1)", {}, /limit is 1000/),
  failing(
    "Format with a wrong number of values fails",
    "States.Format('{} and {}', $.a)",
    { a: 1 },
    /2 placeholder\(s\) \{\} but 1 value/,
  ),
  failing(
    "StringToJson of text that is not JSON fails",
    "States.StringToJson($.s)",
    { s: "{not json" },
    /not JSON text/,
  ),
  failing("MathAdd of a string fails", "States.MathAdd($.a, 1)", { a: "1" }, /must be a number/),
  failing(
    "MathAdd outside the 32-bit integer range fails",
    "States.MathAdd(2147483648, 1)",
    {},
    /outside the range/,
  ),
  failing(
    "Hash with an unknown algorithm fails",
    "States.Hash('x', 'SHA-3')",
    {},
    /unknown algorithm 'SHA-3'/,
  ),
  failing(
    "JsonMerge with deep merging fails",
    "States.JsonMerge($.a, $.b, true)",
    { a: {}, b: {} },
    /deep merging is not supported/,
  ),
  failing(
    "Base64Encode of more than 10,000 characters fails",
    "States.Base64Encode($.s)",
    { s: "x".repeat(10_001) },
    /limit is 10000/,
  ),
  failing(
    "ArrayPartition with a chunk size of 0 fails",
    "States.ArrayPartition($.inputArray, 0)",
    nine,
    /positive integer/,
  ),
  {
    name: "an intrinsic failure in a Task's Parameters can be caught as States.IntrinsicFailure",
    source: `${DOCS}/concepts-error-handling.html`,
    engine: { handlers: { f: () => "unused" } },
    definition: {
      StartAt: "T",
      States: {
        T: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
          Parameters: { "item.$": "States.ArrayGetItem($.list, 3)" },
          Catch: [{ ErrorEquals: ["States.IntrinsicFailure"], ResultPath: "$.error", Next: "Handled" }],
          End: true,
        },
        Handled: { Type: "Pass", Parameters: { "caught.$": "$.error.Error" }, End: true },
      },
    },
    input: { list: [1] },
    expect: { output: { caught: "States.IntrinsicFailure" } },
  },
  {
    name: "intrinsics work in ResultSelector",
    source: PAGE,
    engine: { handlers: { f: () => ({ parts: ["a", "b"] }) } },
    definition: {
      StartAt: "T",
      States: {
        T: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:f",
          ResultSelector: {
            "joined.$":
              "States.Format('{}-{}', States.ArrayGetItem($.parts, 0), States.ArrayGetItem($.parts, 1))",
          },
          End: true,
        },
      },
    },
    expect: { output: { joined: "a-b" } },
  },
];
