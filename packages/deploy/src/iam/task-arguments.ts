import type { JsonValue, QueryLanguage } from "@statesmith/dsl";

/** A field of a Task's payload as far as synth time can see it. */
export type FieldValue =
  | { readonly kind: "static"; readonly value: JsonValue }
  /** Computed at run time: a JSONPath `Field.$` or a JSONata `{% … %}` expression. */
  | { readonly kind: "dynamic"; readonly expression: string }
  | { readonly kind: "absent" };

/**
 * Reads named fields from a payload template: JSONPath `Parameters` (where `Name.$` means "computed") or
 * JSONata `Arguments` (where a `{% … %}` string, or the whole Arguments being one, means "computed").
 * https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
 */
export class PayloadReader {
  constructor(
    private readonly payload: JsonValue | undefined,
    private readonly language: QueryLanguage,
  ) {}

  static of(
    holder: { Parameters?: JsonValue; Arguments?: JsonValue },
    language: QueryLanguage,
  ): PayloadReader {
    return new PayloadReader(language === "JSONata" ? holder.Arguments : holder.Parameters, language);
  }

  field(name: string): FieldValue {
    return readField(this.payload, name, this.language);
  }

  /** A nested object field (e.g. `Entries`), read with the same rules. */
  child(name: string): PayloadReader | undefined {
    const value = this.field(name);
    return value.kind === "static" ? new PayloadReader(value.value, this.language) : undefined;
  }

  /** The payload as a list of readers, when it is a static array (e.g. EventBridge `Entries`). */
  items(): PayloadReader[] | undefined {
    return Array.isArray(this.payload)
      ? this.payload.map((item) => new PayloadReader(item, this.language))
      : undefined;
  }

  /** Static keys of the payload object (e.g. table names in `RequestItems`); undefined when computed. */
  keys(): string[] | undefined {
    if (isExpression(this.payload, this.language)) return undefined;
    if (typeof this.payload !== "object" || this.payload === null || Array.isArray(this.payload))
      return undefined;
    return Object.keys(this.payload);
  }
}

function readField(payload: JsonValue | undefined, name: string, language: QueryLanguage): FieldValue {
  if (isExpression(payload, language)) return { kind: "dynamic", expression: payload as string };
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return { kind: "absent" };
  if (language === "JSONPath") {
    const path = payload[`${name}.$`];
    if (typeof path === "string") return { kind: "dynamic", expression: path };
  }
  const value = payload[name];
  if (value === undefined) return { kind: "absent" };
  if (isExpression(value, language)) return { kind: "dynamic", expression: value as string };
  return { kind: "static", value };
}

function isExpression(value: JsonValue | undefined, language: QueryLanguage): boolean {
  return language === "JSONata" && typeof value === "string" && /^\{%[\s\S]*%\}$/.test(value.trim());
}

/** A static string field, or why there is none — for the warning when the resource must be `*`. */
export function staticString(field: FieldValue, name: string): { value: string } | { why: string } {
  if (field.kind === "static" && typeof field.value === "string") return { value: field.value };
  if (field.kind === "dynamic") return { why: `${name} is computed at run time (${field.expression})` };
  if (field.kind === "absent") return { why: `it has no ${name}` };
  return { why: `${name} is not a string` };
}
