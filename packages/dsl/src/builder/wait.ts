import { openFields } from "../ir/freeze.js";
import type { WaitDuration, WaitNode } from "../ir/state-nodes.js";
import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import type { Expr, PathRef } from "../path/refs.js";
import { type Resolved, toTemplate } from "../path/template.js";
import type { CheckPath } from "../typing/resolve.js";
import { BuilderError } from "./builder-error.js";
import type { ResultPathLegs } from "./catch-types.js";
import { checkInteger, checkTimestamp } from "./checks.js";
import type { EffectiveInput, PassthroughSpec } from "./passthrough-types.js";
import { callRead, type JsonataHelpers, type JsonPathHelpers, type Scope } from "./scope.js";
import type { AddAssigned, Attachable, SetInputPath, SetOutput, SetOutputPath, StateSpec } from "./spec.js";
import { StateValue } from "./state-value.js";

type Read<In, V, T> = ($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => PathRef<T>;

/*
 * Exactly one of seconds, secondsPath, timestamp, timestampPath: each option names the others as `never`.
 * Written out as plain object types: a mapped type per option, intersected, made tsc relate every Wait's
 * options object to four intersections of two mapped types.
 */

/** How long a JSONPath Wait waits: seconds, a timestamp, or either read from the input. */
export type JsonPathWaitFor<In, V> =
  | number
  | {
      readonly seconds: number;
      readonly secondsPath?: never;
      readonly timestamp?: never;
      readonly timestampPath?: never;
    }
  | {
      readonly secondsPath: Read<In, V, number>;
      readonly seconds?: never;
      readonly timestamp?: never;
      readonly timestampPath?: never;
    }
  | {
      readonly timestamp: string | Date;
      readonly seconds?: never;
      readonly secondsPath?: never;
      readonly timestampPath?: never;
    }
  | {
      readonly timestampPath: Read<In, V, string>;
      readonly seconds?: never;
      readonly secondsPath?: never;
      readonly timestamp?: never;
    };

/** How long a JSONata Wait waits: seconds or a timestamp, constant or computed. */
export type JsonataWaitFor<In, V> =
  | number
  | {
      readonly seconds: number | ((helpers: JsonataHelpers<In, V>) => Expr<number>);
      readonly secondsPath?: never;
      readonly timestamp?: never;
      readonly timestampPath?: never;
    }
  | {
      readonly timestamp: string | Date | ((helpers: JsonataHelpers<In, V>) => Expr<string>);
      readonly seconds?: never;
      readonly secondsPath?: never;
      readonly timestampPath?: never;
    };

export interface JsonPathWait<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  inputPath<const P extends string | null>(
    path: P extends string ? CheckPath<S["input"], P> : null,
  ): JsonPathWait<SetInputPath<S, ResultPathLegs<P>>>;
  outputPath<const P extends string | null>(
    path: P extends string ? CheckPath<EffectiveInput<S>, P> : null,
  ): JsonPathWait<SetOutputPath<S, ResultPathLegs<P>>>;
  assign<A>(
    build: ($: JsonPathRootRef<S["input"]>, helpers: JsonPathHelpers<S["vars"]>) => A,
  ): JsonPathWait<AddAssigned<S, Resolved<A>>>;
}

export interface JsonataWait<in out S extends StateSpec> extends Attachable<S> {
  readonly name: string;
  comment(text: string): this;
  output<O>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => O,
  ): JsonataWait<SetOutput<S, Resolved<O>>>;
  assign<A>(
    build: (helpers: JsonataHelpers<S["input"], S["vars"]>) => A,
  ): JsonataWait<AddAssigned<S, Resolved<A>>>;
}

export type WaitOf<L, S extends StateSpec> = L extends "JSONata" ? JsonataWait<S> : JsonPathWait<S>;
export type WaitFor<L, In, V> = L extends "JSONata" ? JsonataWaitFor<In, V> : JsonPathWaitFor<In, V>;
export type WaitSpec<In, V> = PassthroughSpec<In, V, true>;

export class WaitValue extends StateValue<WaitNode> {
  static create(scope: Scope, name: string, waitFor: unknown): WaitValue {
    const fields: WaitNode = openFields({
      kind: "wait",
      name,
      queryLanguage: scope.language,
      duration: duration(scope, name, waitFor),
    });
    return new WaitValue(fields, scope);
  }
}

function duration(scope: Scope, name: string, waitFor: unknown): WaitDuration {
  const where = (field: string) => `State "${name}" (${field})`;
  const options = typeof waitFor === "number" ? { seconds: waitFor } : (waitFor as Record<string, unknown>);
  const keys = Object.keys(options ?? {}).filter((key) => options[key] !== undefined);
  if (keys.length !== 1) {
    throw new BuilderError(
      where("Seconds"),
      "a Wait needs exactly one of seconds, secondsPath, timestamp, timestampPath",
      'Pass e.g. 30, { secondsPath: $ => $.delay } or { timestamp: "2026-01-31T09:30:00Z" }.',
    );
  }
  const key = keys[0]!;
  const value = options[key];
  const reference = (field: string) => {
    const node = toTemplate(callRead(scope, value), scope.language, where(field));
    if (node.kind === "json-path" || node.kind === "jsonata") return node;
    throw new BuilderError(where(field), "expects a reference", "Return a path, e.g. $ => $.delaySeconds.");
  };
  if (key === "seconds") {
    return {
      type: "seconds",
      value:
        typeof value === "number"
          ? checkInteger(name, "Seconds", value, 0, 99_999_999)
          : reference("Seconds"),
    };
  }
  if (key === "timestamp") {
    if (value instanceof Date) return { type: "timestamp", value: value.toISOString() };
    return {
      type: "timestamp",
      value: typeof value === "string" ? checkTimestamp(name, "Timestamp", value) : reference("Timestamp"),
    };
  }
  if (scope.language === "JSONata" || (key !== "secondsPath" && key !== "timestampPath")) {
    throw new BuilderError(
      where(key),
      `"${key}" is not a Wait field in ${scope.language}`,
      "Use seconds or timestamp.",
    );
  }
  return {
    type: key === "secondsPath" ? "seconds" : "timestamp",
    value: reference(key === "secondsPath" ? "SecondsPath" : "TimestampPath"),
  };
}
