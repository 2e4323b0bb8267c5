import type { JsonValue } from "@statesmith/dsl";

export type JsonParse =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly error: string };

/** JSON.parse, with the failure said as `line L column C: reason` rather than a character offset. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { ok: false, error: describe(text, error instanceof Error ? error.message : String(error)) };
  }
}

function describe(text: string, message: string): string {
  if (text.trim() === "") return "the file is empty";
  const offset = /at position (\d+)/.exec(message)?.[1];
  // V8 says "… in JSON at position 12" or "… after JSON at position 7", newer ones add "(line 2 column 3)".
  const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/ at position \d+.*$/, "");
  if (offset === undefined) return reason;
  const before = text.slice(0, Number(offset));
  const line = before.split("\n").length;
  const column = Number(offset) - before.lastIndexOf("\n");
  return `line ${line} column ${column}: ${reason}`;
}
