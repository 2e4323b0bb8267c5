/**
 * Permissions → IAM policy statements: one statement per distinct action set, listing every resource that
 * needs exactly those actions, in the order the definition first asks for them (stable templates, small diffs).
 */
import * as iam from "aws-cdk-lib/aws-iam";
import type { Permission, ResourcePattern } from "../iam/permission.js";
import type { ResourceResolver } from "./resource-arns.js";

export interface ResolvedGrant {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

export function groupGrants(
  permissions: readonly Permission[],
  resolve: ResourceResolver,
  include: (pattern: ResourcePattern) => boolean,
): ResolvedGrant[] {
  const actionsByResource = new Map<string, Set<string>>();
  for (const { actions, resources } of permissions) {
    for (const pattern of resources.filter(include)) {
      const resource = resolve(pattern);
      const set = actionsByResource.get(resource) ?? new Set<string>();
      for (const action of actions) set.add(action);
      actionsByResource.set(resource, set);
    }
  }
  const resourcesByActions = new Map<string, { actions: string[]; resources: string[] }>();
  for (const [resource, actions] of actionsByResource) {
    const sorted = [...actions].sort();
    const key = sorted.join(",");
    const grant = resourcesByActions.get(key) ?? { actions: sorted, resources: [] };
    grant.resources.push(resource);
    resourcesByActions.set(key, grant);
  }
  return [...resourcesByActions.values()];
}

export function toStatements(grants: readonly ResolvedGrant[]): iam.PolicyStatement[] {
  return grants.map(
    ({ actions, resources }) => new iam.PolicyStatement({ actions: [...actions], resources: [...resources] }),
  );
}

/** Patterns that name the machine being deployed: they must live outside the policy the machine depends on. */
export function namesThisStateMachine(pattern: ResourcePattern): boolean {
  return (
    pattern.kind === "this-state-machine" ||
    pattern.kind === "map-run-executions" ||
    (pattern.kind === "executions" && pattern.of === "this-state-machine")
  );
}
