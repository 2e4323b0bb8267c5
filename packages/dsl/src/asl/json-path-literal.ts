import type { JsonValue } from "./types.js";

/** Reports a syntax problem at a 0-based position of the whole path text; never returns. */
export type Fail = (message: string, position: number) => never;

/** Jayway also reads `.85` as a number. */
export const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?/;
const KEY = /^[A-Za-z_$][\w$]*/;
const ESCAPES: Readonly<Record<string, string>> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Reads the JSON array or object literal that starts at `start` (`['a','b']`, `{"a": [1, 2]}`), as a
 * filter operand. Jayway hands such a literal to json-smart's permissive parser, so strings may be
 * single-quoted and object keys bare names; unquoted string values, which that parser also takes, are
 * refused here as a likely typo. Returns the value and the position just past the literal.
 */
export function parseJsonLiteral(text: string, start: number, fail: Fail): { value: JsonValue; end: number } {
  let at = start;
  const skipSpaces = (): void => {
    while (/\s/.test(text[at] ?? "")) at++;
  };
  const found = (): string => (at < text.length ? `"${text[at]}"` : "the end of the path");

  const readString = (): string => {
    const quote = text[at]!;
    const opening = at++;
    let value = "";
    while (at < text.length && text[at] !== quote) {
      if (text[at] === "\\") {
        at++;
        const escaped = text[at] ?? "";
        if (escaped === "u") {
          const hex = text.slice(at + 1, at + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("expected 4 hex digits after \\u", at);
          value += String.fromCharCode(Number.parseInt(hex, 16));
          at += 5;
          continue;
        }
        value += ESCAPES[escaped] ?? escaped;
        at++;
        continue;
      }
      value += text[at++];
    }
    if (at >= text.length) fail("unterminated string in a JSON literal", opening);
    at++;
    return value;
  };

  const readValue = (): JsonValue => {
    skipSpaces();
    const char = text[at];
    if (char === "[") return readArray();
    if (char === "{") return readObject();
    if (char === "'" || char === '"') return readString();
    const rest = text.slice(at);
    const number = NUMBER.exec(rest);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (rest.startsWith(word) && !/[\w$]/.test(rest[word.length] ?? "")) {
        at += word.length;
        return value;
      }
    }
    const hint = /[A-Za-z_]/.test(char ?? "") ? " (quote strings)" : "";
    return fail(
      `expected a number, a quoted string, true, false, null, [...] or {...} in a JSON literal but found ${found()}${hint}`,
      at,
    );
  };

  /** Items up to `close`, separated by commas; `read` reads one item. */
  const readItems = (close: string, read: () => void): void => {
    at++;
    skipSpaces();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      read();
      skipSpaces();
      if (text[at] === close) {
        at++;
        return;
      }
      if (text[at] !== ",") fail(`expected "," or "${close}" in a JSON literal but found ${found()}`, at);
      at++;
    }
  };

  const readArray = (): JsonValue[] => {
    const items: JsonValue[] = [];
    readItems("]", () => items.push(readValue()));
    return items;
  };

  const readObject = (): JsonValue => {
    // Entries, not assignment: a key named __proto__ stays a field (fromEntries defines own properties).
    const entries: [string, JsonValue][] = [];
    readItems("}", () => {
      skipSpaces();
      let key: string;
      if (text[at] === "'" || text[at] === '"') key = readString();
      else {
        const bare = KEY.exec(text.slice(at));
        if (!bare) fail(`expected a field name in a JSON literal but found ${found()}`, at);
        key = bare[0];
        at += key.length;
      }
      skipSpaces();
      if (text[at] !== ":")
        fail(`expected ":" after a field name in a JSON literal but found ${found()}`, at);
      at++;
      entries.push([key, readValue()]);
    });
    return Object.fromEntries(entries);
  };

  const value = readValue();
  return { value, end: at };
}
