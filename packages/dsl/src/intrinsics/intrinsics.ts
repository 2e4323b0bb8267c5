import { BuilderError } from "../builder/builder-error.js";
import type { PathRef } from "../path/refs.js";
import { type Arg, intrinsic, literalNumber } from "./intrinsic-ref.js";

/*
 * The intrinsic functions of JSONPath states, typed by what they return. Each renders `States.Name(…)`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */

/** `{}` placeholders in a literal template (`\{` escapes); `number` when the template is not a literal. */
export type Placeholders<S extends string, N extends unknown[] = []> = string extends S
  ? number
  : S extends `${infer Head}{}${infer Rest}`
    ? Head extends `${string}\\`
      ? Placeholders<Rest, N>
      : Placeholders<Rest, [...N, unknown]>
    : N["length"];

type FormatArgs<S extends string> =
  number extends Placeholders<S>
    ? readonly Arg<string | number | boolean | null>[]
    : TupleOf<Placeholders<S>>;
type TupleOf<N extends number, T extends unknown[] = []> = T["length"] extends N
  ? T
  : TupleOf<N, [...T, Arg<string | number | boolean | null>]>;

/** `States.Format('Order {} for {}', $.id, $.email)`: as many arguments as `{}` placeholders. */
export function format<const S extends string>(template: S, ...args: FormatArgs<S>): PathRef<string> {
  const count = (args as readonly unknown[]).length;
  const expected = (template.match(/(?<!\\)\{\}/g) ?? []).length;
  if (expected !== count) {
    throw new BuilderError(
      "States.Format",
      `the template has ${expected} placeholder(s) but ${count} argument(s) were given`,
      "Pass one argument per {} in the template.",
    );
  }
  return intrinsic("Format", [template, ...(args as readonly unknown[])]);
}

/** `States.StringToJson`: the parsed value is `unknown` unless you state its type. */
export function stringToJson<T = unknown>(text: Arg<string>): PathRef<T> {
  return intrinsic("StringToJson", [text]);
}

export function jsonToString(value: PathRef<unknown>): PathRef<string> {
  return intrinsic("JsonToString", [value]);
}

type ArgValues<A extends readonly unknown[]> = {
  -readonly [I in keyof A]: A[I] extends PathRef<infer V> ? V : A[I];
};

/** `States.Array(a, b, …)`: the array of its arguments. */
export function array<const A extends readonly Arg<unknown>[]>(...items: A): PathRef<ArgValues<A>> {
  return intrinsic("Array", items);
}

export function arrayPartition<T>(items: PathRef<readonly T[]>, size: Arg<number>): PathRef<T[][]> {
  const literal = literalNumber(size);
  if (literal !== undefined && (!Number.isInteger(literal) || literal < 1)) {
    throw new BuilderError(
      "States.ArrayPartition argument 2",
      `the chunk size must be a positive integer, got ${literal}`,
      "Pass 1 or more.",
    );
  }
  return intrinsic("ArrayPartition", [items, size]);
}

export function arrayContains<T>(items: PathRef<readonly T[]>, value: Arg<NoInfer<T>>): PathRef<boolean> {
  return intrinsic("ArrayContains", [items, value]);
}

/** `States.ArrayRange(start, end, step)`: at most 1000 items. */
export function arrayRange(start: Arg<number>, end: Arg<number>, step: Arg<number>): PathRef<number[]> {
  const [from, to, by] = [literalNumber(start), literalNumber(end), literalNumber(step)];
  if (by !== undefined && by === 0) {
    throw new BuilderError("States.ArrayRange", "step must not be 0", "Use a positive or negative step.");
  }
  if (from !== undefined && to !== undefined && by !== undefined && Math.floor((to - from) / by) + 1 > 1000) {
    throw new BuilderError(
      "States.ArrayRange",
      "the range would have more than 1000 items",
      "Narrow the range.",
    );
  }
  return intrinsic("ArrayRange", [start, end, step]);
}

export function arrayGetItem<T>(items: PathRef<readonly T[]>, index: Arg<number>): PathRef<T> {
  return intrinsic("ArrayGetItem", [items, index]);
}

export function arrayLength(items: PathRef<readonly unknown[]>): PathRef<number> {
  return intrinsic("ArrayLength", [items]);
}

export function arrayUnique<T>(items: PathRef<readonly T[]>): PathRef<T[]> {
  return intrinsic("ArrayUnique", [items]);
}

export function base64Encode(text: Arg<string>): PathRef<string> {
  return intrinsic("Base64Encode", [text]);
}

export function base64Decode(text: Arg<string>): PathRef<string> {
  return intrinsic("Base64Decode", [text]);
}

export type HashAlgorithm = "MD5" | "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

export function hash(data: Arg<unknown>, algorithm: HashAlgorithm | PathRef<HashAlgorithm>): PathRef<string> {
  return intrinsic("Hash", [data, algorithm]);
}

/** `States.JsonMerge(a, b, false)`: a shallow merge (AWS supports only shallow), `b`'s fields win. */
export function jsonMerge<A extends object, B extends object>(
  first: PathRef<A>,
  second: PathRef<B>,
): PathRef<Omit<A, keyof B> & B> {
  return intrinsic("JsonMerge", [first, second, false]);
}

export function mathRandom(start: Arg<number>, end: Arg<number>, seed?: Arg<number>): PathRef<number> {
  return intrinsic("MathRandom", seed === undefined ? [start, end] : [start, end, seed]);
}

export function mathAdd(first: Arg<number>, second: Arg<number>): PathRef<number> {
  return intrinsic("MathAdd", [first, second]);
}

export function stringSplit(text: Arg<string>, separator: Arg<string>): PathRef<string[]> {
  return intrinsic("StringSplit", [text, separator]);
}

export function uuid(): PathRef<string> {
  return intrinsic("UUID", []);
}
