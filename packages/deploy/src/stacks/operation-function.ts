import { Duration, type RemovalPolicy, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { bundledHandlerCode } from "./esbuild-bundling.js";

/** The Node lines the handler is built and tested on. */
export type NodeVersion = 20 | 22;

const RUNTIMES = { 20: lambda.Runtime.NODEJS_20_X, 22: lambda.Runtime.NODEJS_22_X } as const satisfies Record<
  NodeVersion,
  lambda.Runtime
>;

export interface OperationFunctionProps {
  /** The handler's source file; it exports `handler`. */
  readonly entry: string;
  readonly nodeVersion: NodeVersion;
  readonly environment?: Readonly<Record<string, string>>;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The protected operation, bundled by esbuild in this process (no Docker, no package manager; see
 * esbuild-bundling.ts). Its role only writes its own log group (instead of the AWSLambdaBasicExecutionRole
 * managed policy, which grants every log group) plus X-Ray.
 */
export class OperationFunction extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: OperationFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, "Logs", {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    const role = new iam.Role(this, "Role", { assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com") });
    logGroup.grantWrite(role);
    this.function = new lambda.Function(this, "Function", {
      code: bundledHandlerCode({ entry: props.entry, target: `node${props.nodeVersion}` }),
      handler: "index.handler",
      runtime: RUNTIMES[props.nodeVersion],
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(10),
      role,
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      // Stack traces point at the TypeScript source (the bundle ships its source map).
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
    });
    this.acknowledgeFindings(role);
  }

  private acknowledgeFindings(role: iam.Role): void {
    const defaultPolicy = role.node.tryFindChild("DefaultPolicy");
    if (defaultPolicy) {
      Validations.of(defaultPolicy).acknowledge({
        id: "AwsSolutions-IAM5[Resource::*]",
        reason:
          'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so AWS requires Resource "*" (https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).',
      });
    }
    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-L1",
      reason: `The runtime is pinned to ${this.function.runtime.name}, a Node line this repository builds and tests the handler with (Node 20/22); moving to a newer line is a deliberate, tested upgrade rather than drift.`,
    });
  }
}
