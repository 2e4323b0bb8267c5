import type { JsonPathFunctionName } from "@statesmith/dsl";
import { isJsonObject, type JsonValue } from "../util/json.js";
import { MISSING, type Missing } from "./path-data.js";

const numbers = (value: JsonValue): number[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "number")
    ? (value as number[])
    : undefined;

const mean = (values: number[]): number => values.reduce((sum, item) => sum + item, 0) / values.length;

/** Jayway's trailing path functions (`$.items.length()`), applied to what the path before them selected. */
export const PATH_FUNCTIONS: Readonly<
  Record<JsonPathFunctionName, (value: JsonValue) => JsonValue | Missing>
> = Object.freeze({
  length: (value) =>
    Array.isArray(value)
      ? value.length
      : typeof value === "string"
        ? value.length
        : isJsonObject(value)
          ? Object.keys(value).length
          : MISSING,
  keys: (value) => (isJsonObject(value) ? Object.keys(value) : MISSING),
  min: (value) => {
    const list = numbers(value);
    return list ? Math.min(...list) : MISSING;
  },
  max: (value) => {
    const list = numbers(value);
    return list ? Math.max(...list) : MISSING;
  },
  sum: (value) => {
    const list = numbers(value);
    return list ? list.reduce((sum, item) => sum + item, 0) : MISSING;
  },
  avg: (value) => {
    const list = numbers(value);
    return list ? mean(list) : MISSING;
  },
  stddev: (value) => {
    const list = numbers(value);
    if (!list) return MISSING;
    const average = mean(list);
    return Math.sqrt(mean(list.map((item) => (item - average) ** 2)));
  },
});
