import type { QueryLanguage } from "../../asl/types.js";
import type { StatesAccess, ValueCheck } from "./walk-context.js";

/** One field of an ASL object: how to check its value, and in which query language it exists. */
export interface FieldSpec {
  readonly check: ValueCheck;
  /** The only query language that has this field; absent when both have it. */
  readonly only?: QueryLanguage;
  /** The `$states` fields its JSONata may read, when it differs from the enclosing object's. */
  readonly access?: StatesAccess;
}

export type FieldTable = Readonly<Record<string, FieldSpec>>;

/** A closed ASL object: its fields, the ones it must have, and how to name it in a message. */
export interface ObjectShape {
  /** E.g. "a Retry entry", "an ItemReader". */
  readonly what: string;
  readonly fields: FieldTable;
  readonly required?: readonly string[];
}

export const field = (check: ValueCheck, options: Omit<FieldSpec, "check"> = {}): FieldSpec => ({
  check,
  ...options,
});
export const jsonPathOnly = (check: ValueCheck, access?: StatesAccess): FieldSpec =>
  access ? { check, only: "JSONPath", access } : { check, only: "JSONPath" };
export const jsonataOnly = (check: ValueCheck, access?: StatesAccess): FieldSpec =>
  access ? { check, only: "JSONata", access } : { check, only: "JSONata" };
