import type { QueryLanguage } from "../asl/types.js";
import type { JsonPathRoot } from "../ir/value-nodes.js";
import type { ContextObject } from "../path/context-object.js";
import {
  type JsonPath,
  type JsonPathRootRef,
  type JsonPathVars,
  jsonPathRoot,
  jsonPathVars,
} from "../path/json-path-proxy.js";
import { type JsonataRef, type JsonataVars, jsonataRoot, jsonataVars } from "../path/jsonata.js";

/** What builders know at run time about where a state is written. Types carry the rest. */
export interface Scope {
  readonly language: QueryLanguage;
}

const SCOPES: { readonly [L in QueryLanguage]: Scope } = Object.freeze({
  JSONPath: Object.freeze({ language: "JSONPath" }),
  JSONata: Object.freeze({ language: "JSONata" }),
});

/** The scope of a query language: one frozen value each, so what is made per scope is made once. */
export function scopeOf(language: QueryLanguage): Scope {
  return SCOPES[language];
}

/** The second argument of JSONPath callbacks: variables (`vars.total` is `$total`) and `$$`. */
export interface JsonPathHelpers<V> {
  readonly vars: JsonPathVars<V>;
  readonly context: JsonPath<ContextObject>;
}

/** The argument of JSONata callbacks: `$states.input`, variables, `$states.context`. */
export interface JsonataHelpers<In, V> {
  readonly input: JsonataRef<In>;
  readonly vars: JsonataVars<V>;
  readonly context: JsonataRef<ContextObject>;
}

/** JSONata callbacks where `$states.result` is defined (Output and Assign of Task, Parallel, Map). */
export interface JsonataResultHelpers<In, V, R> extends JsonataHelpers<In, V> {
  readonly result: JsonataRef<R>;
}

/** JSONata callbacks inside a Catch, where `$states.errorOutput` is defined. */
export interface JsonataErrorHelpers<In, V, Err> extends JsonataHelpers<In, V> {
  readonly errorOutput: JsonataRef<Err>;
}

/** A callback reading `In`, in the state's query language. */
export type ReadFn<L extends QueryLanguage, In, V, X> = L extends "JSONata"
  ? (scope: JsonataHelpers<In, V>) => X
  : ($: JsonPathRootRef<In>, helpers: JsonPathHelpers<V>) => X;

// Helpers hold only immutable references, so every callback gets the same ones.
let sharedJsonPath: JsonPathHelpers<object> | undefined;
let sharedJsonata: JsonataHelpers<unknown, object> | undefined;

export function jsonPathHelpers<V>(): JsonPathHelpers<V> {
  sharedJsonPath ??= Object.freeze({
    vars: jsonPathVars<object>(),
    context: jsonPathRoot<ContextObject>("context"),
  });
  return sharedJsonPath as JsonPathHelpers<V>;
}

export function jsonataHelpers<In, V>(): JsonataHelpers<In, V> {
  sharedJsonata ??= Object.freeze({
    input: jsonataRoot<unknown>("input"),
    vars: jsonataVars<object>(),
    context: jsonataRoot<ContextObject>("context"),
  });
  return sharedJsonata as unknown as JsonataHelpers<In, V>;
}

/** Calls a `ReadFn` with the references of the language; `root` says what JSONPath `$` means here. */
export function callRead<X>(scope: Scope, read: unknown, root: JsonPathRoot = "input"): X {
  if (typeof read !== "function") return read as X;
  if (scope.language === "JSONata")
    return (read as (scope: JsonataHelpers<unknown, object>) => X)(jsonataHelpers());
  return (read as ($: unknown, helpers: JsonPathHelpers<object>) => X)(jsonPathRoot(root), jsonPathHelpers());
}
