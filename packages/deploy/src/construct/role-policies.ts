/**
 * Where the derived statements go. Two policies beside the role's default one (which CDK fills with the
 * log-delivery and X-Ray statements):
 * - "DefinitionPolicy": everything the Tasks need; the state machine depends on it, so the first execution
 *   after a deploy already has its permissions.
 * - "SelfReferencePolicy": what names this machine itself — a Task that starts its own machine
 *   (`$states.context.StateMachine.Id`, e.g. the circuit breaker's cooldown timer) and a distributed Map's
 *   child executions. Its statements `Ref` the machine, and the machine already depends on the role, so this
 *   policy is a separate resource created after the machine: role ← machine ← policy, no cycle. CDK's own
 *   DistributedMap splits the same way. A fixed physical name (an ARN built with formatArn, no Ref) would
 *   avoid the split, but CloudFormation cannot replace a custom-named resource (a STANDARD → EXPRESS change
 *   would fail) and two copies of the stack in one account and region would collide. The cost of the split:
 *   for the seconds between the machine's creation and this policy's, a self-start is denied.
 */
import type * as iam from "aws-cdk-lib/aws-iam";
import { Policy } from "aws-cdk-lib/aws-iam";
import type * as sfn from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import type { Permission, ResourcePattern } from "../iam/permission.js";
import { acknowledgeScopedWildcards, type ScopedWildcard } from "./nag-acknowledgments.js";
import { groupGrants, namesThisStateMachine, toStatements } from "./policy-statements.js";
import { createResourceResolver, type ResourceResolver } from "./resource-arns.js";

export function attachDerivedPolicies(
  scope: Construct,
  stateMachine: sfn.StateMachine,
  role: iam.Role,
  permissions: readonly Permission[],
  substitutions: Readonly<Record<string, string>>,
): void {
  const resolve = createResourceResolver({
    scope,
    substitutions,
    stateMachineArn: () => stateMachine.stateMachineArn,
    stateMachineName: () => stateMachine.stateMachineName,
  });
  const definitionPolicy = attach(
    scope,
    "DefinitionPolicy",
    role,
    permissions,
    resolve,
    (p) => !namesThisStateMachine(p),
  );
  if (definitionPolicy) stateMachine.node.addDependency(definitionPolicy);
  attach(scope, "SelfReferencePolicy", role, permissions, resolve, namesThisStateMachine);
}

function attach(
  scope: Construct,
  id: string,
  role: iam.Role,
  permissions: readonly Permission[],
  resolve: ResourceResolver,
  include: (pattern: ResourcePattern) => boolean,
): Policy | undefined {
  const grants = groupGrants(permissions, resolve, include);
  if (grants.length === 0) return undefined;
  const policy = new Policy(scope, id, { statements: toStatements(grants), roles: [role] });
  acknowledgeScopedWildcards(policy, scopedWildcards(permissions, resolve, include));
  return policy;
}

function scopedWildcards(
  permissions: readonly Permission[],
  resolve: ResourceResolver,
  include: (pattern: ResourcePattern) => boolean,
): ScopedWildcard[] {
  const wildcards: ScopedWildcard[] = [];
  for (const { state, actions, resources } of permissions) {
    for (const pattern of resources.filter(include)) {
      const reason = wildcardReason(pattern);
      if (reason) wildcards.push({ resource: resolve(pattern), state, actions, reason });
    }
  }
  return wildcards;
}

function wildcardReason(pattern: ResourcePattern): string | undefined {
  if (pattern.kind === "arn") return pattern.wildcardBecause;
  if (pattern.kind === "map-run-executions")
    return "a distributed Map's child executions are named by Step Functions at run time, under this machine only (https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html)";
  if (pattern.kind === "executions")
    return "execution names are chosen when the child starts; the wildcard is bounded to that one state machine's executions (https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html)";
  return undefined;
}
