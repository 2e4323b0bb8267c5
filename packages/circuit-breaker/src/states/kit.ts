import { type Expr, jsonataStates, type States } from "@statesmith/dsl";
import { expr, quote } from "../jsonata/expr.js";
import type { ResolvedOptions } from "../options/resolve-options.js";
import { ITEM } from "../table/table-design.js";

/**
 * What every state builder of the breaker shares. The breaker's data is the caller's input all the way
 * through (each bookkeeping state outputs `$states.input`), and what it learns travels in variables:
 * `$circuit` (a CircuitView), `$reason` and `$failure` (why a call degraded), `$response` (a good response).
 */
export interface Kit {
  readonly options: ResolvedOptions;
  readonly s: States<unknown, object, "JSONata", string>;
  /** A state name with the breaker's prefix. */
  name(base: string): string;
  /** JSONata for the circuit's name. */
  readonly circuit: string;
  /** The DynamoDB key of one of the circuit's items. */
  key(item: keyof typeof ITEM): {
    readonly pk: { readonly S: string | Expr<string> };
    readonly sk: { readonly S: string };
  };
}

export function createKit(options: ResolvedOptions): Kit {
  const circuit = options.circuit === undefined ? "$states.input.circuit" : quote(options.circuit);
  const pk = options.circuit ?? expr<string>(circuit);
  return {
    options,
    s: jsonataStates<unknown, object, string>(),
    name: (base) => `${options.prefix}${base}`,
    circuit,
    key: (item) => ({ pk: { S: pk }, sk: { S: ITEM[item] } }),
  };
}

/** The Output of bookkeeping states and catchers: the caller's input, unchanged. */
export const keepInput = () => expr<unknown>("$states.input");

/** A Catch or Choice target that continues at a state attached elsewhere in the breaker. */
export const jump =
  (state: unknown) =>
  (flow: { goto(state: never): unknown }): unknown =>
    flow.goto(state as never);

/** The breaker's flows, untyped: its states read `$states` and variables through JSONata text. */
export interface AnyFlow {
  next(state: unknown): AnyFlow;
  goto(state: unknown): AnyFlow;
}

/**
 * A Task of the breaker as its builders use it. The DSL's own Task type carries the state's typed spec; the
 * breaker reads everything through JSONata text, so this loose view is all it needs (and it keeps the
 * package's declarations free of the DSL's internal types).
 */
export interface BreakerTask {
  output(build: (helpers: { readonly result: never }) => unknown): BreakerTask;
  assign(build: (helpers: { readonly result: never }) => unknown): BreakerTask;
  retry(retrier: object): BreakerTask;
  catch(errors: readonly [string, ...string[]], handler: unknown): BreakerTask;
  timeout(seconds: number): BreakerTask;
}
