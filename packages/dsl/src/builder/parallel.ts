import type { QueryLanguage } from "../asl/types.js";
import { openFields } from "../ir/freeze.js";
import type { ParallelNode } from "../ir/state-nodes.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import { jsonataRoot } from "../path/jsonata.js";
import type { Resolved } from "../path/template.js";
import type { Empty } from "../typing/empty.js";
import type { ApplyResultPath, Select } from "../typing/place.js";
import type { CheckPath } from "../typing/resolve.js";
import { BuilderError } from "./builder-error.js";
import type {
  CatchVars,
  CheckResultPath,
  JsonataCatchData,
  JsonataCatchHandler,
  JsonPathCatchData,
  JsonPathCatchHandler,
  ResultPathLegs,
  WithCatch,
} from "./catch-types.js";
import type { ErrorList } from "./error-names.js";
import { createFlow, type Flow, type FlowLike, type FlowOutput, scopeFragmentOf } from "./flow.js";
import type { Retrier } from "./retry.js";
import {
  type JsonataHelpers,
  type JsonataResultHelpers,
  type JsonPathHelpers,
  type Scope,
  scopeOf,
} from "./scope.js";
import type {
  AddAssigned,
  Attachable,
  ReplaceRule,
  SetInputPath,
  SetOutput,
  SetOutputPath,
  SetResult,
  SetResultPath,
  Spec,
  StateSpec,
} from "./spec.js";
import { StateValue } from "./state-value.js";

type Results<S extends StateSpec> = S["rule"]["result"] extends readonly unknown[] ? S["rule"]["result"] : [];
/** What every branch receives: the effective input (after InputPath and Parameters). */
type BranchInput<S extends StateSpec, P> = unknown extends P ? Select<S["input"], S["rule"]["inputPath"]> : P;

/** The spec of a Parallel when created: no branches yet, its result (the branch outputs) replaces the input. */
export type ParallelSpec<In, V> = Spec<In, V, ReplaceRule<[]>, Empty, never, true>;

/** A JSONPath Parallel: each branch gets the effective input; the result is the tuple of branch outputs. */
export interface JsonPathParallel<in out S extends StateSpec, in out P, in out E extends string>
  extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** Call before `branch`. */
  inputPath<const Q extends string | null>(
    path: Q extends string ? CheckPath<S["input"], Q> : null,
  ): JsonPathParallel<SetInputPath<S, ResultPathLegs<Q>>, P, E>;
  /** The input of every branch; call before `branch`. */
  parameters<T>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => T,
  ): JsonPathParallel<S, Resolved<T>, E>;
  /** Adds a branch: a sub-workflow that sees the outer variables; its own variables stay inside. */
  branch<F extends FlowLike<unknown, unknown> = never>(
    build: (flow: Flow<BranchInput<S, P>, S["vars"], "JSONPath", E>) => F,
  ): JsonPathParallel<SetResult<S, [...Results<S>, FlowOutput<F>]>, P, E>;
  resultSelector<T>(
    select: ($: JsonPathRootRef<S["rule"]["result"]>, helpers: JsonPathHelpers<S["vars"]>) => T,
  ): JsonPathParallel<SetResult<S, Resolved<T>>, P, E>;
  resultPath<const Q extends string | null>(
    path: CheckResultPath<Q>,
  ): JsonPathParallel<SetResultPath<S, ResultPathLegs<Q>>, P, E>;
  outputPath<const Q extends string | null>(
    path: Q extends string
      ? CheckPath<ApplyResultPath<S["input"], S["rule"]["resultPath"], S["rule"]["result"]>, Q>
      : null,
  ): JsonPathParallel<SetOutputPath<S, ResultPathLegs<Q>>, P, E>;
  assign<A>(
    build: ($: JsonPathRootRef<S["rule"]["result"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathParallel<AddAssigned<S, Resolved<A>>, P, E>;
  retry(retrier: Retrier<E>): this;
  catch<const Q extends string | null = "$", F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonPathCatchHandler<S, Q, E, F, S2, A>,
  ): JsonPathParallel<WithCatch<S, F, S2, JsonPathCatchData<S, Q>, CatchVars<S, A>>, P, E>;
}

/**
 * A JSONata Parallel: Arguments → branches → Output. `R` is the raw result (`$states.result`, the tuple of
 * branch outputs), which Output and Assign both read: after output(…), `S` holds the Output instead.
 */
export interface JsonataParallel<
  in out S extends StateSpec,
  in out P,
  in out E extends string,
  in out R extends readonly unknown[],
> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** The input of every branch; call before `branch`. */
  arguments<T>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => T,
  ): JsonataParallel<S, Resolved<T>, E, R>;
  branch<F extends FlowLike<unknown, unknown> = never>(
    build: (flow: Flow<unknown extends P ? S["input"] : P, S["vars"], "JSONata", E>) => F,
  ): JsonataParallel<SetResult<S, [...R, FlowOutput<F>]>, P, E, [...R, FlowOutput<F>]>;
  output<O>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => O,
  ): JsonataParallel<SetOutput<S, Resolved<O>>, P, E, R>;
  assign<A>(
    build: (helpers: JsonataResultHelpers<S["input"], S["vars"], R>) => A,
  ): JsonataParallel<AddAssigned<S, Resolved<A>>, P, E, R>;
  retry(retrier: Retrier<E>): this;
  catch<O = unknown, F = never, S2 extends StateSpec = never, A = Empty>(
    errors: ErrorList<E>,
    handler: JsonataCatchHandler<S, O, E, F, S2, A>,
  ): JsonataParallel<WithCatch<S, F, S2, JsonataCatchData<O>, CatchVars<S, A>>, P, E, R>;
}

export type ParallelOf<L extends QueryLanguage, S extends StateSpec, E extends string> = L extends "JSONata"
  ? JsonataParallel<S, unknown, E, []>
  : JsonPathParallel<S, unknown, E>;

export class ParallelValue extends StateValue<ParallelNode> {
  static create(scope: Scope, name: string): ParallelValue {
    const fields: ParallelNode = openFields({
      kind: "parallel",
      name,
      queryLanguage: scope.language,
      branches: [],
      retry: [],
      catch: [],
    });
    return new ParallelValue(fields, scope);
  }

  override inputPath(path: string | null): this {
    this.beforeBranches("InputPath");
    return super.inputPath(path);
  }

  override parameters(template: unknown): this {
    this.beforeBranches("Parameters");
    return super.parameters(template);
  }

  override arguments(template: unknown): this {
    this.beforeBranches("Arguments");
    return super.arguments(template);
  }

  branch(build: (flow: unknown) => unknown): this {
    const index = this.fields.branches.length;
    const scope = scopeOf(this.language);
    const fragment = scopeFragmentOf(build(createFlow(scope)), this.where(`Branches[${index}]`));
    return this.with({ branches: [...this.fields.branches, fragment] });
  }

  protected override assignRoot(): "result" {
    return "result";
  }

  protected override resultRefs(): object {
    return { result: jsonataRoot("result") };
  }

  private beforeBranches(field: string): void {
    if (this.fields.branches.length > 0) {
      throw new BuilderError(
        this.where(field),
        "must be set before the first branch(), which was typed by the input before it",
        "Move it above the branches.",
      );
    }
  }
}
