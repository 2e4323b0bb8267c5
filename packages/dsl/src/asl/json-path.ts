import type {
  FilterComparator,
  FilterExpression,
  FilterOperand,
  FilterPathOperand,
  JsonPathFunctionName,
  JsonPathLeg,
  JsonPathParseResult,
  JsonPathRoot,
  ParsedJsonPath,
} from "./json-path-ast.js";
import { NUMBER, parseJsonLiteral } from "./json-path-literal.js";

export type * from "./json-path-ast.js";

const FUNCTION_NAMES: ReadonlySet<string> = new Set<JsonPathFunctionName>([
  "length",
  "min",
  "max",
  "avg",
  "sum",
  "stddev",
  "keys",
]);
/** Jayway's symbolic operators; longest first so that `<=` is not read as `<`. */
const SYMBOL_OPERATORS = ["==", "!=", "<=", ">=", "=~", "<", ">"] as const;
/** Jayway's word operators that mean something inside `[?(...)]` (it matches them case-insensitively). */
const WORD_OPERATORS: ReadonlySet<string> = new Set<FilterComparator>([
  "in",
  "nin",
  "subsetof",
  "anyof",
  "noneof",
  "size",
  "empty",
  "contains",
]);
/** Characters that end a dot-notation member name. */
const NAME_STOP = new Set([
  ".",
  "[",
  "]",
  "(",
  ")",
  " ",
  "\t",
  "\n",
  "\r",
  ",",
  "'",
  '"',
  "=",
  "<",
  ">",
  "!",
  "&",
  "|",
]);
/** Workflow variable names are Unicode identifiers (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html). */
const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*/u;

class PathSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/**
 * Parses an ASL JSONPath (`$.a.b[0]`, `$$.Execution.Id`, `$myVar.field`, `$.items[?(@.price < 10)]`, `$..id`).
 * Never throws: a malformed path comes back with a message and the 0-based position of the problem.
 */
export function parseJsonPath(text: string): JsonPathParseResult {
  try {
    const parser = new PathParser(text);
    return { ok: true, path: parser.parsePath() };
  } catch (error) {
    if (error instanceof PathSyntaxError)
      return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

class PathParser {
  private at = 0;

  constructor(private readonly text: string) {}

  parsePath(): ParsedJsonPath {
    while (/\s/.test(this.text[this.at] ?? "")) this.at++;
    const root = this.parseRoot();
    const legs = this.parseLegs(false);
    if (this.at < this.text.length) this.fail(`unexpected "${this.text[this.at]}"`);
    const definite = legs.every((leg) => leg.kind === "member" || leg.kind === "index");
    return Object.freeze({ text: this.text, root, legs: Object.freeze(legs), definite });
  }

  private parseRoot(): JsonPathRoot {
    if (this.text[this.at] !== "$")
      this.fail('a path starts with "$" (input), "$$" (context) or "$name" (variable)');
    this.at++;
    if (this.text[this.at] === "$") {
      this.at++;
      return { kind: "context" };
    }
    const variable = VARIABLE_NAME.exec(this.text.slice(this.at));
    if (variable) {
      this.at += variable[0].length;
      return { kind: "variable", name: variable[0] };
    }
    return { kind: "input" };
  }

  /** Legs until the end of the path (or, inside a filter, until a character that is not a leg). */
  private parseLegs(inFilter: boolean): JsonPathLeg[] {
    const legs: JsonPathLeg[] = [];
    while (this.at < this.text.length) {
      const char = this.text[this.at];
      if (char === "." && this.text[this.at + 1] === ".") {
        this.at += 2;
        legs.push({
          kind: "descendant",
          leg: this.text[this.at] === "[" ? this.parseBracket() : this.parseDotLeg(),
        });
      } else if (char === "." && this.text[this.at + 1] === "[") {
        // `$.['a b']`, `$.[0]`: Jayway reads a bracket after a dot as the bracket alone (AWS's paths page
        // writes `$.abc.['def ghi']`).
        this.at++;
        legs.push(this.parseBracket());
      } else if (char === ".") {
        this.at++;
        const leg = this.parseDotLeg();
        // Inside a filter the operand path ends where the operator or `)` begins; only another leg is wrong.
        const next = this.text[this.at];
        if (leg.kind === "function" && next !== undefined && (!inFilter || next === "." || next === "[")) {
          this.fail(`the function ${leg.name}() must be the last part of the path`);
        }
        legs.push(leg);
      } else if (char === "[") {
        legs.push(this.parseBracket());
      } else if (inFilter) {
        break;
      } else if (/^\s+$/.test(this.text.slice(this.at))) {
        // Jayway trims the path: AWS accepts `"$$.Execution.Name "`.
        this.at = this.text.length;
      } else {
        this.fail(`unexpected "${char}"; expected ".name" or "[...]"`);
      }
    }
    return legs;
  }

  private parseDotLeg(): JsonPathLeg {
    if (this.text[this.at] === "*") {
      this.at++;
      return { kind: "wildcard" };
    }
    const start = this.at;
    while (this.at < this.text.length && !NAME_STOP.has(this.text[this.at]!)) this.at++;
    const name = this.text.slice(start, this.at);
    if (name === "") this.fail('expected a field name after "."');
    if (this.text.startsWith("()", this.at)) {
      if (!FUNCTION_NAMES.has(name)) this.fail(`unknown path function "${name}()"`, start);
      this.at += 2;
      return { kind: "function", name: name as JsonPathFunctionName };
    }
    return { kind: "member", name };
  }

  private parseBracket(): JsonPathLeg {
    this.expect("[");
    this.skipSpaces();
    let leg: JsonPathLeg;
    const char = this.text[this.at];
    if (char === "*") {
      this.at++;
      leg = { kind: "wildcard" };
    } else if (char === "?") {
      this.at++;
      this.skipSpaces();
      this.expect("(");
      const expression = this.parseOr();
      this.skipSpaces();
      this.expect(")");
      leg = { kind: "filter", expression };
    } else if (char === "'" || char === '"') {
      leg = this.parseNameList();
    } else {
      leg = this.parseIndexOrSlice();
    }
    this.skipSpaces();
    this.expect("]");
    return leg;
  }

  private parseNameList(): JsonPathLeg {
    const names = [this.parseQuoted()];
    for (this.skipSpaces(); this.text[this.at] === ","; this.skipSpaces()) {
      this.at++;
      this.skipSpaces();
      names.push(this.parseQuoted());
    }
    return names.length === 1 ? { kind: "member", name: names[0]! } : { kind: "union", members: names };
  }

  private parseIndexOrSlice(): JsonPathLeg {
    const first = this.parseOptionalInteger();
    this.skipSpaces();
    if (this.text[this.at] === ":") {
      this.at++;
      const end = this.parseOptionalInteger();
      let step: number | undefined;
      if (this.text[this.at] === ":") {
        this.at++;
        step = this.parseOptionalInteger();
        if (step === 0) this.fail("a slice step cannot be 0");
      }
      return compact({ kind: "slice", start: first, end, step });
    }
    if (first === undefined)
      this.fail('expected an index, a slice, "*", a quoted name or "?(...)" inside "[...]"');
    const indexes = [first];
    for (this.skipSpaces(); this.text[this.at] === ","; this.skipSpaces()) {
      this.at++;
      this.skipSpaces();
      const next = this.parseOptionalInteger();
      if (next === undefined) this.fail("expected an index after ','");
      indexes.push(next);
    }
    return indexes.length === 1 ? { kind: "index", index: first } : { kind: "union", members: indexes };
  }

  private parseOptionalInteger(): number | undefined {
    this.skipSpaces();
    const match = /^-?\d+/.exec(this.text.slice(this.at));
    if (!match) return undefined;
    this.at += match[0].length;
    return Number(match[0]);
  }

  private parseQuoted(): string {
    const quote = this.text[this.at];
    if (quote !== "'" && quote !== '"') this.fail("expected a quoted name");
    const start = this.at++;
    let value = "";
    while (this.at < this.text.length && this.text[this.at] !== quote) {
      if (this.text[this.at] === "\\" && this.at + 1 < this.text.length) this.at++;
      value += this.text[this.at++];
    }
    if (this.at >= this.text.length) this.fail("unterminated quoted name", start);
    this.at++;
    return value;
  }

  // Filter expressions: `||` binds loosest, then `&&`, then `!`, then comparisons.
  private parseOr(): FilterExpression {
    let left = this.parseAnd();
    while (this.consume("||")) left = { kind: "or", left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterExpression {
    let left = this.parseUnary();
    while (this.consume("&&")) left = { kind: "and", left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(): FilterExpression {
    this.skipSpaces();
    if (this.text[this.at] === "!" && this.text[this.at + 1] !== "=") {
      this.at++;
      return { kind: "not", operand: this.parseUnary() };
    }
    if (this.text[this.at] === "(") {
      this.at++;
      const inner = this.parseOr();
      this.skipSpaces();
      this.expect(")");
      return inner;
    }
    const start = this.at;
    const left = this.parseOperand();
    const op = this.parseComparator();
    if (op) return { kind: "compare", op, left, right: this.parseOperand() };
    // Jayway reads a term without an operator as an exists check, which only a path can be.
    if (left.kind !== "path")
      this.fail("a filter term without an operator must be a path (@.name or $.name)", start);
    return { kind: "exists", operand: left };
  }

  private parseComparator(): FilterComparator | undefined {
    this.skipSpaces();
    for (const op of SYMBOL_OPERATORS) if (this.consume(op)) return op;
    const word = /^[A-Za-z]+/.exec(this.text.slice(this.at))?.[0];
    if (word === undefined) return undefined;
    const op = word.toLowerCase();
    if (!WORD_OPERATORS.has(op))
      this.fail(
        `unknown filter operator "${word}"; expected ${SYMBOL_OPERATORS.join(", ")}, ${[...WORD_OPERATORS].join(", ")}`,
      );
    // Jayway reads a word operator up to the next space, so `in['a']` is not `in`.
    if (!/[ \t]/.test(this.text[this.at + word.length] ?? ""))
      this.fail(`the operator "${word}" must be followed by a space and an operand`, this.at + word.length);
    this.at += word.length;
    return op as FilterComparator;
  }

  private parseOperand(): FilterOperand {
    this.skipSpaces();
    const char = this.text[this.at];
    if (char === "@" || char === "$") return this.parsePathOperand(char === "@");
    if (char === "'" || char === '"') return { kind: "literal", value: this.parseQuoted() };
    if (char === "/") return this.parseRegex();
    if (char === "[" || char === "{") {
      const literal = parseJsonLiteral(this.text, this.at, (message, position) =>
        this.fail(message, position),
      );
      this.at = literal.end;
      return { kind: "literal", value: literal.value };
    }
    const rest = this.text.slice(this.at);
    const number = NUMBER.exec(rest);
    if (number) {
      this.at += number[0].length;
      return { kind: "literal", value: Number(number[0]) };
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (rest.startsWith(word)) {
        this.at += word.length;
        return { kind: "literal", value };
      }
    }
    return this.fail(
      "expected @.path, $.path, a number, a quoted string, true, false, null, [...], {...} or /regex/ in the filter",
    );
  }

  private parsePathOperand(relative: boolean): FilterPathOperand {
    this.at++;
    return { kind: "path", relative, legs: this.parseLegs(true) };
  }

  private parseRegex(): FilterOperand {
    const start = this.at++;
    let source = "";
    while (this.at < this.text.length && this.text[this.at] !== "/") {
      if (this.text[this.at] === "\\") source += this.text[this.at++];
      source += this.text[this.at++] ?? "";
    }
    if (this.at >= this.text.length) this.fail("unterminated /regex/", start);
    this.at++;
    const flags = /^[a-z]*/.exec(this.text.slice(this.at))![0];
    this.at += flags.length;
    return { kind: "regex", source, flags };
  }

  private consume(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.at)) {
      const found = this.at < this.text.length ? `"${this.text[this.at]}"` : "the end of the path";
      this.fail(`expected "${token}" but found ${found}`);
    }
    this.at += token.length;
  }

  private skipSpaces(): void {
    while (this.text[this.at] === " " || this.text[this.at] === "\t") this.at++;
  }

  private fail(message: string, position = this.at): never {
    throw new PathSyntaxError(message, position);
  }
}

/** Drops undefined fields so the AST compares cleanly and serializes without holes. */
function compact<T extends object>(leg: T): T {
  return Object.fromEntries(Object.entries(leg).filter(([, value]) => value !== undefined)) as T;
}
