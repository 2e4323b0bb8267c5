/**
 * The one walk from a definition to the IAM it needs: every Task (top level, Parallel branches, Map
 * processors), every distributed Map, each through the integration table. Pure: ASL in, frozen data out.
 */
import type { AslDefinition, AslTaskState, QueryLanguage } from "@statesmith/dsl";
import { StatesmithDeployError } from "../definition/deploy-error.js";
import { isDistributedMap, walkStates } from "../definition/walk-states.js";
import { OPTIMIZED_INTEGRATIONS, supportedOptimizedIntegrations } from "./integration-table.js";
import { sdkCall } from "./integrations/aws-sdk.js";
import { distributedMap } from "./integrations/distributed-map.js";
import { invokeFunction } from "./integrations/lambda.js";
import type { TaskContext } from "./integrations/task-context.js";
import { anyResource, arn, type Permission, permission } from "./permission.js";
import { PayloadReader, staticString } from "./task-arguments.js";
import { type Integration, parseTaskResource } from "./task-resource.js";

export interface DeriveOptions {
  /** States whose permissions the caller grants itself (e.g. an integration outside the table). */
  readonly grantedByCaller?: readonly string[];
}

export function derivePermissions(definition: AslDefinition, options: DeriveOptions = {}): Permission[] {
  const skipped = new Set(options.grantedByCaller ?? []);
  const permissions: Permission[] = [];
  for (const { name, state, language } of walkStates(definition)) {
    if (skipped.has(name)) continue;
    if (state.Type === "Task") permissions.push(...taskPermissions(name, state, language));
    if (isDistributedMap(state)) permissions.push(...distributedMap(name, state, language));
  }
  return permissions;
}

function taskPermissions(stateName: string, state: AslTaskState, language: QueryLanguage): Permission[] {
  // With Credentials the task runs as another role; ours only needs to assume it.
  // https://docs.aws.amazon.com/step-functions/latest/dg/concepts-access-cross-acct-resources.html
  if (state.Credentials) return [assumeRole(stateName, state, language)];
  const integration = parseTaskResource(state.Resource);
  const task: TaskContext = {
    stateName,
    state,
    payload: PayloadReader.of(state, language),
    pattern: "pattern" in integration ? integration.pattern : "request-response",
  };
  // TypeScript cannot correlate a kind with its table entry; the mapped type below keeps each entry exact.
  return INTEGRATION_KINDS[integration.kind](task, integration as never);
}

type KindDeriver<K extends Integration["kind"]> = (
  task: TaskContext,
  integration: Extract<Integration, { kind: K }>,
) => Permission[];

const INTEGRATION_KINDS: { readonly [K in Integration["kind"]]: KindDeriver<K> } = {
  optimized: (task, { service, action }) => {
    const deriver = OPTIMIZED_INTEGRATIONS.get(`${service}:${action}`);
    if (!deriver) {
      throw new StatesmithDeployError(
        `State "${task.stateName}": Statesmith's IAM table has no entry for ${task.state.Resource}` +
          ` (it knows ${supportedOptimizedIntegrations().join(", ")} and every aws-sdk integration).` +
          ` Fix: grant its permissions on the construct's role yourself and list "${task.stateName}" in grantedByCaller.`,
      );
    }
    return deriver(task);
  },
  "aws-sdk": (task, { service, action }) => sdkCall(task, service, action),
  "lambda-function": (task, { functionArn }) => [invokeFunction(task.stateName, functionArn)],
  activity: () => [],
  unrecognized: (task, { why }) => {
    throw new StatesmithDeployError(
      `State "${task.stateName}": cannot derive IAM permissions because ${why}.`,
    );
  },
};

function assumeRole(stateName: string, state: AslTaskState, language: QueryLanguage): Permission {
  const role = staticString(
    new PayloadReader(state.Credentials, language).field("RoleArn"),
    "Credentials.RoleArn",
  );
  return permission(stateName, ["sts:AssumeRole"], ["why" in role ? anyResource(role.why) : arn(role.value)]);
}
