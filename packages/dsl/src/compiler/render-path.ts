import { mapItems } from "../ir/freeze.js";
import type { JsonataRefNode, JsonPathNode, JsonPathRoot, LegNode } from "../ir/value-nodes.js";
import { type RenderContext, report } from "./render-context.js";

/** What JSONPath `$` means in a field: the state input, the task result, or the error output (Catch). */
export type DollarMeaning = Extract<JsonPathRoot, "input" | "result" | "error">;

const MEANING: Readonly<Record<JsonPathRoot, string>> = Object.freeze({
  input: "state input",
  result: "result",
  error: "error output",
  context: "context object",
  variable: "variable",
});

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function legsText(legs: readonly LegNode[]): string {
  let text = "";
  for (let index = 0; index < legs.length; index++) text += legText(legs[index]!);
  return text;
}

const LEG_TEXT: { readonly [T in LegNode["type"]]: (leg: Extract<LegNode, { type: T }>) => string } = {
  field: (field) =>
    IDENTIFIER.test(field.name) ? `.${field.name}` : `['${field.name.replaceAll("'", "\\'")}']`,
  index: (index) => `[${index.index}]`,
  wildcard: () => "[*]",
  verbatim: (verbatim) => verbatim.text,
};

function legText(leg: LegNode): string {
  return (LEG_TEXT[leg.type] as (leg: LegNode) => string)(leg);
}

/**
 * A JSONPath as ASL spells it. `$`-rooted paths must mean what `$` means in the field; input paths are
 * rewritten relative to InputPath when `rebase` is set.
 */
export function jsonPathText(
  node: JsonPathNode,
  context: RenderContext,
  field: string,
  dollar: DollarMeaning,
  rebase = false,
): string {
  if (node.root === "context") return `$$${legsText(node.legs)}`;
  if (node.root === "variable") return `$${node.variable}${legsText(node.legs)}`;
  if (node.root !== dollar) {
    report(
      context,
      field,
      `reads the ${MEANING[node.root]}, but in ${field} "$" is the ${MEANING[dollar]}`,
      `Use the $ given to this field's callback (it is the ${MEANING[dollar]}).`,
    );
  }
  if (!rebase || context.inputPath === undefined || node.root !== "input") return `$${legsText(node.legs)}`;
  const prefix = context.inputPath;
  const inside = prefix.every(
    (leg, index) => legText(leg) === (node.legs[index] && legText(node.legs[index])),
  );
  if (!inside) {
    report(
      context,
      field,
      `reads $${legsText(node.legs)}, which InputPath $${legsText(prefix)} removes`,
      "Read it through InputPath's selection, or drop InputPath and select in Parameters.",
    );
    return `$${legsText(node.legs)}`;
  }
  return `$${legsText(node.legs.slice(prefix.length))}`;
}

const JSONATA_ROOT: Readonly<Record<JsonataRefNode["root"], string>> = Object.freeze({
  input: "$states.input",
  result: "$states.result",
  errorOutput: "$states.errorOutput",
  context: "$states.context",
  variable: "$",
});

/** A JSONata reference: `$states.input.order.id`, `` $states.input.`odd key` ``, `$total`. */
export function jsonataRefText(node: JsonataRefNode): string {
  const head = node.root === "variable" ? `$${node.variable}` : JSONATA_ROOT[node.root];
  const legs = mapItems(node.legs, (leg) => {
    if (leg.type === "field") return IDENTIFIER.test(leg.name) ? `.${leg.name}` : `.\`${leg.name}\``;
    if (leg.type === "index") return `[${leg.index}]`;
    if (leg.type === "wildcard") return ".*";
    return leg.text;
  });
  return head + legs.join("");
}
