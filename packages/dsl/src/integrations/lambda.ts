import type { Plain } from "../typing/plain.js";
import { createIntegration, type Integration, type Templated, withPattern } from "./integration.js";

/**
 * AWS Lambda. `lambda.invoke<typeof handler>(…)` types the Payload by the handler's event and the result by
 * what it returns, inside the optimized integration's envelope.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */

/** Any function handler; its first parameter is the event. */
export type LambdaHandler = (event: never, ...rest: never[]) => unknown;
/** The handler's event; `unknown` for the default handler type (no event declared). */
export type EventOf<H extends LambdaHandler> = H extends (event: infer E, ...rest: never[]) => unknown
  ? [E] extends [never]
    ? unknown
    : E
  : unknown;

/**
 * What the handler's return value arrives as: the runtime sends it through `JSON.stringify`, so a `Date` is a
 * string and nothing (`undefined`, `void`) is `null`. Rebuilt as plain data (typing/plain.ts), so a result
 * and a shape built from it in the DSL are one type.
 */
// A handler's `Promise<R>` is matched directly (Awaited alone relates Promise's `then` overloads, which
// costs tsc a structural walk); any other return type goes through Awaited.
export type ReturnOf<H extends LambdaHandler> = H extends (...args: never[]) => Promise<infer R>
  ? JsonResult<Awaited<R>>
  : JsonResult<Awaited<ReturnType<H>>>;
// `any` stays `any` (it would match `void`).
// biome-ignore lint/suspicious/noConfusingVoidType: exactly a handler declared to return `void` (or undefined)
type JsonResult<R> = 0 extends 1 & R ? R : [R] extends [void] ? null : Plain<R>;

/** The `arn:aws:states:::lambda:invoke` result (covariant, declared so that tsc need not measure it). */
export interface LambdaInvokeResult<out Payload> {
  readonly ExecutedVersion: string;
  readonly Payload: Payload;
  readonly SdkHttpMetadata: {
    readonly AllHttpHeaders: { readonly [header: string]: readonly string[] };
    readonly HttpHeaders: { readonly [header: string]: string };
    readonly HttpStatusCode: number;
  };
  readonly SdkResponseMetadata: { readonly RequestId: string };
  readonly StatusCode: number;
}

/** Errors the Lambda service raises; AWS recommends retrying the transient ones. */
export type LambdaError =
  | "Lambda.AWSLambdaException"
  | "Lambda.ClientExecutionTimeoutException"
  | "Lambda.SdkClientException"
  | "Lambda.ServiceException"
  | "Lambda.TooManyRequestsException"
  | "Lambda.Unknown";

/** The transient Lambda errors to retry (AWS's recommended retrier). */
export const LAMBDA_TRANSIENT_ERRORS = Object.freeze([
  "Lambda.ClientExecutionTimeoutException",
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
] as const satisfies readonly LambdaError[]);

export interface LambdaInvokeParameters<Event> {
  /** Function name, ARN, alias ARN or a `${Placeholder}`. */
  readonly FunctionName: Templated<string>;
  readonly Payload?: Templated<Event>;
  readonly Qualifier?: Templated<string>;
  readonly InvocationType?: "RequestResponse" | "Event" | "DryRun";
  readonly ClientContext?: Templated<string>;
  readonly LogType?: "None" | "Tail";
}

export interface LambdaInvoke<H extends LambdaHandler, E extends string>
  extends Integration<LambdaInvokeResult<ReturnOf<H>>, E> {
  /** `lambda:invoke.waitForTaskToken`: the result is what `SendTaskSuccess` sends (state it, or narrow it). */
  waitForTaskToken<R = unknown>(): Integration<R, E>;
  throws<const N extends readonly string[]>(...names: N): LambdaInvoke<H, E | N[number]>;
}

function invoke<H extends LambdaHandler = LambdaHandler>(
  parameters: LambdaInvokeParameters<EventOf<H>>,
): LambdaInvoke<H, LambdaError> {
  const spec = { resource: "arn:aws:states:::lambda:invoke", parameters };
  return createIntegration(spec, {
    waitForTaskToken: () => withPattern(createIntegration(spec), ".waitForTaskToken", true),
  }) as unknown as LambdaInvoke<H, LambdaError>;
}

/** The legacy form: the function ARN as the resource; the result is the handler's return value itself. */
function fn<H extends LambdaHandler = LambdaHandler>(
  functionArn: string,
  payload?: Templated<EventOf<H>>,
): Integration<ReturnOf<H>, LambdaError> {
  return createIntegration({ resource: functionArn, parameters: payload });
}

export const lambda = Object.freeze({ invoke, function: fn });
