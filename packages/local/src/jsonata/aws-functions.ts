import type jsonata from "jsonata";
import { HASH_ALGORITHM_LIST, hashText } from "../util/hash.js";
import { newUuid } from "../util/ids.js";
import { seededRandom } from "../util/random.js";

const fail = (message: string): never => {
  throw { code: "D3000", message };
};

/** "Functions that require integer values as parameters will automatically round down any non-integer numbers." */
const roundDown = (value: unknown): unknown => (typeof value === "number" ? Math.floor(value) : value);

/**
 * The functions Step Functions adds to JSONata.
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html#jsonata-functions-provided-by-sfn
 */
export const AWS_JSONATA_FUNCTIONS: ReadonlyArray<readonly [string, (...args: never[]) => unknown, string?]> =
  [
    [
      "partition",
      (items: unknown, rawSize: unknown) => {
        if (!Array.isArray(items)) fail("$partition: the first argument must be an array");
        const size = roundDown(rawSize);
        if (typeof size !== "number" || size <= 0)
          fail("$partition: the chunk size must be a positive integer");
        const list = items as unknown[];
        const chunks: unknown[][] = [];
        for (let start = 0; start < list.length; start += size as number)
          chunks.push(list.slice(start, start + (size as number)));
        return chunks;
      },
    ],
    [
      "range",
      (rawStart: unknown, rawEnd: unknown, rawStep: unknown) => {
        const [start, end, step] = [roundDown(rawStart), roundDown(rawEnd), roundDown(rawStep)];
        if (typeof start !== "number" || typeof end !== "number" || typeof step !== "number")
          fail("$range: start, end and step must be numbers");
        if (step === 0) fail("$range: the step must not be 0");
        const values: number[] = [];
        const up = (step as number) > 0;
        for (
          let value = start as number;
          up ? value <= (end as number) : value >= (end as number);
          value += step as number
        ) {
          values.push(value);
          if (values.length > 10_000) fail("$range: more than 10000 values");
        }
        return values;
      },
    ],
    [
      "hash",
      (value: unknown, algorithm: unknown) => {
        const text = typeof value === "string" ? value : JSON.stringify(value);
        return (
          hashText(text, algorithm) ?? fail(`$hash: the algorithm must be one of ${HASH_ALGORITHM_LIST}`)
        );
      },
    ],
    ["random", (seed?: unknown) => (typeof seed === "number" ? seededRandom(seed) : Math.random())],
    ["uuid", () => newUuid()],
    // "$eval is not available — use $parse instead": the expression fails as it would in Step Functions.
    ["eval", () => fail("$eval is not available in Step Functions; use $parse to read JSON text")],
    [
      "parse",
      (text: unknown) => {
        if (typeof text !== "string") return fail("$parse: the argument must be a JSON string");
        try {
          return JSON.parse(text);
        } catch {
          return fail(`$parse: not JSON text: ${text}`);
        }
      },
    ],
  ];

/** `$now()` and `$millis()` must read the engine's clock, not the wall clock. */
export function registerClockFunctions(expression: jsonata.Expression, now: () => number): void {
  expression.registerFunction("millis", () => now(), "<:n>");
  expression.registerFunction("now", () => new Date(now()).toISOString(), "<s?s?:s>");
}
