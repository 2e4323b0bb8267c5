import type { JsonPathRootRef } from "../path/json-path-proxy.js";
import type { Resolved } from "../path/template.js";
import type { ParsePath } from "../typing/legs.js";
import type { ApplyResultPath, AssignVars, CommonFields } from "../typing/place.js";
import type { LegsOf } from "../typing/resolve.js";
import type { TypeCheckError } from "../typing/type-error.js";
import type { ErrorOutput } from "./error-names.js";
import type { JsonataErrorHelpers, JsonPathHelpers } from "./scope.js";
import type { JoinEnd, StateSpec } from "./spec.js";
import type { Target, TargetData, TargetDone, TargetVars } from "./target.js";

/**
 * A ResultPath literal: fields only (`$.a.b`), or `null`. `P` is inferred from the argument through this type,
 * so the error is `NoInfer` (tsc would otherwise try to match the literal against every message template);
 * on a string literal `NoInfer` is the literal itself, so the message reads the same.
 */
export type CheckResultPath<P> = P extends null
  ? null
  : P extends string
    ? ParsePath<P> extends readonly string[]
      ? P
      : NoInfer<ResultPathError<P>>
    : never;
type ResultPathError<P extends string> =
  ParsePath<P> extends `✘ ${string}`
    ? ParsePath<P>
    : TypeCheckError<`ResultPath names fields only, like "$.result"; got "${P}"`>;

export type ResultPathLegs<P> = P extends null ? null : P extends string ? LegsOf<P> : [];

/** JSONPath Catch: the error output `{ Error, Cause }` is placed by `resultPath` into the state's input. */
export interface JsonPathCatcher<P, T, A> {
  readonly resultPath?: CheckResultPath<P>;
  /** `$` is the error output. */
  readonly assign?: ($: JsonPathRootRef<ErrorOutput>, helpers: JsonPathHelpers<object>) => A;
  readonly comment?: string;
  readonly next: T;
}

/** JSONata Catch: `output` shapes what the handler receives (default: the error output). */
export interface JsonataCatcher<In, V, O, T, A> {
  readonly output?: (helpers: JsonataErrorHelpers<In, V, ErrorOutput>) => O;
  readonly assign?: (helpers: JsonataErrorHelpers<In, V, ErrorOutput>) => A;
  readonly comment?: string;
  readonly next: T;
}

export type JsonPathCatchData<S extends StateSpec, P> = ApplyResultPath<
  S["input"],
  ResultPathLegs<P>,
  ErrorOutput
>;
export type JsonataCatchData<O> = unknown extends O ? ErrorOutput : Resolved<O>;

/** Variables inside a handler: the state's, plus what the catcher assigns. */
export type CatchVars<S extends StateSpec, A> = AssignVars<S["vars"], Resolved<A>>;

/** The state's spec once a handler is added: its open ends join the state's; variables keep what both set. */
export type WithCatch<S extends StateSpec, F, S2 extends StateSpec, C, VH> =
  TargetData<F, S2, C> extends infer Data
    ? JoinEnd<
        S,
        Data,
        [Data] extends [never]
          ? S["assigned"]
          : CommonFields<AssignVars<S["vars"], S["assigned"]>, TargetVars<F, S2, VH>>,
        S["continues"],
        TargetDone<F, S2, C>
      >
    : never;

/** The handler of a JSONPath Catch: a target, or `{ resultPath, assign, comment, next }`. */
export type JsonPathCatchHandler<S extends StateSpec, P, E extends string, F, S2 extends StateSpec, A> =
  | Target<JsonPathCatchData<S, P>, CatchVars<S, A>, "JSONPath", E, F, S2>
  | JsonPathCatcher<P, Target<JsonPathCatchData<S, P>, CatchVars<S, A>, "JSONPath", E, F, S2>, A>;

/** The handler of a JSONata Catch: a target, or `{ output, assign, comment, next }`. */
export type JsonataCatchHandler<S extends StateSpec, O, E extends string, F, S2 extends StateSpec, A> =
  | Target<JsonataCatchData<O>, CatchVars<S, A>, "JSONata", E, F, S2>
  | JsonataCatcher<
      S["input"],
      S["vars"],
      O,
      Target<JsonataCatchData<O>, CatchVars<S, A>, "JSONata", E, F, S2>,
      A
    >;
