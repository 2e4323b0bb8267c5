import type { JsonValue } from "../asl/types.js";
import { mapItems } from "../ir/freeze.js";
import type { TemplateNode } from "../ir/value-nodes.js";
import { type RenderContext, report } from "./render-context.js";
import { intrinsicText } from "./render-intrinsic.js";
import { type JsonataScope, jsonataString } from "./render-jsonata.js";
import { type DollarMeaning, jsonPathText } from "./render-path.js";

/** How a template field is evaluated: what `$` means (JSONPath) or which `$states` it may read (JSONata). */
export interface TemplateField {
  readonly name: string;
  readonly dollar: DollarMeaning;
  /** Input paths are relative to InputPath's selection. */
  readonly rebase: boolean;
  readonly jsonata: JsonataScope;
}

type Render<K extends TemplateNode["kind"]> = (
  node: Extract<TemplateNode, { kind: K }>,
  context: RenderContext,
  field: TemplateField,
) => JsonValue;

const RENDER: { readonly [K in TemplateNode["kind"]]: Render<K> } = {
  literal: (literal) => literal.value,
  "json-path": (path, context, field) => jsonPathText(path, context, field.name, field.dollar, field.rebase),
  intrinsic: (call, context, field) => intrinsicText(call, context, field.name, field.dollar, field.rebase),
  jsonata: (expression, context, field) => jsonataString(expression, context, field.name, field.jsonata),
  "array-template": (array, context, field) =>
    mapItems(array.items, (item) => renderTemplate(item, context, field)),
  "object-template": (object, context, field) => {
    const result: { [key: string]: JsonValue } = {};
    for (let index = 0; index < object.entries.length; index++) {
      const { key, value } = object.entries[index]!;
      const dynamic =
        context.language === "JSONPath" && (value.kind === "json-path" || value.kind === "intrinsic");
      const name = dynamic ? `${key}.$` : key;
      if (name in result) {
        report(
          context,
          `${field.name}.${name}`,
          `the field "${name}" is set twice`,
          "Keep one of them.",
          "refused-by-aws",
        );
      }
      const inner = {
        name: `${field.name}.${key}`,
        dollar: field.dollar,
        rebase: field.rebase,
        jsonata: field.jsonata,
      };
      result[name] = renderTemplate(value, context, inner);
    }
    return result;
  },
};

/** A payload template as ASL spells it: `"key.$": "$.path"` in JSONPath, `"{% … %}"` in JSONata. */
export function renderTemplate(node: TemplateNode, context: RenderContext, field: TemplateField): JsonValue {
  return (RENDER[node.kind] as Render<TemplateNode["kind"]>)(node as never, context, field);
}
