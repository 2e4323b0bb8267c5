/**
 * Text that Mermaid's state-diagram lexer reads literally. It ends a transition label at `:` or `;`, a quoted
 * label at `"`, treats `%%` as a comment and `#` as the start of one, and sanitizes `<`/`>` as HTML; so these
 * are written as entity codes (`#58;`), which Mermaid decodes only after parsing.
 * https://mermaid.js.org/syntax/flowchart.html#entity-codes-to-escape-characters
 */
const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  "#": "#35;",
  '"': "#quot;",
  ":": "#58;",
  ";": "#59;",
  "%": "#37;",
  "<": "#lt;",
  ">": "#gt;",
  "{": "#123;",
  "}": "#125;",
});

const MAX_LABEL_LENGTH = 80;

export function mermaidText(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const short = oneLine.length > MAX_LABEL_LENGTH ? `${oneLine.slice(0, MAX_LABEL_LENGTH - 1)}…` : oneLine;
  return (
    short
      .replace(/[#":;%<>{}]/g, (character) => ENTITIES[character] ?? character)
      // A line that contains "direction LR" anywhere is read as a direction statement.
      .replace(/\b(direction) (?=TB|BT|RL|LR)/gi, "$1#32;")
  );
}
