import type { AslCatcher, AslRetrier, JsonObject, JsonValue, QueryLanguage } from "../asl/types.js";
import type { CatcherNode, RetrierNode } from "../ir/error-handling-nodes.js";
import { mapItems } from "../ir/freeze.js";
import type { DynamicNumber, FailText } from "../ir/state-nodes.js";
import type { JsonPathNode, ObjectTemplateNode, TemplateNode } from "../ir/value-nodes.js";
import { type RenderContext, report } from "./render-context.js";
import { intrinsicText } from "./render-intrinsic.js";
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

/**
 * A field with a `…Path` twin (TimeoutSeconds, Seconds, Timestamp, MaxConcurrency, Error …): the value itself
 * (a constant or a JSONata `{% … %}`) goes in the field, a JSONPath reference in `dynamicPath`'s twin.
 */
export function dynamicValue(
  value: DynamicNumber | string | FailText | undefined,
  context: RenderContext,
  name: string,
): number | string | undefined {
  if (value === undefined || typeof value === "number" || typeof value === "string") return value;
  return value.kind === "jsonata" ? jsonataString(value, context, name, BEFORE_RESULT) : undefined;
}

/** The `…Path` twin of `dynamicValue`'s field: input paths are relative to InputPath's selection. */
export function dynamicPath(
  value: DynamicNumber | string | undefined,
  context: RenderContext,
  name: string,
): string | undefined {
  if (value === undefined || typeof value !== "object" || value.kind !== "json-path") return undefined;
  return jsonPathText(value, context, `${name}Path`, "input", true);
}

/** Fail's ErrorPath / CausePath: a path or an intrinsic, read from the (whole) state input. */
export function failPath(
  value: FailText | undefined,
  context: RenderContext,
  name: string,
): string | undefined {
  if (value === undefined || typeof value === "string") return undefined;
  if (value.kind === "intrinsic") return intrinsicText(value, context, name, "input", false);
  return value.kind === "json-path" ? jsonPathText(value, context, name, "input") : undefined;
}

export function queryLanguageField(state: QueryLanguage, machine: QueryLanguage): QueryLanguage | undefined {
  return state === machine ? undefined : state;
}

// Retry and Catch entries are written in their field order; undefined fields are dropped by JSON.stringify.
export function retriers(nodes: readonly RetrierNode[]): AslRetrier[] | undefined {
  if (nodes.length === 0) return undefined;
  return mapItems(nodes, (node) => ({
    ErrorEquals: [...node.errors],
    IntervalSeconds: node.intervalSeconds,
    MaxAttempts: node.maxAttempts,
    BackoffRate: node.backoffRate,
    MaxDelaySeconds: node.maxDelaySeconds,
    JitterStrategy: node.jitterStrategy,
    Comment: node.comment,
  }));
}

export function catchers(nodes: readonly CatcherNode[], context: RenderContext): AslCatcher[] | undefined {
  if (nodes.length === 0) return undefined;
  return mapItems(nodes, (node, index) => {
    const field = (name: string) => FIELD.catcher(`Catch[${index}].${name}`);
    return {
      ErrorEquals: [...node.errors],
      Comment: node.comment,
      ResultPath: literalPath(node.resultPath, context, `Catch[${index}].ResultPath`),
      Output: node.output && template(node.output, context, field("Output")),
      Assign: node.assign && assign(node.assign, context, field("Assign")),
      Next: node.next.name,
    };
  });
}
