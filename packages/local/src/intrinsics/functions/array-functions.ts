import { type JsonValue, jsonEquals } from "../../util/json.js";
import { arrayArg, type IntrinsicImplementation, integerArg, intrinsicFailure } from "../arguments.js";

/** https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-arrays */
export const ARRAY_FUNCTIONS = {
  "States.Array": (args) => [...args],

  "States.ArrayPartition": (args, call) => {
    const items = arrayArg(call, args, 0);
    const size = integerArg(call, args, 1);
    if (size <= 0) throw intrinsicFailure(call, `the chunk size must be a positive integer, got ${size}`);
    const chunks: JsonValue[] = [];
    for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
    return chunks;
  },

  "States.ArrayContains": (args, call) => {
    const items = arrayArg(call, args, 0);
    const wanted = args[1]!;
    return items.some((item) => jsonEquals(item, wanted));
  },

  "States.ArrayRange": (args, call) => {
    const start = integerArg(call, args, 0);
    const end = integerArg(call, args, 1);
    const step = integerArg(call, args, 2);
    if (step === 0) throw intrinsicFailure(call, "the step (third argument) must not be 0");
    const count = Math.floor((end - start) / step) + 1;
    // "The newly generated array can't contain more than 1000 items."
    if (count > 1000) throw intrinsicFailure(call, `the range would have ${count} items; the limit is 1000`);
    const range: number[] = [];
    for (let value = start; step > 0 ? value <= end : value >= end; value += step) range.push(value);
    return range;
  },

  "States.ArrayGetItem": (args, call) => {
    const items = arrayArg(call, args, 0);
    const index = integerArg(call, args, 1);
    if (index < 0 || index >= items.length)
      throw intrinsicFailure(call, `index ${index} is outside the array (length ${items.length})`);
    return items[index]!;
  },

  "States.ArrayLength": (args, call) => arrayArg(call, args, 0).length,

  "States.ArrayUnique": (args, call) => {
    const unique: JsonValue[] = [];
    for (const item of arrayArg(call, args, 0))
      if (!unique.some((seen) => jsonEquals(seen, item))) unique.push(item);
    return unique;
  },
} satisfies Record<string, IntrinsicImplementation>;
