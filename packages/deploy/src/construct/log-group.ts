import { Names, RemovalPolicy } from "aws-cdk-lib";
import * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

export interface LogGroupOptions {
  readonly stateMachineName?: string;
  readonly retention?: logs.RetentionDays;
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A log group under `/aws/vendedlogs/states/`: Step Functions' log delivery then needs no per-group entry in
 * the account's CloudWatch Logs resource policy, whose size limit otherwise caps the number of machines.
 * https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html
 */
export function createLogGroup(scope: Construct, options: LogGroupOptions): logs.LogGroup {
  const name =
    options.stateMachineName ?? Names.uniqueResourceName(scope, { maxLength: 200, separator: "-" });
  return new logs.LogGroup(scope, "Logs", {
    logGroupName: `/aws/vendedlogs/states/${name}`,
    retention: options.retention ?? logs.RetentionDays.ONE_MONTH,
    removalPolicy: options.removalPolicy ?? RemovalPolicy.RETAIN,
  });
}
