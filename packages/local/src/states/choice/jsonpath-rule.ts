import type { AslChoiceRule } from "@statesmith/dsl";
import { StatesErrors } from "../../errors/error-names.js";
import { EvaluationFailure } from "../../errors/runtime-errors.js";
import { compilePath } from "../../paths/compile-path.js";
import { MISSING, type PathData } from "../../paths/path-data.js";
import type { JsonValue } from "../../util/json.js";
import { COMPARISONS, TYPE_TESTS } from "./comparisons.js";

/** A compiled Boolean expression of a JSONPath Choice rule. */
export type RuleTest = (data: PathData) => boolean;

const META_FIELDS = new Set(["Next", "Comment", "Assign", "Output", "Variable", "Condition"]);

/**
 * Compiles And/Or/Not and the comparisons. A Variable or `…Path` operand that names nothing fails the
 * execution (States.Runtime), as AWS documents: "If the state input doesn't contain the $.type field, the
 * execution fails". Only IsPresent looks at presence, so rules guard optional fields with it.
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html
 */
export function compileRule(rule: AslChoiceRule, field: string): RuleTest {
  if (rule.And) {
    const tests = rule.And.map((inner, index) => compileRule(inner, `${field}.And[${index}]`));
    return (data) => tests.every((test) => test(data));
  }
  if (rule.Or) {
    const tests = rule.Or.map((inner, index) => compileRule(inner, `${field}.Or[${index}]`));
    return (data) => tests.some((test) => test(data));
  }
  if (rule.Not) {
    const test = compileRule(rule.Not, `${field}.Not`);
    return (data) => !test(data);
  }
  const operators = Object.keys(rule).filter((key) => !META_FIELDS.has(key));
  if (operators.length !== 1 || typeof rule.Variable !== "string") {
    throw new Error(`${field} needs a Variable and exactly one comparison operator, or And / Or / Not`);
  }
  const operator = operators[0]!;
  const variable = compilePath(rule.Variable);
  const operand = rule[operator] as JsonValue;
  if (operator === "IsPresent") {
    return (data) => (variable.read(data) !== MISSING) === operand;
  }
  const read = (data: PathData): JsonValue => present(variable.read(data), rule.Variable!);
  const typeTest = TYPE_TESTS[operator];
  if (typeTest) return (data) => typeTest(read(data)) === operand;
  const direct = COMPARISONS[operator];
  if (direct) return (data) => direct(read(data), operand);
  const viaPath = operator.endsWith("Path") ? COMPARISONS[operator.slice(0, -4)] : undefined;
  if (!viaPath || typeof operand !== "string")
    throw new Error(`${field}: unknown comparison operator "${operator}"`);
  const other = compilePath(operand);
  return (data) => viaPath(read(data), present(other.read(data), operand));
}

function present(value: JsonValue | typeof MISSING, path: string): JsonValue {
  if (value !== MISSING) return value;
  throw new EvaluationFailure(
    StatesErrors.Runtime,
    `Invalid path '${path}': The choice state's condition path references an invalid value.`,
  );
}
