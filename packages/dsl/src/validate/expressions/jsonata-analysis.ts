import jsonata from "jsonata";
import { JSONATA_FUNCTION_NAMES, RESERVED_VARIABLE } from "./jsonata-names.js";

/** `a ?? b` (default when absent) and `a ?: b` (default when falsy) came in JSONata 2.1. */
export type NewerOperator = "??" | "?:";

/** A workflow variable the expression reads. `functionName` reads (`$count` not called) may be functions. */
export interface JsonataRead {
  readonly name: string;
  readonly functionName: boolean;
}

export type JsonataAnalysis =
  | {
      readonly ok: true;
      readonly reads: readonly JsonataRead[];
      /** Fields of `$states` it reads: "input", "result", "errorOutput", "context", … */
      readonly statesFields: ReadonlySet<string>;
      /** Names read from the context item at the top level (`{% input.x %}`), which has no value in AWS. */
      readonly topLevelNames: readonly string[];
      readonly callsEval: boolean;
      /** Operators JSONata added after 2.0.6, the version Step Functions implements. */
      readonly newerOperators: readonly NewerOperator[];
    }
  | { readonly ok: false; readonly message: string; readonly position: number };

/** JSONata text of a `{% … %}` string, or undefined when the string is not one. */
export function jsonataBody(text: string): string | undefined {
  return text.startsWith("{%") && text.endsWith("%}") && text.length >= 4 ? text.slice(2, -2) : undefined;
}

/**
 * Parses with the official `jsonata` package and walks the AST once. Never throws. The AST's node shapes
 * are read structurally (its typings are loose), so an unknown node kind is walked generically.
 */
export function analyzeJsonata(expression: string): JsonataAnalysis {
  let ast: unknown;
  try {
    ast = jsonata(expression).ast();
  } catch (error) {
    const details = error as { message?: unknown; position?: unknown };
    return {
      ok: false,
      message: typeof details.message === "string" ? details.message : String(error),
      position: typeof details.position === "number" ? details.position : 0,
    };
  }
  const walker = new AstWalker();
  walker.collectBindings(ast);
  walker.visit(ast, true);
  return {
    ok: true,
    reads: walker.reads,
    statesFields: walker.statesFields,
    topLevelNames: walker.topLevelNames,
    callsEval: walker.callsEval,
    newerOperators: walker.newerOperators,
  };
}

type AstNode = { readonly [key: string]: unknown };
const isNode = (value: unknown): value is AstNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const nodes = (value: unknown): AstNode[] =>
  Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];

class AstWalker {
  readonly reads: JsonataRead[] = [];
  readonly statesFields = new Set<string>();
  readonly topLevelNames: string[] = [];
  callsEval = false;
  readonly newerOperators: NewerOperator[] = [];
  /** Names bound inside the expression (`:=`, lambda parameters, `@$x`, `#$i`): not workflow variables. */
  private readonly local = new Set<string>();

  /** Walks the whole tree: names bound in it, and the 2.1 operators. */
  collectBindings(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.collectBindings(item);
      return;
    }
    if (!isNode(value)) return;
    const operator = value.type === "condition" ? newerOperator(value) : undefined;
    if (operator) this.newerOperators.push(operator);
    if (value.type === "bind" && isNode(value.lhs) && typeof value.lhs.value === "string")
      this.local.add(value.lhs.value);
    if (value.type === "lambda") {
      for (const parameter of nodes(value.arguments))
        if (typeof parameter.value === "string") this.local.add(parameter.value);
    }
    if (typeof value.focus === "string") this.local.add(value.focus);
    if (typeof value.index === "string") this.local.add(value.index);
    for (const key of Object.keys(value))
      if (typeof value[key] === "object") this.collectBindings(value[key]);
  }

  /** `topLevel`: evaluated against the (absent) context item, as opposed to inside a path step or filter. */
  visit(value: unknown, topLevel: boolean): void {
    for (const node of nodes(value)) this.visitNode(node, topLevel);
  }

  private visitNode(node: AstNode, topLevel: boolean): void {
    switch (node.type) {
      case "path":
        this.visitPath(node, topLevel);
        return;
      case "name":
        if (topLevel && typeof node.value === "string") this.topLevelNames.push(node.value);
        this.visitStages(node);
        return;
      case "variable":
        this.visitVariable(node, topLevel, false);
        this.visitStages(node);
        return;
      case "function":
      case "partial":
        if (isNode(node.procedure) && node.procedure.type === "variable") {
          this.visitVariable(node.procedure, topLevel, true);
        } else this.visit(node.procedure, topLevel);
        this.visit(node.arguments, topLevel);
        return;
      case "bind":
        this.visit(node.rhs, topLevel);
        return;
      case "lambda":
        this.visit(node.body, topLevel);
        return;
      case "unary":
        if (node.value === "{" && Array.isArray(node.lhs)) {
          for (const pair of node.lhs) this.visit(pair, topLevel);
          return;
        }
        this.visit(node.expression, topLevel);
        this.visit(node.expressions, topLevel);
        return;
      default:
        this.visitChildren(node, topLevel);
        return;
    }
  }

  private visitPath(node: AstNode, topLevel: boolean): void {
    const steps = nodes(node.steps);
    const [first, second] = steps;
    if (first?.type === "variable" && first.value === RESERVED_VARIABLE) {
      this.statesFields.add(second?.type === "name" && typeof second.value === "string" ? second.value : "*");
      this.visitStages(first);
    } else if (first) this.visitNode(first, topLevel);
    // Later steps, their filters, sort terms and groupings run against the value the step before produced.
    for (const step of steps.slice(1)) this.visitNode(step, false);
    if (isNode(node.group)) this.visitChildren(node.group, false);
  }

  private visitVariable(node: AstNode, topLevel: boolean, called: boolean): void {
    const name = node.value;
    if (typeof name !== "string") return;
    if (name === "" || name === "$") {
      // `$` is the context item and `$$` the root: at the top level there is no input to read.
      if (topLevel) this.topLevelNames.push(name === "" ? "$" : "$$");
      return;
    }
    if (name === RESERVED_VARIABLE) {
      this.statesFields.add("*");
      return;
    }
    if (this.local.has(name)) return;
    if (called && name === "eval") this.callsEval = true;
    const functionName = JSONATA_FUNCTION_NAMES.has(name);
    if (called && functionName) return;
    this.reads.push({ name, functionName });
  }

  private visitStages(node: AstNode): void {
    this.visit(node.stages, false);
    this.visit(node.predicate, false);
  }

  private visitChildren(node: AstNode, topLevel: boolean): void {
    const inner = node.type === "filter" || node.type === "sort" || node.type === "transform";
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (typeof child === "object")
        this.visit(Array.isArray(child) ? child.flat() : child, topLevel && !inner);
    }
  }
}

/**
 * The parser writes both 2.1 operators as a condition: `a ?: b` as `a ? a : b` with the one `a` node in both
 * places (the same source positions, which a written-out `a ? a : b` cannot have), `a ?? b` as
 * `$exists(a) ? a : b` with a `$exists` call that has no source position.
 */
function newerOperator(node: AstNode): NewerOperator | undefined {
  const { condition, then } = node;
  if (!isNode(condition) || !isNode(then)) return undefined;
  if (
    condition.type === "function" &&
    condition.position === undefined &&
    isNode(condition.procedure) &&
    condition.procedure.value === "exists"
  )
    return "??";
  return JSON.stringify(condition) === JSON.stringify(then) ? "?:" : undefined;
}
