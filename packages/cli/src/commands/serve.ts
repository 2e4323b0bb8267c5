import { defineCommand } from "../cli/command.js";
import { UsageError } from "../cli/errors.js";

export const serve = defineCommand({
  summary:
    "Serve the Step Functions API (JSON 1.0, as the AWS SDK speaks it) and DynamoDB, over the local engine.",
  usage:
    "[--port 8083] [--dynamodb-port N] [--handlers module.ts] [--mock-config FILE] [--wait-scale X] [--region R] [--account-id N] [--verbose]",
  options: {
    port: {
      type: "string",
      value: "N",
      description: "Step Functions port (default 8083; 0: any free port).",
    },
    host: { type: "string", value: "HOST", description: "Interface to listen on (default 127.0.0.1)." },
    "dynamodb-port": {
      type: "string",
      value: "N",
      description:
        "The embedded DynamoDB's port (default: port + 1). DYNAMODB_ENDPOINT uses another DynamoDB.",
    },
    handlers: {
      type: "string",
      value: "MODULE",
      description: "A .ts/.js module exporting Lambda handlers; LAMBDA_ENDPOINT serves the other functions.",
    },
    "mock-config": {
      type: "string",
      value: "FILE",
      description:
        "A Step Functions Local MockConfigFile (else SFN_MOCK_CONFIG); start with stateMachineArn#TestCase.",
    },
    "wait-scale": {
      type: "string",
      value: "X",
      description:
        "Waits and retry intervals take X times their time (else WAIT_TIME_SCALE; default 1, 0 skips).",
    },
    region: {
      type: "string",
      value: "REGION",
      description: "Region of the ARNs (else AWS_DEFAULT_REGION; us-east-1).",
    },
    "account-id": {
      type: "string",
      value: "N",
      description: "Account of the ARNs (else AWS_ACCOUNT_ID; 123456789012).",
    },
    "max-executions": {
      type: "string",
      value: "N",
      description: "Closed executions kept in memory (default 10000; the oldest are forgotten first).",
    },
    verbose: { type: "boolean", description: "Print one line per request." },
  },
  notes: [
    "Everything is held in memory and gone when the server stops. Time is real: an execution that waits 10 s takes 10 s, unless --wait-scale says otherwise.",
    "Point the SDK at it with { endpoint, region, credentials: any, disableHostPrefix: true }: without disableHostPrefix the SDK sends StartSyncExecution and TestState to sync-<host>, which does not resolve.",
    "Example: statesmith serve --handlers src/handlers.ts --mock-config test/mocks.json --wait-scale 0.01",
  ],
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      throw new UsageError(
        `serve takes no files (got ${positionals.join(" ")}): create machines through the API`,
      );
    }
    const { runServe } = await import("../serve/run-serve.js");
    return runServe(values, io);
  },
});
