import type { PassNode } from "../ir/state-nodes.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import { type Resolved, toTemplate } from "../path/template.js";
import type { ApplyResultPath } from "../typing/place.js";
import type { CheckPath } from "../typing/resolve.js";
import type { CheckResultPath, ResultPathLegs } from "./catch-types.js";
import type { CanonicalLiteral, EffectiveInput, JsonLiteral, PassthroughSpec } from "./passthrough-types.js";
import type { JsonataHelpers, JsonPathHelpers, Scope } from "./scope.js";
import type {
  AddAssigned,
  ApplyRule,
  Attachable,
  Passthrough,
  SetInputPath,
  SetOutput,
  SetOutputPath,
  SetResult,
  SetResultPath,
  StateSpec,
} from "./spec.js";
import { StateValue } from "./state-value.js";

type PassResult<S extends StateSpec> = S["rule"]["result"] extends Passthrough
  ? EffectiveInput<S>
  : S["rule"]["result"];

/** A JSONPath Pass: InputPath → Parameters or Result → ResultPath → OutputPath. */
export interface JsonPathPass<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  inputPath<const P extends string | null>(
    path: P extends string ? CheckPath<S["input"], P> : null,
  ): JsonPathPass<SetInputPath<S, ResultPathLegs<P>>>;
  /** A fixed result. */
  result<const T extends JsonLiteral>(value: T): JsonPathPass<SetResult<S, CanonicalLiteral<T>>>;
  /** A result built from the input. */
  parameters<T>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => T,
  ): JsonPathPass<SetResult<S, Resolved<T>>>;
  resultPath<const P extends string | null>(
    path: CheckResultPath<P>,
  ): JsonPathPass<SetResultPath<S, ResultPathLegs<P>>>;
  outputPath<const P extends string | null>(
    path: P extends string
      ? CheckPath<ApplyResultPath<S["input"], S["rule"]["resultPath"], PassResult<S>>, P>
      : null,
  ): JsonPathPass<SetOutputPath<S, ResultPathLegs<P>>>;
  /** `$` is the state input. */
  assign<A>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathPass<AddAssigned<S, Resolved<A>>>;
}

/** A JSONata Pass: Output (default: the input). */
export interface JsonataPass<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  output<O>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => O,
  ): JsonataPass<SetOutput<S, Resolved<O>>>;
  assign<A>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => A,
  ): JsonataPass<AddAssigned<S, Resolved<A>>>;
}

export type PassOf<L, S extends StateSpec> = L extends "JSONata" ? JsonataPass<S> : JsonPathPass<S>;
export type PassSpec<In, V> = PassthroughSpec<In, V, true>;
/** Used by tests and docs: a Pass's output for input `C`. */
export type PassOutput<S extends StateSpec, C> = ApplyRule<S["rule"], C>;

export class PassValue extends StateValue<PassNode> {
  static create(scope: Scope, name: string): PassValue {
    const fields: PassNode = { kind: "pass", name, queryLanguage: scope.language };
    return new PassValue(fields, scope);
  }

  result(value: unknown): this {
    this.only("JSONPath", "Result", "In JSONata, return the value from output(…).");
    return this.with({ result: toTemplate(value, "JSONPath", this.where("Result")) });
  }
}
