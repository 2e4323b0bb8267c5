import { App, Stack } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import type { StatesmithStateMachineProps } from "../../src/construct/props.js";
import { StatesmithStateMachine } from "../../src/construct/statesmith-state-machine.js";

/** A stack with one inline function and one table (no bundling: fast) and the construct under test. */
export function smallStack(
  props: (resources: { fn: lambda.IFunction; table: dynamodb.ITable }) => StatesmithStateMachineProps,
) {
  const stack = new Stack(new App(), "Test");
  const fn = new lambda.Function(stack, "Fn", {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: "index.handler",
    code: lambda.Code.fromInline("exports.handler = async () => ({})"),
  });
  const table = new dynamodb.Table(stack, "Table", {
    partitionKey: { name: "pk", type: dynamodb.AttributeType.STRING },
  });
  const machine = new StatesmithStateMachine(stack, "Machine", props({ fn, table }));
  return { stack, fn, table, machine };
}
