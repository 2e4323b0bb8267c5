import type { QueryLanguage } from "@statesmith/dsl";
import { unusableValue } from "../errors/runtime-errors.js";
import type { StateEntry } from "../interpreter/state-entry.js";
import { isJsonataText } from "../jsonata/compile-jsonata.js";
import { compilePath } from "../paths/compile-path.js";
import { readOrFail } from "../paths/payload-template.js";
import type { JsonValue } from "../util/json.js";
import { planJsonataField, statesOf } from "./jsonata-io.js";
import type { PlanContext } from "./plan-context.js";

export type NumberField = (entry: StateEntry, effective: JsonValue) => Promise<number | undefined>;

/**
 * A numeric setting written as a number, as `<Field>Path` (JSONPath) or as a JSONata expression
 * (MaxConcurrency, ToleratedFailureCount, MaxItemsPerBatch …). `check` says what values are allowed.
 */
export function planNumberField(
  source: Readonly<Record<string, unknown>>,
  field: string,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
  check: (value: number) => boolean,
  expected: string,
): NumberField {
  const validate = (value: JsonValue, label: string, fromJsonata = false): number => {
    if (typeof value === "number" && check(value)) return value;
    throw unusableValue(
      fromJsonata,
      `The value of ${label} must be ${expected}, got ${JSON.stringify(value)}.`,
    );
  };
  const value = source[field];
  if (language === "JSONata" && isJsonataText(value)) {
    const evaluate = planJsonataField(context, name, field, value)!;
    return async (entry) => validate(await evaluate(entry, statesOf(entry)), field, true);
  }
  if (value !== undefined) return async () => validate(value as JsonValue, field);
  const pathText = source[`${field}Path`];
  if (typeof pathText !== "string") return async () => undefined;
  const read = context.field(name, `${field}Path`, () => readOrFail(compilePath(pathText), `${field}Path`));
  return async (entry, effective) => validate(read(entry.over(effective)), `${field}Path`);
}
