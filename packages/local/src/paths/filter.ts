import type { FilterExpression, FilterOperand, JsonPathLeg } from "@statesmith/dsl";
import { type JsonValue, jsonEquals } from "../util/json.js";
import type { LegEvaluator } from "./evaluate-legs.js";

type Operand = JsonValue | undefined | RegExp;

/** Compiles a `[?(...)]` predicate once; it is called per candidate item. */
export function compileFilter(
  expression: FilterExpression,
  compileLegs: (legs: readonly JsonPathLeg[]) => LegEvaluator,
): (item: JsonValue, root: JsonValue) => boolean {
  switch (expression.kind) {
    case "and": {
      const left = compileFilter(expression.left, compileLegs);
      const right = compileFilter(expression.right, compileLegs);
      return (item, root) => left(item, root) && right(item, root);
    }
    case "or": {
      const left = compileFilter(expression.left, compileLegs);
      const right = compileFilter(expression.right, compileLegs);
      return (item, root) => left(item, root) || right(item, root);
    }
    case "not": {
      const operand = compileFilter(expression.operand, compileLegs);
      return (item, root) => !operand(item, root);
    }
    case "exists": {
      const operand = compileOperand(expression.operand, compileLegs);
      return (item, root) => {
        const value = operand(item, root);
        return value !== undefined && value !== false && value !== null;
      };
    }
    case "compare": {
      const left = compileOperand(expression.left, compileLegs);
      const right = compileOperand(expression.right, compileLegs);
      const compare = COMPARATORS[expression.op]!;
      return (item, root) => compare(left(item, root), right(item, root));
    }
  }
}

function compileOperand(
  operand: FilterOperand,
  compileLegs: (legs: readonly JsonPathLeg[]) => LegEvaluator,
): (item: JsonValue, root: JsonValue) => Operand {
  switch (operand.kind) {
    case "literal":
      return () => operand.value;
    case "regex": {
      const regex = new RegExp(operand.source, operand.flags);
      return () => regex;
    }
    case "path": {
      const evaluate = compileLegs(operand.legs);
      const definite = operand.legs.every((leg) => leg.kind === "member" || leg.kind === "index");
      return (item, root) => {
        const matches = evaluate([operand.relative ? item : root], root);
        if (definite) return matches[0];
        return matches;
      };
    }
  }
}

const ordered = (test: (order: number) => boolean) => (left: Operand, right: Operand) => {
  if (typeof left === "number" && typeof right === "number") return test(left - right);
  if (typeof left === "string" && typeof right === "string")
    return test(left < right ? -1 : left > right ? 1 : 0);
  return false;
};

const equal = (left: Operand, right: Operand): boolean =>
  left !== undefined && right !== undefined && !(left instanceof RegExp) && !(right instanceof RegExp)
    ? jsonEquals(left, right)
    : false;

const COMPARATORS: Readonly<Record<string, (left: Operand, right: Operand) => boolean>> = Object.freeze({
  "==": equal,
  "!=": (left, right) => left !== undefined && right !== undefined && !equal(left, right),
  "<": ordered((order) => order < 0),
  "<=": ordered((order) => order <= 0),
  ">": ordered((order) => order > 0),
  ">=": ordered((order) => order >= 0),
  "=~": (left, right) => typeof left === "string" && right instanceof RegExp && right.test(left),
});
