import { defineCommand } from "../cli/command.js";
import { UsageError } from "../cli/errors.js";

export const validate = defineCommand({
  summary: "Check ASL files (generated or hand-written) with asl-validator and Statesmith's semantic checks.",
  usage: "<file.asl.json>... [--json] [--remote [--endpoint URL] [--region REGION]]",
  options: {
    json: {
      type: "boolean",
      description: 'Print one JSON object: { "files": [{ "file", "valid", "diagnostics" }], "valid" }.',
    },
    remote: {
      type: "boolean",
      description: "Also ask AWS (ValidateStateMachineDefinition); needs AWS credentials.",
    },
    endpoint: {
      type: "string",
      value: "URL",
      description: "Step Functions endpoint for --remote (default: AWS_ENDPOINT_URL_SFN, else AWS).",
    },
    region: {
      type: "string",
      value: "REGION",
      description: "AWS region for --remote (default: AWS_REGION / your profile).",
    },
  },
  notes: [
    'Each finding is one line: `file: State "Name": message (field; kind) Fix: hint`, then `file: valid` or `file: invalid (…)`.',
    "Exit codes: 0 every file valid, 1 any file invalid (an error of either kind), 2 usage error or unreadable file.",
    "Example: statesmith validate asl/order.asl.json",
  ],
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("name at least one ASL file to validate");
    if (!values.remote && (values.endpoint !== undefined || values.region !== undefined)) {
      throw new UsageError("--endpoint and --region only apply with --remote");
    }
    const endpoint = values.endpoint ?? io.env.AWS_ENDPOINT_URL_SFN;
    // Passed on explicitly: the remote client falls back to us-east-1 whenever an endpoint is given.
    const region = values.region ?? io.env.AWS_REGION;
    const { runValidate } = await import("../validate/run-validate.js");
    return runValidate(
      {
        files: positionals,
        json: values.json === true,
        ...(values.remote
          ? {
              remote: {
                ...(endpoint ? { endpoint } : {}),
                ...(region ? { region } : {}),
              },
            }
          : {}),
      },
      io,
    );
  },
});
