import { BuilderError } from "../builder/builder-error.js";
import type { Expr, PathRef } from "../path/refs.js";

export const INTEGRATION: unique symbol = Symbol("statesmith.integration");
declare const RESULT: unique symbol;
declare const ERRORS: unique symbol;

/** What a Task state needs from an integration: its resource ARN and its parameters (a payload template). */
export interface IntegrationSpec {
  readonly resource: string;
  readonly parameters?: unknown;
  /** `.waitForTaskToken`: the parameters must pass `$$.Task.Token` on. */
  readonly needsTaskToken?: boolean;
}

/**
 * A typed Task integration: its result type `R` and the error names `E` it can raise (for Retry/Catch).
 * Created by `lambda`, `dynamodb`, `stepFunctions`, `awsSdk`, `activity` and `resource`.
 */
export interface Integration<R, E extends string = never> {
  readonly [INTEGRATION]: IntegrationSpec;
  readonly [RESULT]?: R;
  readonly [ERRORS]?: E;
  /** Declares errors this integration raises (e.g. your Lambda's `PaymentDeclined`), for Retry and Catch. */
  throws<const N extends readonly string[]>(...names: N): Integration<R, E | N[number]>;
}

/**
 * A parameter value: the value itself or a reference to one, at any depth. An object or array value is
 * admitted by its templated form alone (which admits the plain value too): one union member fewer for tsc to
 * try against every payload literal. The value comes first: tsc tries a union's members in the order it made
 * them, and the value is what a payload literal matches (a tenth less work per Lambda payload).
 */
export type Templated<T> =
  | (T extends readonly (infer E)[]
      ? readonly Templated<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Templated<T[K]> }
        : T)
  | PathRef<T>
  | Expr<T>;

/**
 * An integration value; `methods` are pattern methods (`sync()`, `waitForTaskToken()`). `throws()` returns the
 * same value: declared errors only exist for the type checker.
 */
export function createIntegration<R, E extends string, M extends object = object>(
  spec: IntegrationSpec,
  methods?: M,
): Integration<R, E> & M {
  const value = {
    ...methods,
    [INTEGRATION]: Object.freeze({ ...spec }),
    throws: (...names: readonly string[]) => {
      for (const name of names) {
        if (typeof name !== "string" || name.length === 0 || name.startsWith("States.")) {
          throw new BuilderError(
            "throws()",
            `"${String(name)}" cannot be declared`,
            "Declare your own error names; States.* errors are always available.",
          );
        }
      }
      return value;
    },
  };
  return Object.freeze(value) as unknown as Integration<R, E> & M;
}

/** The same integration with another resource and result type (service integration patterns). */
export function withPattern<R, E extends string>(
  integration: Integration<unknown, E>,
  suffix: string,
  needsTaskToken: boolean,
): Integration<R, E> {
  const spec = integration[INTEGRATION];
  return createIntegration<R, E>({ ...spec, resource: `${spec.resource}${suffix}`, needsTaskToken });
}

/** The Task resource an integration calls (`arn:aws:states:::lambda:invoke`, a function ARN, …). */
export function integrationResource(integration: IntegrationLike): string {
  return integration[INTEGRATION].resource;
}

export function isIntegration(value: unknown): value is Integration<unknown, string> {
  return typeof value === "object" && value !== null && INTEGRATION in value;
}

/** Anything that carries an integration (a cheap constraint: no structural check of `throws`). */
export interface IntegrationLike {
  readonly [INTEGRATION]: IntegrationSpec;
}

// Indexed accesses, not `infer` against Integration: inference would walk its generic `throws` method.
export type ResultOf<I> = I extends { readonly [RESULT]?: infer R } ? R : never;
// No `infer E extends string`: an integration that raises nothing (`never`) gives no candidate, and the
// constraint (`string`) would then admit any error name.
export type ErrorsOf<I> = I extends { readonly [ERRORS]?: infer E } ? Extract<E, string> : never;
