import type { RemovalPolicy } from "aws-cdk-lib";
import type * as logs from "aws-cdk-lib/aws-logs";
import type * as sfn from "aws-cdk-lib/aws-stepfunctions";
import type { DefinitionInput } from "../definition/load-definition.js";

export interface StatesmithLogOptions {
  /** Default ALL: every event, so a failed execution can be followed state by state (cdk-nag AwsSolutions-SF1). OFF disables logging. */
  readonly level?: sfn.LogLevel;
  /** Default false: inputs and outputs often carry customer data; opt in per machine. */
  readonly includeExecutionData?: boolean;
  /** Default one month. */
  readonly retention?: logs.RetentionDays;
  /** Default RETAIN, so logs outlive a deleted stack. */
  readonly removalPolicy?: RemovalPolicy;
  /** Use this log group instead of creating one. */
  readonly destination?: logs.ILogGroup;
}

export interface StatesmithStateMachineProps {
  /** A compiled machine's ASL: the definition object or its JSON text (e.g. a committed `.asl.json`). */
  readonly definition: DefinitionInput;
  /**
   * A value for every `${Name}` placeholder in the definition, and nothing else — usually tokens such as
   * `fn.functionArn` or `table.tableName`. A placeholder named `…Arn` in a FunctionName or TableName is read
   * as an ARN, any other as a name.
   */
  readonly substitutions?: Readonly<Record<string, string>>;
  readonly stateMachineName?: string;
  /** Default STANDARD. */
  readonly stateMachineType?: sfn.StateMachineType | "STANDARD" | "EXPRESS";
  readonly logs?: StatesmithLogOptions;
  /** Default true (cdk-nag AwsSolutions-SF2). */
  readonly tracingEnabled?: boolean;
  /** The state machine's own removal policy; default DESTROY, as in CDK. */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * States whose permissions you grant yourself on `role` (an integration outside Statesmith's IAM table, or a
   * narrower grant than the derived one). Their Tasks are not derived.
   */
  readonly grantedByCaller?: readonly string[];
}
