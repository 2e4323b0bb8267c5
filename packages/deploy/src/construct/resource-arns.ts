/**
 * ResourcePattern (plain data) → the strings IAM gets, with deploy-time tokens spliced in: the definition's
 * `${Placeholder}`s become the substitution values, `${AWS::…}` the stack's pseudo parameters.
 */
import { Arn, ArnFormat, Aws, Fn, Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";
import { splitTemplate } from "../definition/placeholders.js";
import type { ResourcePattern } from "../iam/permission.js";

export interface ResolveContext {
  readonly scope: IConstruct;
  readonly substitutions: Readonly<Record<string, string>>;
  /** ARN and name of the machine being deployed; only needed when the definition names itself. */
  readonly stateMachineArn: () => string;
  readonly stateMachineName: () => string;
}

const PSEUDO_PARAMETERS = new Map<string, string>([
  ["AWS::Partition", Aws.PARTITION],
  ["AWS::Region", Aws.REGION],
  ["AWS::AccountId", Aws.ACCOUNT_ID],
]);

export function resolveTemplate(template: string, context: ResolveContext): string {
  return splitTemplate(template)
    .map((piece) => {
      if ("literal" in piece) return piece.literal;
      const value = PSEUDO_PARAMETERS.get(piece.placeholder) ?? context.substitutions[piece.placeholder];
      // checkSubstitutions ran first, so a miss here is a bug in this package, not a user error.
      if (value === undefined) throw new Error(`internal: no value for \${${piece.placeholder}}`);
      return value;
    })
    .join("");
}

type PatternResolver<K extends ResourcePattern["kind"]> = (
  pattern: Extract<ResourcePattern, { kind: K }>,
  context: ResolveContext,
) => string;

const RESOLVERS: { readonly [K in ResourcePattern["kind"]]: PatternResolver<K> } = {
  arn: ({ template }, context) => resolveTemplate(template, context),
  "this-state-machine": (_pattern, context) => context.stateMachineArn(),
  executions: ({ of }, context) =>
    of === "this-state-machine"
      ? ownExecutionsArn(context.scope, context.stateMachineName())
      : executionsArn(context.scope, resolveTemplate(of.arnTemplate, context)),
  "map-run-executions": (_pattern, context) => mapRunExecutionsArn(context.scope, context.stateMachineName()),
  "sqs-queue-url": ({ urlTemplate }, context) => queueArnOfUrl(resolveTemplate(urlTemplate, context)),
  any: () => "*",
};

export type ResourceResolver = (pattern: ResourcePattern) => string;

/**
 * Memoized per pattern: formatArn and Fn.split mint a new token on each call, and two states naming the
 * same resource must yield the same string so statements deduplicate.
 */
export function createResourceResolver(context: ResolveContext): ResourceResolver {
  const resolved = new Map<string, string>();
  return (pattern) => {
    const key = JSON.stringify(pattern);
    let value = resolved.get(key);
    if (value === undefined) {
      // Same correlation limit as derive-permissions: the mapped type keeps each resolver exact.
      value = RESOLVERS[pattern.kind](pattern as never, context);
      resolved.set(key, value);
    }
    return value;
  };
}

/** `arn:…:stateMachine:Name` → `arn:…:execution:Name:*`, its executions. Works on tokens too. */
function executionsArn(scope: IConstruct, machineArn: string): string {
  const parts = Arn.split(machineArn, ArnFormat.COLON_RESOURCE_NAME);
  // A version or alias ARN (`stateMachine:Name:alias`) still names the machine first.
  const name = parts.resourceName?.split(":")[0] ?? "";
  return Stack.of(scope).formatArn({
    partition: parts.partition,
    service: "states",
    region: parts.region,
    account: parts.account,
    resource: "execution",
    resourceName: `${name}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** This machine's executions, `execution:Name:*`, built from its Name attribute (no need to split its ARN token). */
function ownExecutionsArn(scope: IConstruct, machineName: string): string {
  return Stack.of(scope).formatArn({
    service: "states",
    resource: "execution",
    resourceName: `${machineName}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** The child executions a distributed Map starts are named `execution:Name/MapRunLabel:…`. */
function mapRunExecutionsArn(scope: IConstruct, machineName: string): string {
  return Stack.of(scope).formatArn({
    service: "states",
    resource: "execution",
    resourceName: `${machineName}/*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` → `arn:PARTITION:sqs:REGION:ACCOUNT:NAME`. */
function queueArnOfUrl(url: string): string {
  const segments = Fn.split("/", url);
  const host = Fn.select(2, segments);
  return `arn:${Aws.PARTITION}:sqs:${Fn.select(1, Fn.split(".", host))}:${Fn.select(3, segments)}:${Fn.select(4, segments)}`;
}
