import { parseLambdaFunctionArn } from "../resource-arn.js";

/** A function reference in any of the forms Lambda accepts, resolved to its parts. */
export interface FunctionReference {
  readonly name: string;
  readonly qualifier: string | undefined;
  /** Unqualified ARN. */
  readonly arn: string;
}

const PARTIAL = /^(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$-]+))?$/;
const NAME = /^([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$-]+))?$/;

/**
 * Reads `my-function`, `my-function:alias`, `123456789012:function:my-function` or a full (qualified) ARN.
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_RequestSyntax
 */
export function resolveFunction(
  reference: string,
  qualifier: string | undefined,
  region: string,
  accountId: string,
): FunctionReference | undefined {
  const full = parseLambdaFunctionArn(reference);
  if (full) {
    const arn = `arn:aws:lambda:${full.region}:${full.accountId}:function:${full.functionName}`;
    return { name: full.functionName, qualifier: full.qualifier ?? qualifier, arn };
  }
  const partial = PARTIAL.exec(reference);
  if (partial) {
    return {
      name: partial[2]!,
      qualifier: partial[3] ?? qualifier,
      arn: `arn:aws:lambda:${region}:${partial[1]}:function:${partial[2]}`,
    };
  }
  const short = NAME.exec(reference);
  if (!short) return undefined;
  return {
    name: short[1]!,
    qualifier: short[2] ?? qualifier,
    arn: `arn:aws:lambda:${region}:${accountId}:function:${short[1]}`,
  };
}

/** Handler keys tried in order: the qualified ARN, the ARN, `name:qualifier`, the name. */
export function handlerKeys(reference: FunctionReference): string[] {
  const keys: string[] = [];
  if (reference.qualifier) keys.push(`${reference.arn}:${reference.qualifier}`);
  keys.push(reference.arn);
  if (reference.qualifier) keys.push(`${reference.name}:${reference.qualifier}`);
  keys.push(reference.name);
  return keys;
}
