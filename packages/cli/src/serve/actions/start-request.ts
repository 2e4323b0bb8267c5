import { randomUUID } from "node:crypto";
import type { JsonValue } from "@statesmith/dsl";
import type { StartOptions } from "@statesmith/local";
import type { ServerContext } from "../context.js";
import { checkName } from "../names.js";
import { AwsError } from "../protocol/aws-error.js";
import type { RequestFields } from "../protocol/request-fields.js";
import type { MachineRecord } from "../store/machine-store.js";
import { requireMachine } from "./lookups.js";

/** StartExecution / StartSyncExecution's members, checked, with the machine they name. */
export interface StartRequest {
  readonly machine: MachineRecord;
  readonly name: string;
  readonly inputText: string;
  readonly input: JsonValue;
  readonly traceHeader: string | undefined;
  readonly engineOptions: Pick<StartOptions, "testCase" | "stateMachineName">;
}

// "Maximum length of 262144" (the 256 KiB payload quota; the engine also checks the UTF-8 size).
const INPUT_MAX = 262_144;

export function readStartRequest(request: RequestFields, context: ServerContext): StartRequest {
  const { machine, reference } = requireMachine(
    context,
    request.string("stateMachineArn", { min: 1, max: 256 }),
  );
  const name = request.optionalString("name", { max: 80 }) ?? randomUUID();
  checkName(name, "execution");
  // "If you don't include any JSON input data, you still must include the two braces": absent means {}.
  const inputText = request.optionalString("input", { max: INPUT_MAX }) ?? "{}";
  let input: JsonValue;
  try {
    input = JSON.parse(inputText) as JsonValue;
  } catch (error) {
    throw new AwsError(
      "InvalidExecutionInput",
      `Invalid State Machine Execution Input: '${error instanceof Error ? error.message : String(error)}'`,
    );
  }
  const testCase = reference.testCase;
  if (testCase !== undefined) checkTestCase(context, machine.name, testCase);
  return {
    machine,
    name,
    inputText,
    input,
    traceHeader: request.optionalString("traceHeader", { max: 256 }),
    engineOptions: testCase === undefined ? {} : { testCase, stateMachineName: machine.name },
  };
}

/**
 * `arn:…:stateMachine:Name#TestCase` runs the mock config's `StateMachines.Name.TestCases.TestCase`, as Step
 * Functions Local does; checked here so that a typo is named with the cases that do exist.
 * https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-test-sm-exec.html
 */
function checkTestCase(context: ServerContext, machineName: string, testCase: string): void {
  const config = context.mockConfig;
  if (!config) {
    throw new AwsError(
      "ValidationException",
      `The state machine ARN asks for test case '${testCase}', but the server has no mock config (start it with --mock-config FILE or SFN_MOCK_CONFIG).`,
    );
  }
  const machine = config.StateMachines[machineName];
  if (!machine) {
    throw new AwsError(
      "ValidationException",
      `The mock config has no state machine '${machineName}' (it has: ${Object.keys(config.StateMachines).join(", ") || "none"}).`,
    );
  }
  if (!Object.hasOwn(machine.TestCases, testCase)) {
    throw new AwsError(
      "ValidationException",
      `The mock config's state machine '${machineName}' has no test case '${testCase}' (it has: ${Object.keys(machine.TestCases).join(", ") || "none"}).`,
    );
  }
}
