import { mapItems } from "../ir/freeze.js";
import type { IntrinsicArgNode, IntrinsicNode, LiteralNode } from "../ir/value-nodes.js";
import type { RenderContext } from "./render-context.js";
import { type DollarMeaning, jsonPathText } from "./render-path.js";

/**
 * `States.Format('Order {}', $.id)`. String literals are single-quoted with `' { } \` escaped, except the
 * Format template, whose `{}` are placeholders (and whose `\{` the user already escaped).
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
 */
export function intrinsicText(
  node: IntrinsicNode,
  context: RenderContext,
  field: string,
  dollar: DollarMeaning,
  rebase: boolean,
): string {
  const args = mapItems(node.args, (arg, index) =>
    argText(arg, context, field, dollar, rebase, node.name === "Format" && index === 0),
  );
  return `States.${node.name}(${args.join(", ")})`;
}

function argText(
  arg: IntrinsicArgNode,
  context: RenderContext,
  field: string,
  dollar: DollarMeaning,
  rebase: boolean,
  formatTemplate: boolean,
): string {
  switch (arg.kind) {
    case "json-path":
      return jsonPathText(arg, context, field, dollar, rebase);
    case "intrinsic":
      return intrinsicText(arg, context, field, dollar, rebase);
    case "literal":
      return literalText(arg, formatTemplate);
  }
}

function literalText(literal: LiteralNode, formatTemplate: boolean): string {
  if (typeof literal.value !== "string") return String(literal.value);
  const escaped = formatTemplate
    ? literal.value.replaceAll("'", "\\'")
    : literal.value.replace(/[\\'{}]/g, (character) => `\\${character}`);
  return `'${escaped}'`;
}
