import type { z } from "zod";
import type { QueryLanguage } from "../asl/types.js";
import { BuilderError } from "../builder/builder-error.js";
import { checkInteger, checkOneOf } from "../builder/checks.js";
import { createFlow, type Flow, type FlowLike, type FlowOutput, scopeFragmentOf } from "../builder/flow.js";
import { scopeOf } from "../builder/scope.js";
import { MachineNode } from "../ir/machine-node.js";
import type { Empty } from "../typing/empty.js";
import type { SchemaLike, SchemaOutput } from "../typing/schema.js";

/** Shared across module copies (the CLI may load the DSL twice): a symbol from the global registry. */
export const MACHINE: unique symbol = Symbol.for("statesmith.machine") as never;
declare const IO: unique symbol;

/** A state machine built with the DSL; `compile` turns it into ASL. */
export interface StateMachine<In = unknown, Out = unknown> {
  /** The file name stem for `statesmith build` (`<name>.asl.json`). */
  readonly name: string;
  /** The zod schema of the input, when declared. */
  readonly inputSchema: SchemaLike | undefined;
  readonly [MACHINE]: MachineNode;
  readonly [IO]?: { readonly input: In; readonly output: Out };
}

export type MachineInput<M> = M extends StateMachine<infer In, unknown> ? In : never;
export type MachineOutput<M> = M extends StateMachine<unknown, infer Out> ? Out : never;

export interface MachineOptions<
  S extends SchemaLike,
  L extends QueryLanguage,
  Errs extends readonly string[],
> {
  /** The input's zod schema: types the first state's input, and `compile` emits its JSON Schema. */
  readonly input?: S;
  /** Default JSONPath. */
  readonly queryLanguage?: L;
  readonly comment?: string;
  /** The execution's time limit (0 to 99999999 seconds). */
  readonly timeoutSeconds?: number;
  readonly version?: string;
  /** Your own error names (what your Lambdas raise), allowed in every Retry and Catch. */
  readonly errors?: Errs;
}

/**
 * A state machine: `machine("orders", { input: Order }, flow => flow.next(s => s.task(…)) …)`.
 * `name` is the file stem the CLI writes; `build` receives a flow whose data is the input type.
 */
export function machine<
  F extends FlowLike<unknown, unknown> = never, // a cheap expected type while tsc infers (see Flow.next)
  S extends SchemaLike = z.ZodUnknown,
  L extends QueryLanguage = "JSONPath",
  const Errs extends readonly string[] = [],
>(
  name: string,
  options: MachineOptions<S, L, Errs>,
  build: (flow: Flow<SchemaOutput<S>, Empty, L, Errs[number]>) => F,
): StateMachine<SchemaOutput<S>, FlowOutput<F>> {
  if (typeof name !== "string" || !/^[A-Za-z0-9._-]{1,80}$/.test(name) || /^\.+$/.test(name)) {
    throw new BuilderError(
      `machine("${String(name)}")`,
      "the name is the output file stem: 1 to 80 letters, digits, '.', '-' or '_'",
      'Use e.g. "order-machine".',
    );
  }
  const queryLanguage = onMachine(name, "QueryLanguage", (state, field) =>
    checkOneOf<QueryLanguage>(state, field, options.queryLanguage ?? "JSONPath", ["JSONPath", "JSONata"]),
  );
  const timeout = options.timeoutSeconds;
  if (timeout !== undefined) {
    onMachine(name, "TimeoutSeconds", (state, field) => checkInteger(state, field, timeout, 0, 99_999_999));
  }
  const flow = build(createFlow(scopeOf(queryLanguage)) as never);
  const node = MachineNode.create({
    name,
    queryLanguage,
    root: scopeFragmentOf(flow, `machine("${name}")`),
    ...(options.comment !== undefined && { comment: options.comment }),
    ...(options.timeoutSeconds !== undefined && { timeoutSeconds: options.timeoutSeconds }),
    ...(options.version !== undefined && { version: options.version }),
  });
  return Object.freeze({ name, inputSchema: options.input, [MACHINE]: node }) as StateMachine<
    SchemaOutput<S>,
    FlowOutput<F>
  >;
}

/** Runs a shared range check, naming the machine (not a state) in its message. */
function onMachine<T>(name: string, field: string, check: (state: string, field: string) => T): T {
  try {
    return check(name, field);
  } catch (error) {
    if (!(error instanceof BuilderError)) throw error;
    throw new BuilderError(`machine("${name}") (${field})`, error.problem, error.hint);
  }
}

export function isStateMachine(value: unknown): value is StateMachine {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { name?: unknown }).name === "string" &&
    (value as { [MACHINE]?: { kind?: unknown } })[MACHINE]?.kind === "machine"
  );
}
