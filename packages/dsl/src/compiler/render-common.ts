import type { AslCatcher, AslRetrier, JsonObject, JsonValue, QueryLanguage } from "../asl/types.js";
import type { CatcherNode, RetrierNode } from "../ir/error-handling-nodes.js";
import type { DynamicNumber } from "../ir/state-nodes.js";
import type { JsonPathNode, ObjectTemplateNode, TemplateNode } from "../ir/value-nodes.js";
import { type RenderContext, report } from "./render-context.js";
import { BEFORE_RESULT, jsonataString } from "./render-jsonata.js";
import { jsonPathText } from "./render-path.js";
import { renderTemplate, type TemplateField } from "./render-template.js";
import { FIELD } from "./template-fields.js";

/** A JSONPath payload template must be an object: a bare path there would be taken as literal text. */
export function objectTemplate(
  node: TemplateNode | undefined,
  context: RenderContext,
  field: TemplateField,
): JsonValue | undefined {
  if (node === undefined) return undefined;
  if (context.language === "JSONPath" && node.kind !== "object-template") {
    report(
      context,
      field.name,
      `must be an object in a JSONPath state (a ${node.kind === "json-path" ? "path" : "value"} here is taken literally)`,
      "Return an object, e.g. { order: $.order }, or select with InputPath/OutputPath.",
      "refused-by-aws",
    );
  }
  return renderTemplate(node, context, field);
}

export function template(
  node: TemplateNode | undefined,
  context: RenderContext,
  field: TemplateField,
): JsonValue | undefined {
  return node === undefined ? undefined : renderTemplate(node, context, field);
}

export function assign(
  node: ObjectTemplateNode | undefined,
  context: RenderContext,
  field: TemplateField,
): JsonObject | undefined {
  return node === undefined ? undefined : (renderTemplate(node, context, field) as JsonObject);
}

/** InputPath / OutputPath / ResultPath: `null` stays `null`. */
export function literalPath(
  node: JsonPathNode | null | undefined,
  context: RenderContext,
  name: string,
): string | null | undefined {
  if (node === undefined || node === null) return node;
  return jsonPathText(node, context, name, "input");
}

/** A number field with a `…Path` twin: `{ Field: 3 }`, `{ FieldPath: "$.x" }` or `{ Field: "{% … %}" }`. */
export function dynamicNumber(
  value: DynamicNumber | undefined,
  context: RenderContext,
  name: string,
): Record<string, JsonValue> {
  if (value === undefined) return {};
  if (typeof value === "number") return { [name]: value };
  if (value.kind === "jsonata") return { [name]: jsonataString(value, context, name, BEFORE_RESULT) };
  return { [`${name}Path`]: jsonPathText(value, context, `${name}Path`, "input", true) };
}

export function queryLanguageField(state: QueryLanguage, machine: QueryLanguage): QueryLanguage | undefined {
  return state === machine ? undefined : state;
}

export function retriers(nodes: readonly RetrierNode[]): AslRetrier[] | undefined {
  if (nodes.length === 0) return undefined;
  return nodes.map((node) => ({
    ErrorEquals: [...node.errors],
    ...(node.intervalSeconds !== undefined && { IntervalSeconds: node.intervalSeconds }),
    ...(node.maxAttempts !== undefined && { MaxAttempts: node.maxAttempts }),
    ...(node.backoffRate !== undefined && { BackoffRate: node.backoffRate }),
    ...(node.maxDelaySeconds !== undefined && { MaxDelaySeconds: node.maxDelaySeconds }),
    ...(node.jitterStrategy !== undefined && { JitterStrategy: node.jitterStrategy }),
    ...(node.comment !== undefined && { Comment: node.comment }),
  }));
}

export function catchers(nodes: readonly CatcherNode[], context: RenderContext): AslCatcher[] | undefined {
  if (nodes.length === 0) return undefined;
  return nodes.map((node, index) => {
    const field = (name: string) => FIELD.catcher(`Catch[${index}].${name}`);
    const resultPath = literalPath(node.resultPath, context, `Catch[${index}].ResultPath`);
    const output = template(node.output, context, field("Output"));
    const assigned = assign(node.assign, context, field("Assign"));
    return {
      ErrorEquals: [...node.errors],
      ...(node.comment !== undefined && { Comment: node.comment }),
      ...(resultPath !== undefined && { ResultPath: resultPath }),
      ...(output !== undefined && { Output: output }),
      ...(assigned !== undefined && { Assign: assigned }),
      Next: node.next.name,
    };
  });
}
