import { BuilderError } from "../builder/builder-error.js";
import type { Template } from "../path/template.js";
import type { SchemaLike, SchemaOutput } from "../typing/schema.js";
import { createIntegration, type Integration, withPattern } from "./integration.js";

/**
 * Any AWS API through `arn:aws:states:::aws-sdk:service:action`. The result is `unknown`; pass a zod schema
 * (`{ result: schema }`) to state its type. Declare the service errors you handle with `.throws(…)`
 * (AWS names them `<Service>.<Exception>`, e.g. `S3.NoSuchKeyException`).
 * https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
 */
export interface SdkCall<R, E extends string> extends Integration<R, E> {
  waitForTaskToken<T = unknown>(): Integration<T, E>;
  throws<const N extends readonly string[]>(...names: N): SdkCall<R, E | N[number]>;
}

type ResultType<S> = SchemaOutput<S>;

function call<S extends SchemaLike | undefined = undefined>(
  service: string,
  action: string,
  parameters?: Template,
  _options?: { readonly result?: S },
): SdkCall<ResultType<S>, never> {
  if (!/^[a-z0-9]+$/.test(service) || !/^[a-z][A-Za-z0-9]*$/.test(action)) {
    throw new BuilderError(
      `awsSdk.call("${service}", "${action}")`,
      "the service is lowercase (s3, secretsmanager) and the action camelCase (getObject)",
      'Write it as AWS does, e.g. awsSdk.call("s3", "getObject", …).',
    );
  }
  const spec = { resource: `arn:aws:states:::aws-sdk:${service}:${action}`, parameters };
  return createIntegration(spec, {
    waitForTaskToken: () => withPattern(createIntegration(spec), ".waitForTaskToken", true),
  }) as unknown as SdkCall<ResultType<S>, never>;
}

export const awsSdk = Object.freeze({ call });

/** An activity worker: the result is what the worker sends, `unknown` unless a schema states it. */
export function activity<S extends SchemaLike | undefined = undefined>(
  activityArn: string,
  _options?: { readonly result?: S },
): Integration<ResultType<S>, never> {
  return createIntegration({ resource: activityArn });
}

/**
 * Any other resource (SNS, SQS, ECS, Glue, HTTP …): its ARN, its parameters and, optionally, a schema for
 * its result. Pattern suffixes (`.sync`, `.waitForTaskToken`) are part of the ARN you pass.
 */
export function resource<S extends SchemaLike | undefined = undefined>(
  resourceArn: string,
  parameters?: Template,
  _options?: { readonly result?: S },
): Integration<ResultType<S>, never> {
  return createIntegration({
    resource: resourceArn,
    parameters,
    needsTaskToken: resourceArn.endsWith(".waitForTaskToken"),
  });
}
