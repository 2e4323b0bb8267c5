import type { ChildExecution } from "@statesmith/local";
import type { ServerContext } from "./context.js";

/**
 * A `states:startExecution` task starts a real execution in Step Functions: its ARN is in the parent's output,
 * and DescribeExecution, ListExecutions and GetExecutionHistory know it. Child executions of STANDARD machines
 * are recorded like the ones StartExecution starts (Express executions keep no history to describe).
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
 */
export function recordChildExecution(context: ServerContext, child: ChildExecution): void {
  const machine = context.machines.get(child.machine.stateMachineArn);
  if (machine?.type !== "STANDARD") return;
  const input = JSON.stringify(child.input);
  context.executions.add({
    arn: child.execution.executionArn,
    name: child.execution.name,
    machineArn: machine.arn,
    machine,
    input,
    canonicalInput: input,
    traceHeader: undefined,
    execution: child.execution,
  });
}
