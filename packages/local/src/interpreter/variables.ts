import type { JsonValue } from "../util/json.js";

/**
 * Workflow variables visible in one scope, as a flat object: JSONata takes its bindings from an object's own
 * keys, so a flat object is handed to it as is. A Parallel branch or Map iteration starts with a copy of the
 * outer scope's variables (the outer state waits meanwhile, so the copy cannot go stale) and its assignments
 * stay inside it.
 * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html#variable-scope
 */
export type Variables = Record<string, JsonValue | StatesBinding>;

/** `$states` in JSONata: reserved, so it can share the object with the variables. */
export interface StatesBinding {
  readonly input: JsonValue;
  readonly context: JsonValue;
  readonly result?: JsonValue;
  readonly errorOutput?: JsonValue;
}

export const RESERVED_VARIABLE = "states";

export const rootVariables = (): Variables => ({});

export const childVariables = (outer: Variables): Variables => ({ ...outer });
