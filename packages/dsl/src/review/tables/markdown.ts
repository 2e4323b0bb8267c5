/** A GitHub-flavoured Markdown table; cells are already Markdown (see `code` and `text`). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Inline code that survives any content: a fence longer than any backtick run inside, pipes escaped for tables. */
export function code(value: string): string {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = value.startsWith("`") || value.endsWith("`") ? ` ${value} ` : value;
  return `${fence}${oneLine(padded).replace(/\|/g, "\\|")}${fence}`;
}

/** Plain text for a table cell: no HTML, no line breaks, no table-breaking pipes. */
export function text(value: string): string {
  return oneLine(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|");
}

export function list(values: readonly string[]): string {
  return values.join(", ");
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}
