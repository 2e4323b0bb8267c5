import { existsSync } from "node:fs";
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as sfn from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import type { StatesmithLogOptions } from "../construct/props.js";
import { StatesmithStateMachine } from "../construct/statesmith-state-machine.js";
import { StatesmithDeployError } from "../definition/deploy-error.js";
import type { DefinitionInput } from "../definition/load-definition.js";
import { circuitBreakerPaths, readCommittedFile } from "./circuit-breaker-files.js";
import { type CircuitTableDesign, createCircuitTable } from "./circuit-table.js";
import { type NodeVersion, OperationFunction } from "./operation-function.js";

export interface CircuitBreakerStackProps extends StackProps {
  /** The table's keys and TTL attribute: `circuitTableDesign` from @statesmith/circuit-breaker. */
  readonly tableDesign: CircuitTableDesign;
  /** Default: packages/circuit-breaker/asl/circuit-breaker.asl.json, read at synth time. */
  readonly definition?: DefinitionInput;
  /** Default: packages/circuit-breaker/src/operation/handler.ts (exports `handler`). */
  readonly handlerEntry?: string;
  /** For the table and the log groups. Default RETAIN: circuit state and logs survive `cdk destroy`. */
  readonly removalPolicy?: RemovalPolicy;
  /** Default 22. */
  readonly nodeVersion?: NodeVersion;
  /** The operation's environment, e.g. its failure-injection settings for a demo. */
  readonly operationEnvironment?: Readonly<Record<string, string>>;
  readonly stateMachineType?: sfn.StateMachineType | "STANDARD" | "EXPRESS";
  readonly logs?: Pick<StatesmithLogOptions, "level" | "includeExecutionData" | "retention">;
}

/** The circuit breaker on AWS: its DynamoDB table, the protected Lambda and the state machine. */
export class CircuitBreakerStack extends Stack {
  readonly table: dynamodb.Table;
  readonly operation: OperationFunction;
  readonly machine: StatesmithStateMachine;

  constructor(scope: Construct, id: string, props: CircuitBreakerStackProps) {
    super(scope, id, props);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const paths = circuitBreakerPaths();
    this.table = createCircuitTable(this, props.tableDesign, removalPolicy);
    this.operation = new OperationFunction(this, "Operation", {
      entry: existingEntry(props.handlerEntry ?? paths.handlerEntry),
      nodeVersion: props.nodeVersion ?? 22,
      environment: props.operationEnvironment,
      removalPolicy,
    });
    this.machine = new StatesmithStateMachine(this, "CircuitBreaker", {
      definition: props.definition ?? readCommittedFile(paths.definition, "The circuit breaker's ASL"),
      substitutions: {
        OperationFunctionArn: this.operation.function.functionArn,
        CircuitTableName: this.table.tableName,
      },
      stateMachineType: props.stateMachineType,
      logs: { ...props.logs, removalPolicy },
    });
    new CfnOutput(this, "StateMachineArn", { value: this.machine.stateMachineArn });
    new CfnOutput(this, "CircuitTableName", { value: this.table.tableName });
  }
}

function existingEntry(entry: string): string {
  if (!existsSync(entry)) {
    throw new StatesmithDeployError(
      `the operation's handler was not found at ${entry}. Fix: pass handlerEntry, or add packages/circuit-breaker/src/operation/handler.ts.`,
    );
  }
  return entry;
}
