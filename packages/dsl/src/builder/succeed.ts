import type { SucceedNode } from "../ir/state-nodes.js";
import type { Resolved } from "../path/template.js";
import type { CheckPath } from "../typing/resolve.js";
import type { ResultPathLegs } from "./catch-types.js";
import type { EffectiveInput, PassthroughSpec } from "./passthrough-types.js";
import type { JsonataHelpers, Scope } from "./scope.js";
import type { Attachable, Finishes, SetInputPath, SetOutput, SetOutputPath, StateSpec } from "./spec.js";
import { StateValue } from "./state-value.js";

/** Succeed ends its path: nothing can follow it (a type error, not a run-time surprise). */
export interface JsonPathSucceed<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  inputPath<const P extends string | null>(
    path: P extends string ? CheckPath<S["input"], P> : null,
  ): JsonPathSucceed<SetInputPath<S, ResultPathLegs<P>>>;
  outputPath<const P extends string | null>(
    path: P extends string ? CheckPath<EffectiveInput<S>, P> : null,
  ): JsonPathSucceed<SetOutputPath<S, ResultPathLegs<P>>>;
}

export interface JsonataSucceed<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  /** The execution's (or branch's) output. */
  output<O>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => O,
  ): JsonataSucceed<SetOutput<S, Resolved<O>>>;
}

export type SucceedOf<L, S extends StateSpec> = L extends "JSONata" ? JsonataSucceed<S> : JsonPathSucceed<S>;
/** Nothing follows a Succeed; its output is the execution's (or branch's) output. */
export type SucceedSpec<In, V> = PassthroughSpec<In, V, false, Finishes>;

export class SucceedValue extends StateValue<SucceedNode> {
  static create(scope: Scope, name: string): SucceedValue {
    const fields: SucceedNode = { kind: "succeed", name, queryLanguage: scope.language };
    return new SucceedValue(fields, scope);
  }
}
