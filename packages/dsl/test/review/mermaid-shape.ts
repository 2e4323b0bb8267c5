/**
 * A line-by-line check of the stateDiagram-v2 subset the review page writes, following Mermaid's grammar
 * (packages/mermaid/src/diagrams/state/parser/stateDiagram.jison): ids are `[A-Za-z]\w*`, a quoted label has no
 * `"`, a description or transition label has no `:`, `;`, `#`-comment or `%%`, braces balance.
 * Returns the offending lines; empty when the diagram is well formed.
 */
const ID = "[A-Za-z][A-Za-z0-9_]*";
const TEXT = '(?:[^:;"#%<>{}\\n]|#(?:\\d+|quot|lt|gt);)+';
const LINE_SHAPES = [
  /^stateDiagram-v2$/,
  new RegExp(`^\\s*state "${TEXT}" as ${ID}$`),
  new RegExp(`^\\s*${ID} : ${TEXT}$`),
  new RegExp(`^\\s*state ${ID} \\{$`),
  /^\s*\}$/,
  /^\s*--$/,
  new RegExp(`^\\s*(?:\\[\\*\\]|${ID}) --> (?:\\[\\*\\]|${ID})(?: : ${TEXT})?$`),
];
const RESERVED = /^(default|state|note|class|classdef|style|click|direction|scale|end|hide|as)$/i;

export function malformedMermaidLines(diagram: string): string[] {
  const bad: string[] = [];
  let depth = 0;
  for (const line of diagram.split("\n")) {
    if (!LINE_SHAPES.some((shape) => shape.test(line))) bad.push(line);
    const statement = line.trim().replace(/^state /, "");
    const ids = [...statement.matchAll(new RegExp(`(?:^|as |--> )(${ID})`, "g"))].map(
      (match) => match[1] ?? "",
    );
    if (ids.some((id) => RESERVED.test(id) || /_(start|end)$/.test(id))) bad.push(line);
    depth += line.trimEnd().endsWith("{") ? 1 : line.trim() === "}" ? -1 : 0;
    if (depth < 0) bad.push(line);
  }
  if (depth !== 0) bad.push(`unbalanced braces (${depth})`);
  return bad;
}

export function mermaidBlock(page: string): string {
  return /```mermaid\n([\s\S]*?)\n```/.exec(page)?.[1] ?? "";
}
