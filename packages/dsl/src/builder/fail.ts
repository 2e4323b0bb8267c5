import type { FailNode, FailText } from "../ir/state-nodes.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import type { Expr, PathRef } from "../path/refs.js";
import { toTemplate } from "../path/template.js";
import type { Empty } from "../typing/empty.js";
import { BuilderError } from "./builder-error.js";
import type { PassthroughSpec } from "./passthrough-types.js";
import { callRead, type JsonataHelpers, type JsonPathHelpers, type Scope } from "./scope.js";
import type { Attachable, StateSpec } from "./spec.js";
import { StateValue } from "./state-value.js";

/** An error name: one you declared (suggested first) or any other string. */
type ErrorName<E extends string> = E | (string & Empty);

/** JSONPath Fail: constant Error/Cause, or ErrorPath/CausePath read from the input (paths or intrinsics). */
export interface JsonPathFailOptions<In, V, E extends string> {
  readonly error?: ErrorName<E> | (($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => PathRef<string>);
  readonly cause?: string | (($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => PathRef<string>);
}

export interface JsonataFailOptions<In, V, E extends string> {
  readonly error?: ErrorName<E> | ((helpers: JsonataHelpers<In, V>) => Expr<string>);
  readonly cause?: string | ((helpers: JsonataHelpers<In, V>) => Expr<string>);
}

export type FailOptions<L, In, V, E extends string> = L extends "JSONata"
  ? JsonataFailOptions<In, V, E>
  : JsonPathFailOptions<In, V, E>;

/** Fail ends the execution (or branch) with an error: nothing can follow it. */
export interface FailState<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
}

export type FailSpec<In, V> = PassthroughSpec<In, V, false>;

export class FailValue extends StateValue<FailNode> {
  static create(scope: Scope, name: string, options: { error?: unknown; cause?: unknown } = {}): FailValue {
    const text = (field: "Error" | "Cause", value: unknown): FailText | undefined => {
      if (value === undefined || typeof value === "string") return value;
      const node = toTemplate(callRead(scope, value), scope.language, `State "${name}" (${field})`);
      if (node.kind === "json-path" || node.kind === "intrinsic" || node.kind === "jsonata") return node;
      throw new BuilderError(
        `State "${name}" (${field})`,
        "expects a string or a reference",
        'Pass "PaymentDeclined" or $ => $.error.',
      );
    };
    const error = text("Error", options.error);
    const cause = text("Cause", options.cause);
    const fields: { -readonly [K in keyof FailNode]: FailNode[K] } = {
      kind: "fail",
      name,
      queryLanguage: scope.language,
    };
    if (error !== undefined) fields.error = error;
    if (cause !== undefined) fields.cause = cause;
    return new FailValue(fields, scope);
  }
}
