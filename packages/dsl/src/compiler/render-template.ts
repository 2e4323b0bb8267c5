import type { JsonValue } from "../asl/types.js";
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
    array.items.map((item) => renderTemplate(item, context, field)),
  "object-template": (object, context, field) => {
    const result: { [key: string]: JsonValue } = {};
    for (const { key, value } of object.entries) {
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
      result[name] = renderTemplate(value, context, { ...field, name: `${field.name}.${key}` });
    }
    return result;
  },
};

/** A payload template as ASL spells it: `"key.$": "$.path"` in JSONPath, `"{% … %}"` in JSONata. */
export function renderTemplate(node: TemplateNode, context: RenderContext, field: TemplateField): JsonValue {
  return (RENDER[node.kind] as Render<TemplateNode["kind"]>)(node as never, context, field);
}
