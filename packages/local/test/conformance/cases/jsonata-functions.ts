import { expect } from "vitest";
import { type ConformanceCase, DOCS } from "../harness.js";

const DATA = `${DOCS}/transforming-data.html`;
const jsonata = (states: object, startAt = Object.keys(states)[0]) => ({
  QueryLanguage: "JSONata",
  StartAt: startAt,
  States: states,
});
const output = (value: unknown) => ({ P: { Type: "Pass", Output: value, End: true } });

/** The functions Step Functions adds to JSONata, and how JSONata's own names are told from variables. */
export const JSONATA_FUNCTION_CASES: readonly ConformanceCase[] = [
  {
    name: "$partition, $range, $hash and $parse are the functions AWS adds",
    source: `${DATA}#jsonata-functions-provided-by-sfn`,
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
    source: `${DATA}#jsonata-functions-provided-by-sfn`,
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
];
