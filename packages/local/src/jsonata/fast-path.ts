import type jsonata from "jsonata";
import type { JsonValue } from "../util/json.js";
import type { JsonataScope } from "./compile-jsonata.js";

/** "Not sure": the value is of a kind the fast path leaves to jsonata, which then evaluates the expression. */
export const FALLBACK: unique symbol = Symbol("fallback");
type Value = JsonValue | undefined | typeof FALLBACK;
type Native = (scope: JsonataScope) => Value;

/**
 * Most JSONata in a state machine is `$count + 1`, `$states.input.total > 100` or `$retries < 3`. jsonata 2
 * evaluates even these through a fresh environment (every variable bound again) and a chain of promises, so a
 * state costs ten times what a JSONPath state does. This compiles that small subset — variables, `$states`
 * paths over objects, literals, arithmetic, comparison, equality, `and`/`or`, `&` — into plain functions.
 * Each takes its native answer only where jsonata's result is certain (numbers with numbers, strings with
 * strings, booleans, no arrays); for anything else it answers FALLBACK and the whole expression goes to
 * jsonata, so every error and every conversion is still jsonata's own.
 */
export function compileFastPath(ast: jsonata.ExprNode): Native | undefined {
  const node = ast as Node;
  if (!hasOnly(node, NODE_KEYS)) return undefined;
  switch (node.type) {
    case "number":
    case "string":
    case "value": {
      const value = node.value as JsonValue;
      return typeof value === "object" && value !== null ? undefined : () => value;
    }
    case "variable":
      return variable(node);
    case "path":
      return statesPath(node);
    case "unary":
      return node.value === "-" ? negate(node) : undefined;
    case "binary":
      return binary(node);
    default:
      return undefined;
  }
}

interface Node {
  readonly type: string;
  readonly value?: unknown;
  readonly lhs?: Node;
  readonly rhs?: Node;
  readonly expression?: Node;
  readonly steps?: readonly Node[];
}

// Anything else on a node (predicate, stages, group, keepArray, focus…) changes its meaning: not for us.
const NODE_KEYS = new Set(["type", "value", "position", "lhs", "rhs", "expression", "steps"]);
const hasOnly = (node: object, keys: ReadonlySet<string>): boolean =>
  Object.keys(node).every((key) => keys.has(key));

/** Arrays are sequences in jsonata (flattened, singletons unwrapped): always jsonata's to handle. */
const plain = (value: unknown): Value =>
  Array.isArray(value) || typeof value === "function" ? FALLBACK : (value as JsonValue | undefined);

/** An own property only: what an object inherits (`constructor`, `toString`) is jsonata's to resolve. */
const own = (object: object, name: string): Value =>
  Object.hasOwn(object, name) ? plain((object as Record<string, unknown>)[name]) : FALLBACK;

/** A field of a JSON object: absent is undefined, as in jsonata; an inherited name is jsonata's. */
const field = (object: object, name: string): Value =>
  Object.hasOwn(object, name) || name in object ? own(object, name) : undefined;

function variable(node: Node): Native | undefined {
  const name = node.value;
  // `$` and `$$` are the context item; `$states` alone is a view, not JSON.
  if (typeof name !== "string" || name === "" || name === "$" || name === "states") return undefined;
  return (scope) => own(scope.vars, name);
}

const FIELDS = new Set(["input", "result", "errorOutput", "context"]);

/** `$states.input.a.b`: name steps only, each through a plain object. */
function statesPath(node: Node): Native | undefined {
  const [first, ...rest] = node.steps ?? [];
  if (first?.type !== "variable" || first.value !== "states" || !hasOnly(first, NODE_KEYS)) return undefined;
  if (rest.length === 0 || !rest.every((step) => step.type === "name" && hasOnly(step, NODE_KEYS)))
    return undefined;
  const names = rest.map((step) => String(step.value));
  const [top, ...inside] = names as [string, ...string[]];
  if (!FIELDS.has(top)) return undefined;
  const key = top as keyof JsonataScope["states"];
  return (scope) => {
    // `$states` is a view whose `context` is built on first read: the first step is read as a property.
    let value: Value = plain(scope.states[key]);
    for (const name of inside) {
      if (value === FALLBACK || value === undefined) return value;
      if (typeof value !== "object" || value === null) return FALLBACK;
      value = field(value, name);
    }
    return value;
  };
}

function negate(node: Node): Native | undefined {
  const operand = node.expression && compileFastPath(node.expression as jsonata.ExprNode);
  if (!operand) return undefined;
  return (scope) => {
    const value = operand(scope);
    return typeof value === "number" ? -value : FALLBACK;
  };
}

type Operator = (left: Value, right: Value) => Value;

const numeric =
  (apply: (left: number, right: number) => number): Operator =>
  (left, right) => {
    if (typeof left !== "number" || typeof right !== "number") return FALLBACK;
    const result = apply(left, right);
    return Number.isFinite(result) ? result : FALLBACK;
  };

const ordered =
  (test: (order: number) => boolean): Operator =>
  (left, right) => {
    if (typeof left === "number" && typeof right === "number") return test(left - right);
    if (typeof left === "string" && typeof right === "string")
      return test(left < right ? -1 : left > right ? 1 : 0);
    return FALLBACK;
  };

const scalar = (value: Value): boolean =>
  value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";

const OPERATORS: Readonly<Record<string, Operator>> = Object.freeze({
  "+": numeric((a, b) => a + b),
  "-": numeric((a, b) => a - b),
  "*": numeric((a, b) => a * b),
  "/": numeric((a, b) => a / b),
  "%": numeric((a, b) => a % b),
  "<": ordered((order) => order < 0),
  "<=": ordered((order) => order <= 0),
  ">": ordered((order) => order > 0),
  ">=": ordered((order) => order >= 0),
  "=": (left, right) => (scalar(left) && scalar(right) ? left === right : FALLBACK),
  "!=": (left, right) => (scalar(left) && scalar(right) ? left !== right : FALLBACK),
  "&": (left, right) => (typeof left === "string" && typeof right === "string" ? left + right : FALLBACK),
  and: (left, right) => (typeof left === "boolean" && typeof right === "boolean" ? left && right : FALLBACK),
  or: (left, right) => (typeof left === "boolean" && typeof right === "boolean" ? left || right : FALLBACK),
});

function binary(node: Node): Native | undefined {
  const operator = typeof node.value === "string" ? OPERATORS[node.value] : undefined;
  const left = node.lhs && compileFastPath(node.lhs as jsonata.ExprNode);
  const right = node.rhs && compileFastPath(node.rhs as jsonata.ExprNode);
  if (!operator || !left || !right) return undefined;
  return (scope) => {
    const a = left(scope);
    if (a === FALLBACK) return FALLBACK;
    const b = right(scope);
    return b === FALLBACK ? FALLBACK : operator(a, b);
  };
}
