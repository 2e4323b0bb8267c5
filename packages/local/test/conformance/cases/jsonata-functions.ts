import { expect } from "vitest";
import { type ConformanceCase, DATA, jsonata, output } from "../harness.js";

const PROVIDED = `${DATA}#jsonata-functions-provided-by-sfn`;
/** One expression that must fail the state with States.QueryEvaluationError, its cause matching `cause`. */
const failing = (name: string, expression: string, cause: RegExp): ConformanceCase => ({
  name,
  source: PROVIDED,
  definition: jsonata(output(`{% ${expression} %}`)),
  expect: { error: "States.QueryEvaluationError", cause },
});
/** "Supported algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512" (hex digests of 'input data'). */
const DIGESTS: readonly [string, string][] = [
  ["MD5", "812f45842bc6d66ee14572ce20db8e86"],
  ["SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3"],
  [
    "SHA-384",
    "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
  ],
  [
    "SHA-512",
    "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4",
  ],
];

/** The functions Step Functions adds to JSONata, and how JSONata's own names are told from variables. */
export const JSONATA_FUNCTION_CASES: readonly ConformanceCase[] = [
  {
    name: "$partition, $range, $hash and $parse are the functions AWS adds",
    source: PROVIDED,
    definition: jsonata(
      output({
        partition: "{% $partition([1,2,3,4,5], 2) %}",
        range: "{% $range(0, 10, 5) %}",
        hash: "{% $hash('input data', 'SHA-1') %}",
        parsed: "{% $parse($states.input.json).a %}",
      }),
    ),
    input: { json: '{"a": [1, 2]}' },
    expect: {
      output: {
        partition: [[1, 2], [3, 4], [5]],
        range: [0, 5, 10],
        hash: "aaff4a450a104cd177d28d18d74485e8cae074b7",
        parsed: [1, 2],
      },
    },
  },
  {
    name: "$random with a seed repeats; $uuid makes a v4 UUID",
    source: PROVIDED,
    definition: jsonata(
      output({
        a: "{% $random(7) %}",
        b: "{% $random(7) %}",
        unseeded: "{% $random() %}",
        id: "{% $uuid() %}",
      }),
    ),
    check: (result) => {
      const { a, b, unseeded, id } = result.output as { a: number; b: number; unseeded: number; id: string };
      expect(a).toBe(b);
      expect(unseeded >= 0 && unseeded < 1).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    },
  },
  {
    name: "$now() follows the engine's clock",
    source: DATA,
    engine: { startTime: Date.parse("2030-01-01T00:00:00Z") },
    definition: jsonata({
      W: { Type: "Wait", Seconds: 60, Next: "P" },
      P: { Type: "Pass", Output: { now: "{% $now() %}" }, End: true },
    }),
    expect: { output: { now: "2030-01-01T00:01:00.000Z" } },
  },
  {
    name: "expression-local bindings and functions are not workflow variables",
    source: DATA,
    definition: jsonata(
      output("{% ($double := function($v) { $v * 2 }; $sum($map($states.input, $double))) %}"),
    ),
    input: [1, 2, 3],
    expect: { output: 12 },
  },
  {
    name: "$range(0, 10, 2) gives [0, 2, 4, 6, 8, 10], and a negative step counts down",
    source: PROVIDED,
    definition: jsonata(output({ up: "{% $range(0, 10, 2) %}", down: "{% $range(10, 0, -5) %}" })),
    expect: { output: { up: [0, 2, 4, 6, 8, 10], down: [10, 5, 0] } },
  },
  {
    // "Built-in JSONata functions that require integer values as parameters will automatically round down any
    // non-integer numbers provided."
    name: "$partition and $range round non-integer arguments down",
    source: DATA,
    definition: jsonata(
      output({
        partition: "{% $partition([1,2,3,4,5], 2.7) %}",
        range: "{% $range(0, 10, 2.5) %}",
        shifted: "{% $range(0.9, 4.9, 1) %}",
      }),
    ),
    expect: {
      output: { partition: [[1, 2], [3, 4], [5]], range: [0, 2, 4, 6, 8, 10], shifted: [0, 1, 2, 3, 4] },
    },
  },
  {
    name: "$partition keeps a shorter last chunk",
    source: PROVIDED,
    definition: jsonata(output("{% $partition([1,2,3,4,5,6,7,8,9], 4) %}")),
    expect: { output: [[1, 2, 3, 4], [5, 6, 7, 8], [9]] },
  },
  ...DIGESTS.map(
    ([algorithm, digest]): ConformanceCase => ({
      name: `$hash supports ${algorithm}`,
      source: PROVIDED,
      definition: jsonata(output(`{% $hash('input data', '${algorithm}') %}`)),
      expect: { output: digest },
    }),
  ),
  {
    name: "$parse reads JSON text into a value (JSON.parse, not a JSONata expression)",
    source: PROVIDED,
    definition: jsonata(output("{% $parse($states.input.text) %}")),
    input: { text: '{"list":[1,"two",null],"ok":true}' },
    expect: { output: { list: [1, "two", null], ok: true } },
  },
  failing(
    "$hash with an unknown algorithm fails the state",
    "$hash('x', 'SHA-3')",
    /algorithm must be one of/,
  ),
  failing("$partition with a chunk size of 0 fails the state", "$partition([1,2], 0)", /positive integer/),
  failing("$range with a step of 0 fails the state", "$range(0, 10, 0)", /step must not be 0/),
  failing("$parse of text that is not JSON fails the state", "$parse('{x')", /not JSON text/),
  // "All built-in JSONata functions … are supported, with one exception: $eval is not available — use $parse".
  failing("$eval is not available in Step Functions", "$eval('1 + 1')", /\$eval is not available/),
];
