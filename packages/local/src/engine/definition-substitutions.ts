import type { JsonValue } from "../util/json.js";
import { isJsonObject, setField } from "../util/json.js";

/** Values for a template's `${Name}` placeholders, as SAM's and CDK's DefinitionSubstitutions give them. */
export type DefinitionSubstitutions = Readonly<Record<string, string>>;

const PLACEHOLDER = /\$\{([^}]+)\}/;
const EVERY_PLACEHOLDER = new RegExp(PLACEHOLDER.source, "g");

/**
 * Replaces `${Name}` in every string of the definition with its value, as CloudFormation does before the
 * definition reaches Step Functions. Placeholders without a value stay as they are (and a Resource left
 * with one is refused with a message that names it). Without substitutions the definition comes back as
 * it is: the loader has made its own copy already.
 */
export function substituteDefinition(value: JsonValue, substitutions: DefinitionSubstitutions): JsonValue {
  return Object.keys(substitutions).length === 0 ? value : substitute(value, substitutions);
}

function substitute(value: JsonValue, substitutions: DefinitionSubstitutions): JsonValue {
  if (typeof value === "string") {
    return value.replace(EVERY_PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(substitutions, name) ? substitutions[name]! : whole,
    );
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, substitutions));
  if (!isJsonObject(value)) return value;
  const copy: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) setField(copy, key, substitute(item, substitutions));
  return copy;
}

/** A Resource that still holds a `${Name}` placeholder: the template was not given that value. */
export class MissingSubstitution extends Error {
  constructor(
    readonly resource: string,
    readonly placeholder: string,
  ) {
    super(`Resource '${resource}' is a definition substitution with no value.`);
    this.name = "MissingSubstitution";
  }

  /** Throws for a Resource with a placeholder left in it. */
  static check(resource: string): void {
    const placeholder = PLACEHOLDER.exec(resource)?.[1];
    if (placeholder !== undefined) throw new MissingSubstitution(resource, placeholder);
  }
}
