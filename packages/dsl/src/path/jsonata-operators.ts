import type { JsonPrimitive } from "../asl/types.js";
import { composeJsonata, jsonata } from "./jsonata.js";
import type { Expr } from "./refs.js";

/**
 * Typed JSONata comparisons and logic for `Condition` and friends. Both sides must have the same type, so
 * `gt(input.name, 100)` does not compile. Anything else: the `jsonata` tag.
 */
type Operand<T> = Expr<T> | (T & JsonPrimitive);

const infix =
  (operator: string) =>
  (left: Operand<unknown>, right: Operand<unknown>): Expr<boolean> =>
    composeJsonata<boolean>([left, { text: ` ${operator} ` }, right]);

export const eq: <T>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> = infix("=");
export const ne: <T>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> = infix("!=");
export const gt: <T extends number | string>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> =
  infix(">");
export const gte: <T extends number | string>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> =
  infix(">=");
export const lt: <T extends number | string>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> =
  infix("<");
export const lte: <T extends number | string>(left: Operand<T>, right: Operand<NoInfer<T>>) => Expr<boolean> =
  infix("<=");

export function and(...conditions: readonly [Expr<boolean>, ...Expr<boolean>[]]): Expr<boolean> {
  return conditions.slice(1).reduce((all, next) => jsonata<boolean>`${all} and ${next}`, conditions[0]);
}

export function or(...conditions: readonly [Expr<boolean>, ...Expr<boolean>[]]): Expr<boolean> {
  return conditions.slice(1).reduce((all, next) => jsonata<boolean>`${all} or ${next}`, conditions[0]);
}

export function not(condition: Expr<boolean>): Expr<boolean> {
  return jsonata<boolean>`$not(${condition})`;
}

/** `$exists(x)`: true when the field is present. */
export function exists(value: Expr<unknown>): Expr<boolean> {
  return jsonata<boolean>`$exists(${value})`;
}
