/**
 * Intrinsic functions of JSONPath states (`States.Format('{} items', $.count)`), parsed into a call tree shared by
 * the validator (arity, placeholder counts) and the local engine (evaluation).
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */

export type IntrinsicArgument =
  /** `value` has the escapes resolved; `raw` is the text between the quotes (States.Format reads its braces). */
  | { readonly kind: "string"; readonly value: string; readonly raw: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "null" }
  /** A JSONPath (`$.a`, `$$.Execution.Id`, `$var`); parse it with parseJsonPath. */
  | { readonly kind: "path"; readonly path: string }
  | { readonly kind: "call"; readonly call: IntrinsicCall };

export interface IntrinsicCall {
  readonly name: string;
  readonly args: readonly IntrinsicArgument[];
  /** 0-based offset of the call's name in the source text. */
  readonly position: number;
}

export type IntrinsicParseResult =
  | { readonly ok: true; readonly call: IntrinsicCall }
  | { readonly ok: false; readonly message: string; readonly position: number };

/** Every intrinsic AWS defines, with the number of arguments it takes (`max: Infinity` for variadic ones). */
export const INTRINSIC_FUNCTIONS = Object.freeze({
  "States.Format": { min: 1, max: Number.POSITIVE_INFINITY },
  "States.StringToJson": { min: 1, max: 1 },
  "States.JsonToString": { min: 1, max: 1 },
  "States.Array": { min: 0, max: Number.POSITIVE_INFINITY },
  "States.ArrayPartition": { min: 2, max: 2 },
  "States.ArrayContains": { min: 2, max: 2 },
  "States.ArrayRange": { min: 3, max: 3 },
  "States.ArrayGetItem": { min: 2, max: 2 },
  "States.ArrayLength": { min: 1, max: 1 },
  "States.ArrayUnique": { min: 1, max: 1 },
  "States.Base64Encode": { min: 1, max: 1 },
  "States.Base64Decode": { min: 1, max: 1 },
  "States.Hash": { min: 2, max: 2 },
  "States.JsonMerge": { min: 3, max: 3 },
  "States.MathRandom": { min: 2, max: 3 },
  "States.MathAdd": { min: 2, max: 2 },
  "States.StringSplit": { min: 2, max: 2 },
  "States.UUID": { min: 0, max: 0 },
} as const satisfies Record<string, { min: number; max: number }>);

export type IntrinsicFunctionName = keyof typeof INTRINSIC_FUNCTIONS;

/** The algorithms States.Hash takes ("any of the following algorithms"). */
export const HASH_ALGORITHMS = Object.freeze(["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"] as const);

export const isIntrinsicFunctionName = (name: string): name is IntrinsicFunctionName =>
  Object.hasOwn(INTRINSIC_FUNCTIONS, name);

/** True when a `.$` value is written as an intrinsic call rather than a path. */
export const looksLikeIntrinsic = (text: string): boolean => /^\s*States\.[A-Za-z0-9]+\s*\(/.test(text);

class IntrinsicSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/**
 * Parses one intrinsic call. Syntax only (names must look like `States.X`); arity is checked by the caller
 * against INTRINSIC_FUNCTIONS so that it can word its own diagnostic. Never throws.
 */
export function parseIntrinsic(text: string): IntrinsicParseResult {
  const parser = new IntrinsicParser(text);
  try {
    const call = parser.parseCall();
    parser.expectEnd();
    return { ok: true, call };
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError)
      return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

class IntrinsicParser {
  private at = 0;

  constructor(private readonly text: string) {}

  parseCall(): IntrinsicCall {
    this.skipSpaces();
    const position = this.at;
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.at));
    if (!name) this.fail('an intrinsic function call starts with "States." and a function name');
    this.at += name[0].length;
    this.skipSpaces();
    this.expect("(");
    const args: IntrinsicArgument[] = [];
    this.skipSpaces();
    if (this.text[this.at] !== ")") {
      args.push(this.parseArgument());
      for (this.skipSpaces(); this.text[this.at] === ","; this.skipSpaces()) {
        this.at++;
        args.push(this.parseArgument());
      }
    }
    this.expect(")");
    return Object.freeze({ name: name[0], args: Object.freeze(args), position });
  }

  expectEnd(): void {
    this.skipSpaces();
    if (this.at < this.text.length) this.fail(`unexpected "${this.text.slice(this.at)}" after the call`);
  }

  private parseArgument(): IntrinsicArgument {
    this.skipSpaces();
    const rest = this.text.slice(this.at);
    if (rest.startsWith("'")) return this.parseString();
    if (rest.startsWith("$")) return { kind: "path", path: this.parsePathText() };
    if (rest.startsWith("States.")) return { kind: "call", call: this.parseCall() };
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      this.at += number[0].length;
      return { kind: "number", value: Number(number[0]) };
    }
    for (const word of ["true", "false", "null"] as const) {
      if (rest.startsWith(word) && !/^[A-Za-z0-9_]/.test(rest.slice(word.length))) {
        this.at += word.length;
        return word === "null" ? { kind: "null" } : { kind: "boolean", value: word === "true" };
      }
    }
    return this.fail(
      "expected an argument: a 'string', a number, true, false, null, a $.path or a States.* call",
    );
  }

  /** Single-quoted; `\` escapes the next character (AWS requires it before ' { } and \). */
  private parseString(): IntrinsicArgument {
    const start = this.at++;
    let value = "";
    while (this.at < this.text.length && this.text[this.at] !== "'") {
      if (this.text[this.at] === "\\") {
        this.at++;
        if (this.at >= this.text.length) break;
      }
      value += this.text[this.at++];
    }
    if (this.at >= this.text.length) this.fail("unterminated 'string'", start);
    const raw = this.text.slice(start + 1, this.at++);
    return { kind: "string", value, raw };
  }

  /** A path runs until the `,` or `)` that is not inside brackets, parentheses or quotes. */
  private parsePathText(): string {
    const start = this.at;
    let depth = 0;
    let quote: string | undefined;
    for (; this.at < this.text.length; this.at++) {
      const char = this.text[this.at]!;
      if (quote) {
        if (char === "\\") this.at++;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"') quote = char;
      else if (char === "[" || char === "(") depth++;
      else if (char === "]" || (char === ")" && depth > 0)) depth--;
      else if (depth === 0 && (char === "," || char === ")")) break;
    }
    return this.text.slice(start, this.at).trimEnd();
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.at)) {
      const found = this.at < this.text.length ? `"${this.text[this.at]}"` : "the end";
      this.fail(`expected "${token}" but found ${found}`);
    }
    this.at += token.length;
  }

  private skipSpaces(): void {
    while (this.text[this.at] === " " || this.text[this.at] === "\t" || this.text[this.at] === "\n")
      this.at++;
  }

  private fail(message: string, position = this.at): never {
    throw new IntrinsicSyntaxError(message, position);
  }
}

/**
 * Splits a States.Format template (the argument's `raw` text) into literal pieces around its `{}` placeholders:
 * `n` placeholders give `n + 1` pieces, escapes resolved (`\\{` is a literal brace, not a placeholder).
 */
export function splitFormatTemplate(raw: string): string[] {
  const pieces: string[] = [];
  let current = "";
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (char === "\\" && index + 1 < raw.length) current += raw[++index];
    else if (char === "{" && raw[index + 1] === "}") {
      pieces.push(current);
      current = "";
      index++;
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}
