import type jsonata from "jsonata";

/** JSONata's own functions and the ones Step Functions adds: names that are not workflow variables. */
const FUNCTIONS = new Set(
  (
    "sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad " +
    "match contains replace split join formatNumber formatBase formatInteger parseInteger number floor ceil round " +
    "abs sqrt power random boolean not map zip filter single reduce sift keys lookup append exists spread merge " +
    "reverse each error assert type sort shuffle distinct encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl " +
    "eval toMillis fromMillis clone now millis partition range hash uuid parse states"
  ).split(" "),
);

/**
 * The workflow variables an expression reads: `$name` references that are neither functions, nor bound
 * inside the expression (`$x := …`, lambda parameters), nor `$` / `$$`. JSONata treats an unknown variable as
 * "nothing"; Step Functions fails the state instead, so the engine checks these before evaluating.
 */
export function variableReferences(ast: jsonata.ExprNode): string[] {
  const read = new Set<string>();
  const local = new Set<string>();
  const visit = (node: unknown, asProcedure = false): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const current = node as jsonata.ExprNode & Record<string, unknown>;
    // The published types omit some node types (`bind`), so compare the type as a plain string.
    const type: string = current.type;
    if (type === "variable" && typeof current.value === "string") {
      if (!asProcedure && current.value !== "" && current.value !== "$") read.add(current.value);
    }
    if (type === "bind" && (current.lhs as jsonata.ExprNode | undefined)?.type === "variable") {
      local.add((current.lhs as jsonata.ExprNode).value as string);
    }
    if (type === "lambda")
      for (const argument of current.arguments ?? []) local.add(argument.value as string);
    for (const [key, value] of Object.entries(current)) {
      if (key === "position" || key === "value" || key === "type") continue;
      visit(value, key === "procedure");
    }
  };
  visit(ast);
  return [...read].filter((name) => !local.has(name) && !FUNCTIONS.has(name));
}
