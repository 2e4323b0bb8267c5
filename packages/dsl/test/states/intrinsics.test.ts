import { describe, expect, test } from "vitest";
import { z } from "zod";
import { INTRINSIC_FUNCTIONS } from "../../src/asl/intrinsic.js";
import {
  array,
  arrayContains,
  arrayGetItem,
  arrayLength,
  arrayPartition,
  arrayRange,
  arrayUnique,
  base64Decode,
  base64Encode,
  compile,
  format,
  hash,
  jsonMerge,
  jsonToString,
  machine,
  mathAdd,
  mathRandom,
  stringSplit,
  stringToJson,
  uuid,
} from "../../src/index.js";
import { aslValidatorErrors, statesOf } from "../helpers/asl.js";

// Intrinsic functions: https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
const Input = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  numbers: z.array(z.number()),
  csv: z.string(),
  encoded: z.string(),
  json: z.string(),
  count: z.number(),
  left: z.object({ a: z.number() }),
  right: z.object({ b: z.number() }),
});

describe("intrinsics", () => {
  test("GIVEN every States.* helper WHEN rendered in a Pass's Parameters THEN each is its States.Name(…) call", () => {
    const m = machine("intrinsics", { input: Input }, (flow) =>
      flow.next((s) =>
        s.pass("P").parameters(($) => ({
          format: format("Order {} has {} tags", $.id, arrayLength($.tags)),
          parsed: stringToJson<{ ok: boolean }>($.json),
          text: jsonToString($.left),
          array: array($.id, 1, true, null, "x"),
          partition: arrayPartition($.numbers, 2),
          contains: arrayContains($.tags, "vip"),
          range: arrayRange(1, 9, 2),
          item: arrayGetItem($.tags, 0),
          length: arrayLength($.numbers),
          unique: arrayUnique($.tags),
          encode: base64Encode($.id),
          decode: base64Decode($.encoded),
          hash: hash($.left, "SHA-256"),
          merged: jsonMerge($.left, $.right),
          random: mathRandom(1, 100),
          seeded: mathRandom(1, 100, $.count),
          sum: mathAdd($.count, -1),
          split: stringSplit($.csv, ","),
          uuid: uuid(),
        })),
      ),
    );
    const parameters = (statesOf(m).P as { Parameters: Record<string, string> }).Parameters;
    expect(parameters).toStrictEqual({
      "format.$": "States.Format('Order {} has {} tags', $.id, States.ArrayLength($.tags))",
      "parsed.$": "States.StringToJson($.json)",
      "text.$": "States.JsonToString($.left)",
      "array.$": "States.Array($.id, 1, true, null, 'x')",
      "partition.$": "States.ArrayPartition($.numbers, 2)",
      "contains.$": "States.ArrayContains($.tags, 'vip')",
      "range.$": "States.ArrayRange(1, 9, 2)",
      "item.$": "States.ArrayGetItem($.tags, 0)",
      "length.$": "States.ArrayLength($.numbers)",
      "unique.$": "States.ArrayUnique($.tags)",
      "encode.$": "States.Base64Encode($.id)",
      "decode.$": "States.Base64Decode($.encoded)",
      "hash.$": "States.Hash($.left, 'SHA-256')",
      "merged.$": "States.JsonMerge($.left, $.right, false)",
      "random.$": "States.MathRandom(1, 100)",
      "seeded.$": "States.MathRandom(1, 100, $.count)",
      "sum.$": "States.MathAdd($.count, -1)",
      "split.$": "States.StringSplit($.csv, ',')",
      "uuid.$": "States.UUID()",
    });
    // Every intrinsic AWS defines has a helper, and each was rendered above.
    const rendered = new Set(
      Object.values(parameters).flatMap((text) => text.match(/States\.[A-Za-z0-9]+/g) ?? []),
    );
    expect([...rendered].sort()).toStrictEqual(Object.keys(INTRINSIC_FUNCTIONS).sort());
  });

  test("GIVEN string literals with quotes, braces and backslashes WHEN rendered THEN they are escaped; Format keeps its {}", () => {
    const m = machine("escapes", { input: Input }, (flow) =>
      flow.next((s) =>
        s.pass("P").parameters(($) => ({
          format: format("It's {} \\{literal\\}", $.id),
          split: stringSplit("a{b}c'd\\e", "'"),
        })),
      ),
    );
    // \' \{ \} and \\ are the escapes the intrinsic-functions page lists.
    const result = compile(m);
    expect(result.diagnostics).toStrictEqual([]);
    expect((result.definition.States.P as { Parameters: object }).Parameters).toStrictEqual({
      "format.$": "States.Format('It\\'s {} \\{literal\\}', $.id)",
      "split.$": "States.StringSplit('a\\{b\\}c\\'d\\\\e', '\\'')",
    });
    // asl-validator 4.0.0's grammar lacks the escaped backslash; validateDefinition accepts it, as AWS does.
    expect(aslValidatorErrors(result.definition)).toBe(
      'SCHEMA_VALIDATION_FAILED: /States/P/Parameters/split.$ is invalid. must match format "asl_payload_template"',
    );
  });

  test("GIVEN intrinsics under InputPath, in ResultSelector and on variables WHEN rendered THEN their paths follow the field", () => {
    const m = machine("where", { input: Input }, (flow) =>
      flow
        .next((s) => s.pass("Remember").assign(($) => ({ first: arrayGetItem($.tags, 0) })))
        .next((s) =>
          s
            .pass("P")
            .inputPath("$.left")
            .parameters(($, { vars, context }) => ({
              sum: mathAdd($.left.a, 1),
              label: format("{} at {}", vars.first, context.State.EnteredTime),
            })),
        ),
    );
    const states = statesOf(m);
    expect(states.Remember).toStrictEqual({
      Type: "Pass",
      Assign: { "first.$": "States.ArrayGetItem($.tags, 0)" },
      Next: "P",
    });
    expect(states.P).toStrictEqual({
      Type: "Pass",
      InputPath: "$.left",
      Parameters: {
        "sum.$": "States.MathAdd($.a, 1)",
        "label.$": "States.Format('{} at {}', $first, $$.State.EnteredTime)",
      },
      End: true,
    });
  });

  test("GIVEN arguments AWS refuses WHEN written THEN the helper throws naming the function", () => {
    expect(() => format("{} and {}" as string, "one")).toThrow(
      "States.Format: the template has 2 placeholder(s) but 1 argument(s) were given. Fix: Pass one argument per {} in the template.",
    );
    expect(() => arrayRange(1, 10, 0)).toThrow("States.ArrayRange: step must not be 0");
    expect(() => arrayRange(0, 1000, 1)).toThrow(
      "States.ArrayRange: the range would have more than 1000 items",
    );
    expect(() => arrayPartition(null as never, 0)).toThrow(
      "States.ArrayPartition argument 2: the chunk size must be a positive integer, got 0. Fix: Pass 1 or more.",
    );
    expect(() => array({ nested: 1 } as never)).toThrow(
      "States.Array argument 1: an intrinsic argument must be a path, another intrinsic, a string, a number, a boolean or null",
    );
  });
});
