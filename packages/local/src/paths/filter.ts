import type { FilterExpression, FilterOperand, FilterPathOperand, JsonPathLeg } from "@statesmith/dsl";
import type { JsonValue } from "../util/json.js";
import type { LegEvaluator } from "./evaluate-legs.js";
import { COMPARATORS, FilterRejection, type Operand } from "./filter-operators.js";
import { MISSING } from "./path-data.js";
import { PATH_FUNCTIONS } from "./path-functions.js";

type CompileLegs = (legs: readonly JsonPathLeg[]) => LegEvaluator;
type Predicate = (item: JsonValue, root: JsonValue) => boolean;

/** Compiles a `[?(...)]` predicate once; it is called per candidate item. */
export function compileFilter(expression: FilterExpression, compileLegs: CompileLegs): Predicate {
  const test = compileExpression(expression, compileLegs);
  return (item, root) => {
    try {
      return test(item, root);
    } catch (error) {
      // An operand of the wrong kind drops the item whatever surrounds the test (see FilterRejection).
      if (error instanceof FilterRejection) return false;
      throw error;
    }
  };
}

function compileExpression(expression: FilterExpression, compileLegs: CompileLegs): Predicate {
  switch (expression.kind) {
    case "and": {
      const left = compileExpression(expression.left, compileLegs);
      const right = compileExpression(expression.right, compileLegs);
      return (item, root) => left(item, root) && right(item, root);
    }
    case "or": {
      const left = compileExpression(expression.left, compileLegs);
      const right = compileExpression(expression.right, compileLegs);
      return (item, root) => left(item, root) || right(item, root);
    }
    case "not": {
      const operand = compileExpression(expression.operand, compileLegs);
      return (item, root) => !operand(item, root);
    }
    case "exists":
      return compileExists(expression.operand, compileLegs);
    case "compare": {
      const left = compileOperand(expression.left, compileLegs);
      const right = compileOperand(expression.right, compileLegs);
      const compare = COMPARATORS[expression.op];
      return (item, root) => compare(left(item, root), right(item, root));
    }
  }
}

/**
 * Jayway's exists check (PathNode.evaluate): the path names something, whatever its value, so `@.flag`
 * holds for false and null too. An indefinite path (`@.tags[*]`) must select at least one node.
 */
function compileExists(operand: FilterPathOperand, compileLegs: CompileLegs): Predicate {
  const read = compilePath(operand, compileLegs);
  const legs = operand.legs;
  // A trailing function gives one value (or none) whatever the path before it selects.
  if (isDefinite(legs) || legs[legs.length - 1]?.kind === "function")
    return (item, root) => read(item, root) !== undefined;
  return (item, root) => (read(item, root) as JsonValue[]).length > 0;
}

function compileOperand(
  operand: FilterOperand,
  compileLegs: CompileLegs,
): (item: JsonValue, root: JsonValue) => Operand {
  switch (operand.kind) {
    case "literal":
      return () => operand.value;
    case "regex": {
      // Jayway matches the whole string (Java's Matcher.matches): /ab/ does not match "xaby".
      const regex = new RegExp(`^(?:${operand.source})$`, operand.flags);
      return () => regex;
    }
    case "path":
      return compilePath(operand, compileLegs);
  }
}

/**
 * A definite path gives its value (undefined when it names nothing), an indefinite one the list of what
 * it selects; a trailing function (`@.tags.length()`) applies to that, as it does at the end of a path.
 */
function compilePath(
  operand: FilterPathOperand,
  compileLegs: CompileLegs,
): (item: JsonValue, root: JsonValue) => JsonValue | undefined {
  const legs = operand.legs;
  const last = legs[legs.length - 1];
  if (last?.kind === "function") {
    const before = compilePath({ ...operand, legs: legs.slice(0, -1) }, compileLegs);
    const apply = PATH_FUNCTIONS[last.name];
    return (item, root) => {
      const value = before(item, root);
      if (value === undefined) return undefined;
      const result = apply(value);
      return result === MISSING ? undefined : result;
    };
  }
  const evaluate = compileLegs(legs);
  const start = (item: JsonValue, root: JsonValue): JsonValue => (operand.relative ? item : root);
  if (isDefinite(legs)) return (item, root) => evaluate([start(item, root)], root)[0];
  return (item, root) => evaluate([start(item, root)], root);
}

/** Only members and indexes: the path names at most one node. */
const isDefinite = (legs: readonly JsonPathLeg[]): boolean =>
  legs.every((leg) => leg.kind === "member" || leg.kind === "index");
