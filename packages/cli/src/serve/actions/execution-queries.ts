import { AwsError } from "../protocol/aws-error.js";
import { epochSeconds, type WireObject } from "../protocol/wire.js";
import type { ExecutionRecord } from "../store/execution-store.js";
import { decodeToken, page, pageSize } from "../store/page-token.js";
import type { ActionFamily } from "./action.js";
import { requireExecution, requireStandardMachine } from "./lookups.js";

const STATUSES = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"] as const;

// Closed only once the result (output, stop date) is there, so that a response never mixes the two.
const status = (record: ExecutionRecord) => record.result?.status ?? "RUNNING";

function listItem(record: ExecutionRecord): WireObject {
  return {
    executionArn: record.arn,
    stateMachineArn: record.machineArn,
    name: record.name,
    status: status(record),
    startDate: epochSeconds(record.execution.startDate),
    stopDate: record.result && epochSeconds(record.result.stopDate),
  };
}

/**
 * DescribeExecution, ListExecutions, DescribeStateMachineForExecution (STANDARD executions).
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html
 */
export const executionQueries: ActionFamily<
  "DescribeExecution" | "ListExecutions" | "DescribeStateMachineForExecution"
> = {
  DescribeExecution(request, context) {
    const record = requireExecution(context, request.string("executionArn", { min: 1, max: 256 }));
    const result = record.result;
    return {
      ...listItem(record),
      input: record.input,
      inputDetails: { included: true },
      ...(result?.status === "SUCCEEDED" && {
        output: JSON.stringify(result.output ?? null),
        outputDetails: { included: true },
      }),
      error: result?.error,
      cause: result?.cause,
      traceHeader: record.traceHeader,
    };
  },

  /** Newest first; `statusFilter`; pages of `maxResults` (default 100, at most 1,000). */
  ListExecutions(request, context) {
    const machineArn = request.optionalString("stateMachineArn", { min: 1, max: 256 });
    if (request.optionalString("mapRunArn") !== undefined) {
      throw new AwsError(
        "ValidationException",
        "mapRunArn: this server runs Map states inline; it has no Map Runs.",
      );
    }
    if (machineArn === undefined) {
      throw new AwsError("ValidationException", "Either stateMachineArn or mapRunArn must be specified.");
    }
    const machine = requireStandardMachine(context, machineArn);
    const statusFilter = request.optionalEnum("statusFilter", STATUSES);
    // Nothing here is ever redriven: REDRIVEN lists nothing, NOT_REDRIVEN everything.
    const redriven =
      request.optionalEnum("redriveFilter", ["REDRIVEN", "NOT_REDRIVEN"] as const) === "REDRIVEN";
    const listing = `ListExecutions ${machine.arn} ${statusFilter ?? ""} ${redriven}`;
    const matching = redriven
      ? []
      : context.executions
          .ofMachine(machine.arn)
          .filter((record) => statusFilter === undefined || status(record) === statusFilter);
    const { items, nextToken } = page(matching, (record) => record.sequence, {
      after: decodeToken(request.optionalString("nextToken", { min: 1, max: 3096 }), listing),
      size: pageSize(request.optionalInteger("maxResults", { max: 1000 })),
      listing,
      descending: true,
    });
    return { executions: items.map(listItem), nextToken };
  },

  DescribeStateMachineForExecution(request, context) {
    const { machine } = requireExecution(context, request.string("executionArn", { min: 1, max: 256 }));
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      definition: machine.definition,
      roleArn: machine.roleArn,
      updateDate: epochSeconds(machine.updateDate),
      loggingConfiguration: machine.loggingConfiguration,
      tracingConfiguration: machine.tracingConfiguration,
    };
  },
};
