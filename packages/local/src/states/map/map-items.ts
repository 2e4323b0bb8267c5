import type { AslMapState, QueryLanguage } from "@statesmith/dsl";
import { unusableValue } from "../../errors/runtime-errors.js";
import type { StateEntry } from "../../interpreter/state-entry.js";
import { compilePath } from "../../paths/compile-path.js";
import { MISSING } from "../../paths/path-data.js";
import { compilePayloadTemplate } from "../../paths/payload-template.js";
import { planJsonataField, statesOf } from "../../plan/jsonata-io.js";
import { planNumberField } from "../../plan/number-field.js";
import type { PlanContext } from "../../plan/plan-context.js";
import { isJsonObject, type JsonObject, type JsonValue, utf8Length } from "../../util/json.js";

/** The iteration inputs of one Map entry, from its items, ItemSelector and ItemBatcher. */
export type ItemsPlan = (entry: StateEntry, effective: JsonValue) => Promise<JsonValue[]>;

const notAnArray = (what: string, value: JsonValue | undefined, fromJsonata = false): never => {
  throw unusableValue(
    fromJsonata,
    `${what} must select a JSON array, but it selected ${value === undefined ? "nothing" : JSON.stringify(value)}.`,
  );
};

/**
 * ItemsPath (JSONPath) or Items (JSONata) selects the array; ItemSelector (legacy: Parameters) shapes each
 * item with `$$.Map.Item.Index/Value`; ItemBatcher groups items into `{ BatchInput, Items }`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemselector.html
 */
export function planItems(
  state: AslMapState,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
): ItemsPlan {
  const select = planSelection(state, name, context, language);
  const shape = planSelector(state, name, context, language);
  const batch = planBatcher(state, name, context, language);
  return async (entry, effective) => {
    const items = await select(entry, effective);
    const shaped: JsonValue[] = [];
    for (let index = 0; index < items.length; index++)
      shaped.push(await shape(entry, effective, items[index]!, index));
    return batch ? batch(entry, effective, shaped) : shaped;
  };
}

function planSelection(state: AslMapState, name: string, context: PlanContext, language: QueryLanguage) {
  if (language === "JSONata") {
    const items = planJsonataField(context, name, "Items", state.Items);
    return async (entry: StateEntry, effective: JsonValue): Promise<JsonValue[]> => {
      const value = items ? await items(entry, statesOf(entry)) : effective;
      return Array.isArray(value) ? value : notAnArray("Items", value, true);
    };
  }
  const path =
    state.ItemsPath === undefined
      ? undefined
      : context.field(name, "ItemsPath", () => compilePath(state.ItemsPath!));
  return async (entry: StateEntry, effective: JsonValue): Promise<JsonValue[]> => {
    const value = path ? path.read(entry.over(effective)) : effective;
    return Array.isArray(value)
      ? value
      : notAnArray(`ItemsPath '${state.ItemsPath ?? "$"}'`, value === MISSING ? undefined : value);
  };
}

function planSelector(state: AslMapState, name: string, context: PlanContext, language: QueryLanguage) {
  const field = state.ItemSelector !== undefined ? "ItemSelector" : "Parameters";
  const template = state.ItemSelector ?? state.Parameters;
  const withItem = (entry: StateEntry, item: JsonValue, index: number): JsonObject => ({
    ...entry.context(),
    Map: { Item: { Index: index, Value: item } },
  });
  if (template === undefined)
    return async (_entry: StateEntry, _effective: JsonValue, item: JsonValue) => item;
  if (language === "JSONata") {
    const evaluate = planJsonataField(context, name, field, template)!;
    return async (entry: StateEntry, effective: JsonValue, item: JsonValue, index: number) => {
      const states = { input: effective, context: withItem(entry, item, index) };
      return evaluate(entry, states);
    };
  }
  const evaluate = context.field(name, field, () => compilePayloadTemplate(template, field));
  return async (entry: StateEntry, effective: JsonValue, item: JsonValue, index: number) =>
    evaluate({
      input: effective,
      context: () => withItem(entry, item, index),
      variable: (key) => entry.variable(key),
    });
}

function planBatcher(state: AslMapState, name: string, context: PlanContext, language: QueryLanguage) {
  const batcher = state.ItemBatcher;
  if (!batcher) return undefined;
  const positive = (value: number) => Number.isInteger(value) && value > 0;
  const maxItems = planNumberField(
    batcher,
    "MaxItemsPerBatch",
    name,
    context,
    language,
    positive,
    "a positive integer",
  );
  const maxBytes = planNumberField(
    batcher,
    "MaxInputBytesPerBatch",
    name,
    context,
    language,
    positive,
    "a positive integer",
  );
  const batchInput = planBatchInput(batcher.BatchInput, name, context, language);
  return async (entry: StateEntry, effective: JsonValue, items: JsonValue[]): Promise<JsonValue[]> => {
    const itemLimit = (await maxItems(entry, effective)) ?? Number.POSITIVE_INFINITY;
    const byteLimit = (await maxBytes(entry, effective)) ?? Number.POSITIVE_INFINITY;
    const input = await batchInput(entry, effective);
    const batches: JsonValue[] = [];
    let current: JsonValue[] = [];
    let bytes = 0;
    for (const item of items) {
      const size = utf8Length(JSON.stringify(item));
      if (current.length > 0 && (current.length >= itemLimit || bytes + size > byteLimit)) {
        batches.push(batchOf(current, input));
        current = [];
        bytes = 0;
      }
      current.push(item);
      bytes += size;
    }
    if (current.length > 0) batches.push(batchOf(current, input));
    return batches;
  };
}

function planBatchInput(
  template: JsonValue | undefined,
  name: string,
  context: PlanContext,
  language: QueryLanguage,
) {
  if (template === undefined) return async () => undefined;
  if (language === "JSONata") {
    const evaluate = planJsonataField(context, name, "ItemBatcher.BatchInput", template)!;
    return async (entry: StateEntry) => evaluate(entry, statesOf(entry));
  }
  const evaluate = context.field(name, "ItemBatcher.BatchInput", () =>
    compilePayloadTemplate(template, "BatchInput"),
  );
  return async (entry: StateEntry, effective: JsonValue) => evaluate(entry.over(effective));
}

const batchOf = (items: JsonValue[], input: JsonValue | undefined): JsonObject =>
  input !== undefined && isJsonObject(input) ? { BatchInput: input, Items: items } : { Items: items };
