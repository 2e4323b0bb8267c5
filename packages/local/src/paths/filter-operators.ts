import type { FilterComparator } from "@statesmith/dsl";
import { isJsonObject, type JsonValue, jsonEquals } from "../util/json.js";

/** What a filter operand evaluates to: a JSON value, nothing (a path that names nothing) or a /regex/. */
export type Operand = JsonValue | undefined | RegExp;

/**
 * Thrown where Jayway's evaluator throws InvalidPathException (an operand of the wrong kind, e.g. `in`
 * with a string on the right). Jayway's PredicatePathToken.accept catches it and drops the item, so it
 * escapes `!`, `&&` and `||`: `!(@.a in 'x')` selects nothing. compileFilter catches it per item.
 */
export class FilterRejection extends Error {}
/** One instance: it is thrown per rejected item and carries nothing. */
const REJECTED = new FilterRejection("filter operand of the wrong kind");

const isValue = (operand: Operand): operand is JsonValue =>
  operand !== undefined && !(operand instanceof RegExp);

/**
 * Jayway's conversion of an operand to a list for in/nin/subsetof/anyof/noneof: an array is a list; an
 * object is none, so the test is false; a string, number, boolean, null or missing value is an error.
 */
function asList(operand: Operand): JsonValue[] | undefined {
  if (Array.isArray(operand)) return operand;
  if (!(operand instanceof RegExp) && isJsonObject(operand)) return undefined;
  throw REJECTED;
}

/** A missing value or a regex equals nothing, as Jayway's UndefinedNode and PatternNode equal no value. */
const includes = (list: readonly JsonValue[], operand: Operand): boolean =>
  isValue(operand) && list.some((item) => jsonEquals(item, operand));

/** Jayway converts the right operand before the left one; the order decides false against rejection. */
const bothLists =
  (test: (left: JsonValue[], right: JsonValue[]) => boolean) =>
  (left: Operand, right: Operand): boolean => {
    const rightList = asList(right);
    if (!rightList) return false;
    const leftList = asList(left);
    return leftList !== undefined && test(leftList, rightList);
  };

const ordered = (test: (order: number) => boolean) => (left: Operand, right: Operand) => {
  if (typeof left === "number" && typeof right === "number") return test(left - right);
  if (typeof left === "string" && typeof right === "string")
    return test(left < right ? -1 : left > right ? 1 : 0);
  return false;
};

/**
 * Jayway compares a path that names nothing as its UNDEFINED node, which equals only itself: so
 * `@.status != 'done'` selects the items without a status, and `@.a == @.b` those with neither.
 */
const equal = (left: Operand, right: Operand): boolean =>
  left === undefined || right === undefined
    ? left === right
    : isValue(left) && isValue(right) && jsonEquals(left, right);

const isIn = (left: Operand, right: Operand): boolean => {
  const list = asList(right);
  return list !== undefined && includes(list, left);
};

/** `empty`: only a string, array or object is empty or not, and then the right side must be a boolean. */
function isEmpty(left: Operand, right: Operand): boolean {
  let empty: boolean;
  if (typeof left === "string") empty = left.length === 0;
  else if (Array.isArray(left)) empty = left.length === 0;
  else if (!(left instanceof RegExp) && isJsonObject(left)) empty = Object.keys(left).length === 0;
  else return false;
  if (typeof right !== "boolean") throw REJECTED;
  return empty === right;
}

/**
 * Each operator as Jayway's EvaluatorFactory evaluates it (json-path/JsonPath, internal/filter). Equality
 * is JSON equality throughout, as for `==` here.
 */
export const COMPARATORS: Readonly<Record<FilterComparator, (left: Operand, right: Operand) => boolean>> =
  Object.freeze({
    "==": equal,
    "!=": (left, right) => !equal(left, right),
    "<": ordered((order) => order < 0),
    "<=": ordered((order) => order <= 0),
    ">": ordered((order) => order > 0),
    ">=": ordered((order) => order >= 0),
    "=~": (left, right) => typeof left === "string" && right instanceof RegExp && right.test(left),
    in: isIn,
    nin: (left, right) => !isIn(left, right),
    subsetof: bothLists((left, right) => left.every((item) => includes(right, item))),
    anyof: bothLists((left, right) => left.some((item) => includes(right, item))),
    noneof: bothLists((left, right) => !left.some((item) => includes(right, item))),
    // Jayway takes the number's integer part; an object has no size here (Jayway counts it as -1).
    size: (left, right) =>
      typeof right === "number" &&
      (typeof left === "string" || Array.isArray(left)) &&
      left.length === Math.trunc(right),
    empty: isEmpty,
    contains: (left, right) =>
      typeof left === "string"
        ? typeof right === "string" && left.includes(right)
        : Array.isArray(left) && includes(left, right),
  });
