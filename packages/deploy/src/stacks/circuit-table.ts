import type { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { StatesmithDeployError } from "../definition/deploy-error.js";

/** The breaker's table design, as @statesmith/circuit-breaker exports it (`circuitTableDesign`). */
export interface CircuitTableDesign {
  readonly partitionKey: { readonly name: string; readonly type: "S" };
  readonly sortKey?: { readonly name: string; readonly type: "S" | "N" | "B" };
  readonly timeToLiveAttribute: string;
}

/** Checks what a module exports before synth relies on it: a typo'd design would create the wrong keys. */
export function asCircuitTableDesign(value: unknown, source: string): CircuitTableDesign {
  const design = value as Partial<CircuitTableDesign> | undefined;
  const validKey = (key: unknown, types: readonly string[]) =>
    typeof key === "object" &&
    key !== null &&
    typeof (key as { name?: unknown }).name === "string" &&
    types.includes((key as { type?: unknown }).type as string);
  if (
    !design ||
    !validKey(design.partitionKey, ["S"]) ||
    (design.sortKey !== undefined && !validKey(design.sortKey, ["S", "N", "B"])) ||
    typeof design.timeToLiveAttribute !== "string"
  ) {
    throw new StatesmithDeployError(
      `${source} does not export a circuitTableDesign { partitionKey: { name, type: "S" }, sortKey?, timeToLiveAttribute }.`,
    );
  }
  return design as CircuitTableDesign;
}

const ATTRIBUTE_TYPES = {
  S: dynamodb.AttributeType.STRING,
  N: dynamodb.AttributeType.NUMBER,
  B: dynamodb.AttributeType.BINARY,
} as const satisfies Record<"S" | "N" | "B", dynamodb.AttributeType>;

/**
 * On-demand (a breaker's traffic is bursty: a trip makes every caller read at once), point-in-time recovery,
 * TTL so expired leases and cached fallbacks clean themselves up, AWS-managed KMS encryption.
 */
export function createCircuitTable(
  scope: Construct,
  design: CircuitTableDesign,
  removalPolicy: RemovalPolicy,
) {
  return new dynamodb.Table(scope, "CircuitTable", {
    partitionKey: { name: design.partitionKey.name, type: ATTRIBUTE_TYPES[design.partitionKey.type] },
    sortKey: design.sortKey
      ? { name: design.sortKey.name, type: ATTRIBUTE_TYPES[design.sortKey.type] }
      : undefined,
    timeToLiveAttribute: design.timeToLiveAttribute,
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
    removalPolicy,
  });
}
