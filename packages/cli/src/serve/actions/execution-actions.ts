import type { Execution, ExecutionResult } from "@statesmith/local";
import { executionArn } from "../arn.js";
import type { ServerContext } from "../context.js";
import { engineToAwsError } from "../engine-errors.js";
import { AwsError } from "../protocol/aws-error.js";
import { epochSeconds, type WireObject } from "../protocol/wire.js";
import type { ActionFamily } from "./action.js";
import { requireExecution, typeNotSupported } from "./lookups.js";
import { readStartRequest, type StartRequest } from "./start-request.js";

function startOnEngine(context: ServerContext, start: StartRequest, arn: string): Execution {
  try {
    return context.engine.start(start.machine.loaded, start.input, {
      ...start.engineOptions,
      name: start.name,
      executionArn: arn,
    });
  } catch (error) {
    throw engineToAwsError(error) ?? error;
  }
}

/**
 * An Express execution's result, TIMED_OUT (States.Timeout) past the Express limit: "Express Workflows can run
 * for up to five minutes". https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
 */
async function expressResult(context: ServerContext, execution: Execution): Promise<ExecutionResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    execution.stop(
      "States.Timeout",
      `The Express execution ran longer than ${context.expressLimitSeconds} seconds.`,
    );
  }, context.expressLimitSeconds * 1000);
  timer.unref();
  const result = await execution.result;
  clearTimeout(timer);
  return timedOut ? { ...result, status: "TIMED_OUT" } : result;
}

/** Express executions are billed by the 100 ms, in 64 MB steps; the figures only have to look like AWS's. */
const billingDetails = (result: ExecutionResult): WireObject => ({
  billedMemoryUsedInMB: 64,
  billedDurationInMilliseconds: Math.max(
    100,
    Math.ceil((result.stopDate.getTime() - result.startDate.getTime()) / 100) * 100,
  ),
});

/**
 * StartExecution, StartSyncExecution, StopExecution.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 */
export const executionActions: ActionFamily<"StartExecution" | "StartSyncExecution" | "StopExecution"> = {
  /**
   * STANDARD names are unique per machine: the same name and input as a RUNNING execution is idempotent (its
   * ARN and start date again); a different input, or a closed execution, is ExecutionAlreadyExists. EXPRESS is
   * not idempotent: every call starts an execution.
   */
  StartExecution(request, context) {
    const start = readStartRequest(request, context);
    const { machine } = start;
    if (machine.type === "EXPRESS") {
      const execution = startOnEngine(
        context,
        start,
        executionArn(context.scope, "EXPRESS", machine.name, start.name),
      );
      void expressResult(context, execution).then((result) =>
        context.trace(`express execution ${result.executionArn}: ${result.status}`),
      );
      return { executionArn: execution.executionArn, startDate: epochSeconds(execution.startDate) };
    }
    const arn = executionArn(context.scope, "STANDARD", machine.name, start.name);
    const existing = context.executions.get(arn);
    if (existing) {
      const idempotent =
        existing.execution.status() === "RUNNING" && existing.canonicalInput === JSON.stringify(start.input);
      if (!idempotent) throw new AwsError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
      return { executionArn: arn, startDate: epochSeconds(existing.execution.startDate) };
    }
    const execution = startOnEngine(context, start, arn);
    context.executions.add({
      arn,
      name: start.name,
      machineArn: machine.arn,
      machine,
      input: start.inputText,
      canonicalInput: JSON.stringify(start.input),
      traceHeader: start.traceHeader,
      execution,
    });
    return { executionArn: arn, startDate: epochSeconds(execution.startDate) };
  },

  /**
   * EXPRESS only; answers once the execution has finished, with 200 even when it failed.
   * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html
   */
  async StartSyncExecution(request, context) {
    const start = readStartRequest(request, context);
    if (start.machine.type !== "EXPRESS") throw typeNotSupported("STANDARD");
    const execution = startOnEngine(
      context,
      start,
      executionArn(context.scope, "EXPRESS", start.machine.name, start.name),
    );
    const result = await expressResult(context, execution);
    return {
      executionArn: execution.executionArn,
      stateMachineArn: start.machine.arn,
      name: start.name,
      startDate: epochSeconds(result.startDate),
      stopDate: epochSeconds(result.stopDate),
      // Sync statuses are SUCCEEDED | FAILED | TIMED_OUT; ABORTED only happens when the server shuts down.
      status: result.status === "ABORTED" ? "FAILED" : result.status,
      input: start.inputText,
      inputDetails: { included: true },
      ...(result.status === "SUCCEEDED" && {
        output: JSON.stringify(result.output ?? null),
        outputDetails: { included: true },
      }),
      error: result.error,
      cause: result.cause,
      traceHeader: start.traceHeader,
      billingDetails: billingDetails(result),
    };
  },

  /**
   * Stops a RUNNING execution (ABORTED, with the error and cause given) and answers once it has stopped, so that
   * a DescribeExecution right after sees ABORTED. A closed execution is left as it is.
   * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html
   */
  async StopExecution(request, context) {
    const record = requireExecution(context, request.string("executionArn", { min: 1, max: 256 }));
    const error = request.optionalString("error", { max: 256 });
    const cause = request.optionalString("cause", { max: 32_768 });
    if (record.execution.status() === "RUNNING") record.execution.stop(error, cause);
    const result = await record.execution.result;
    return { stopDate: epochSeconds(result.stopDate) };
  },
};
