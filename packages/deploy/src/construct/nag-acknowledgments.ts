/**
 * Acknowledgments (cdk-nag 3 reads `Validations.of(x).acknowledge`) for the wildcards this construct adds on
 * purpose, each on the one policy that holds it. Wildcards that come from a dynamic definition are NOT
 * acknowledged: the user sees both the nag finding and the construct's warning.
 */
import { Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";
import { wildcardFindingId } from "./nag-finding.js";

/** Logs delivery and X-Ray actions accept no resource but "*" (CDK adds both statements to the role's default policy). */
export function acknowledgeServiceWideActions(
  defaultPolicy: IConstruct,
  logging: boolean,
  tracing: boolean,
): void {
  const needs = [
    logging
      ? "log delivery (logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies, DescribeLogGroups; https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html)"
      : "",
    tracing
      ? "X-Ray (xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules, GetSamplingTargets; https://docs.aws.amazon.com/step-functions/latest/dg/xray-iam.html)"
      : "",
  ].filter(Boolean);
  if (needs.length === 0) return;
  Validations.of(defaultPolicy).acknowledge({
    id: "AwsSolutions-IAM5[Resource::*]",
    reason: `These actions do not support resource-level permissions, so AWS documents Resource "*" for them: ${needs.join("; ")}.`,
  });
}

export interface ScopedWildcard {
  readonly resource: string;
  readonly state: string;
  readonly actions: readonly string[];
  /** Why the wildcard is bounded and needed, with the AWS page that says so. */
  readonly reason: string;
}

/**
 * Wildcards bounded to one named resource (a function's versions, a machine's executions, a result prefix).
 * cdk-nag names a finding after the resource, so several states needing the same one share an
 * acknowledgment: its reason lists them all, so none is hidden behind another.
 */
export function acknowledgeScopedWildcards(policy: IConstruct, wildcards: readonly ScopedWildcard[]): void {
  const byFinding = new Map<string, { states: Set<string>; actions: Set<string>; reasons: Set<string> }>();
  for (const { resource, state, actions, reason } of wildcards) {
    const id = wildcardFindingId(policy, resource);
    const entry = byFinding.get(id) ?? { states: new Set(), actions: new Set(), reasons: new Set() };
    entry.states.add(state);
    for (const action of actions) entry.actions.add(action);
    entry.reasons.add(reason);
    byFinding.set(id, entry);
  }
  for (const [id, { states, actions, reasons }] of byFinding) {
    const names = [...states].map((state) => `"${state}"`).join(", ");
    Validations.of(policy).acknowledge({
      id,
      reason: `Derived from the definition: ${[...actions].join(", ")} for ${states.size === 1 ? "state" : "states"} ${names}: ${[...reasons].join("; ")}.`,
    });
  }
}
