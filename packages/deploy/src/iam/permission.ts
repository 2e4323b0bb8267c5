// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
/**
 * What a definition needs from IAM, as plain frozen data: derived from the ASL alone (no CDK here), so it
 * can be tested without synthesizing and printed for review. The construct turns it into policy statements.
 *
 * ARN templates use `${AWS::Partition}`, `${AWS::Region}`, `${AWS::AccountId}` and the definition's own
 * `${Placeholder}` names; the construct splices in deploy-time tokens for both.
 */
export type ResourcePattern =
  /**
   * An ARN, possibly with placeholders. A wildcard in it is either `widenedBecause` part of the name is only
   * known at run time (warned about), or `wildcardBecause` AWS names things under it (acknowledged).
   */
  | {
      readonly kind: "arn";
      readonly template: string;
      readonly widenedBecause?: string;
      readonly wildcardBecause?: string;
    }
  /** The state machine being deployed: a distributed Map's children, or a Task that starts its own machine. */
  | { readonly kind: "this-state-machine" }
  /** Executions of a state machine (`execution:Name:*`): the deployed one, or one named by an ARN. */
  | { readonly kind: "executions"; readonly of: "this-state-machine" | { readonly arnTemplate: string } }
  /** The child executions of this machine's distributed Map Runs (`execution:Name/*`). */
  | { readonly kind: "map-run-executions" }
  /** The queue an SQS queue URL names (`https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`). */
  | { readonly kind: "sqs-queue-url"; readonly urlTemplate: string }
  /** Not knowable before run time: granted on `*`, with a synth-time warning carrying `reason`. */
  | { readonly kind: "any"; readonly reason: string };

export interface Permission {
  /** The state that needs it (nested states are named as they are). */
  readonly state: string;
  readonly actions: readonly string[];
  readonly resources: readonly ResourcePattern[];
}

export const PARTITION = "${AWS::Partition}";
export const REGION = "${AWS::Region}";
export const ACCOUNT = "${AWS::AccountId}";

export function permission(state: string, actions: readonly string[], resources: readonly ResourcePattern[]) {
  return Object.freeze<Permission>({
    state,
    actions: Object.freeze([...actions]),
    resources: Object.freeze([...resources]),
  });
}

export function arn(
  template: string,
  why: { widenedBecause?: string; wildcardBecause?: string } = {},
): ResourcePattern {
  return Object.freeze({ kind: "arn", template, ...why });
}

export function anyResource(reason: string): ResourcePattern {
  return Object.freeze({ kind: "any", reason });
}

/** An ARN in this stack's partition, region and account: `arn:P:service:R:A:resource`. */
export function regionalArn(service: string, resource: string): string {
  return `arn:${PARTITION}:${service}:${REGION}:${ACCOUNT}:${resource}`;
}

/** The warnings a set of permissions carries: one per wildcard, naming the state and why. */
export function wildcardWarnings(permissions: readonly Permission[]): string[] {
  const warnings: string[] = [];
  for (const { state, actions, resources } of permissions) {
    for (const resource of resources) {
      if (resource.kind === "any") {
        warnings.push(`State "${state}": ${actions.join(", ")} granted on "*" because ${resource.reason}.`);
      } else if (resource.kind === "arn" && resource.widenedBecause) {
        warnings.push(
          `State "${state}": ${actions.join(", ")} granted on ${resource.template} because ${resource.widenedBecause}.`,
        );
      }
    }
  }
  return warnings;
}
