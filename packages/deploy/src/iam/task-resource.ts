import { placeholderCarriesArn, wholePlaceholder } from "../definition/placeholders.js";

/** How a Task waits for its integration (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html). */
export type IntegrationPattern = "request-response" | "sync" | "sync:2" | "wait-for-task-token";

/** A Task's Resource, classified. Only this module reads the Resource string. */
export type Integration =
  /** `arn:aws:states:::service:action[.pattern]`, an optimized integration. */
  | {
      readonly kind: "optimized";
      readonly service: string;
      readonly action: string;
      readonly pattern: IntegrationPattern;
    }
  /** `arn:aws:states:::aws-sdk:service:action[.pattern]`. */
  | {
      readonly kind: "aws-sdk";
      readonly service: string;
      readonly action: string;
      readonly pattern: IntegrationPattern;
    }
  /** A Lambda function ARN used directly as the Resource (the older form of Lambda integration). */
  | { readonly kind: "lambda-function"; readonly functionArn: string }
  /** An activity: workers poll it with their own credentials, so the state machine's role needs nothing. */
  | { readonly kind: "activity" }
  | { readonly kind: "unrecognized"; readonly why: string };

const SERVICE_INTEGRATION = /^arn:[a-z-]+:states:::(.+)$/;
const PATTERN_SUFFIXES: ReadonlyArray<readonly [string, IntegrationPattern]> = [
  [".waitForTaskToken", "wait-for-task-token"],
  [".sync:2", "sync:2"],
  [".sync", "sync"],
];

export function parseTaskResource(resource: string): Integration {
  const service = SERVICE_INTEGRATION.exec(resource)?.[1];
  if (service !== undefined) return parseServiceIntegration(service);
  if (/^arn:[a-z-]+:lambda:/.test(resource))
    return Object.freeze({ kind: "lambda-function", functionArn: resource });
  if (/^arn:[a-z-]+:states:[^:]*:[^:]*:activity:/.test(resource)) return Object.freeze({ kind: "activity" });
  const placeholder = wholePlaceholder(resource);
  // A deploy-time ARN as the whole Resource: only its name can say what it is.
  if (placeholder && placeholderCarriesArn(placeholder) && /Function|Lambda/.test(placeholder)) {
    return Object.freeze({ kind: "lambda-function", functionArn: resource });
  }
  if (placeholder && /Activity/.test(placeholder)) return Object.freeze({ kind: "activity" });
  return Object.freeze({
    kind: "unrecognized",
    why: placeholder
      ? `its Resource is the placeholder \${${placeholder}}, which does not say what it names. Fix: use "arn:aws:states:::lambda:invoke" with FunctionName "\${${placeholder}}", or name the placeholder …FunctionArn or …ActivityArn`
      : `its Resource "${resource}" is not a service integration, Lambda function or activity ARN`,
  });
}

function parseServiceIntegration(rest: string): Integration {
  const [head, pattern] = splitPattern(rest);
  const parts = head.split(":");
  if (parts[0] === "aws-sdk" && parts.length === 3) {
    return Object.freeze({ kind: "aws-sdk", service: parts[1]!, action: parts[2]!, pattern });
  }
  if (parts.length === 2)
    return Object.freeze({ kind: "optimized", service: parts[0]!, action: parts[1]!, pattern });
  return Object.freeze({
    kind: "unrecognized",
    why: `its Resource "arn:aws:states:::${rest}" has no service:action`,
  });
}

function splitPattern(rest: string): [string, IntegrationPattern] {
  for (const [suffix, pattern] of PATTERN_SUFFIXES) {
    if (rest.endsWith(suffix)) return [rest.slice(0, -suffix.length), pattern];
  }
  return [rest, "request-response"];
}
