import type { JsonValue } from "@statesmith/dsl";
import type { MockConfigFile } from "@statesmith/local";
import type { ServerContext } from "../context.js";
import { engineToAwsError } from "../engine-errors.js";
import { AwsError } from "../protocol/aws-error.js";
import type { RequestFields } from "../protocol/request-fields.js";
import { buildHarness, type Harness } from "../test-state/harness.js";
import { testStateOutcome } from "../test-state/outcome.js";
import type { ActionFamily } from "./action.js";
import { parseDefinition } from "./machine-definition.js";

const HARNESS = "TestState";

function parseJson(text: string, what: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new AwsError(
      "InvalidExecutionInput",
      `Invalid ${what}: '${error instanceof Error ? error.message : String(error)}'`,
    );
  }
}

/** `mock: { result }` or `mock: { errorOutput: { error, cause } }` as a one-response Step Functions Local mock. */
function mockConfigFor(request: RequestFields, harness: Harness): MockConfigFile | undefined {
  const mock = request.nested("mock");
  if (!mock) return undefined;
  const result = mock.optionalString("result");
  const failure = mock.nested("errorOutput");
  if ((result === undefined) === (failure === undefined)) {
    throw new AwsError("ValidationException", "mock needs exactly one of result or errorOutput.");
  }
  const response =
    result !== undefined
      ? { Return: parseJson(result, "mock result") }
      : {
          Throw: {
            Error: failure?.optionalString("error") ?? "",
            Cause: failure?.optionalString("cause") ?? "",
          },
        };
  return {
    StateMachines: { [HARNESS]: { TestCases: { [HARNESS]: { [harness.testedName]: "TestStateMock" } } } },
    MockedResponses: { TestStateMock: { "0": response } },
  };
}

/**
 * TestState: runs one state on its own, in an engine of its own (same handlers and endpoints, waits skipped),
 * and says what it did: status, output, error, cause, nextState, and inspectionData at DEBUG / TRACE.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html
 */
export const testStateAction: ActionFamily<"TestState"> = {
  async TestState(request, context: ServerContext) {
    const definition = parseDefinition(request.string("definition", { min: 1, max: 1_048_576 }));
    const inputText = request.optionalString("input", { max: 262_144 }) ?? "{}";
    const input = parseJson(inputText, "State Input");
    const variablesText = request.optionalString("variables", { max: 262_144 });
    const variables = variablesText === undefined ? undefined : parseJson(variablesText, "variables");
    if (
      variables !== undefined &&
      (typeof variables !== "object" || variables === null || Array.isArray(variables))
    ) {
      throw new AwsError(
        "ValidationException",
        "variables must be a JSON object of variable names to values.",
      );
    }
    const level = request.optionalEnum("inspectionLevel", ["INFO", "DEBUG", "TRACE"] as const) ?? "INFO";
    const retryCount = request.nested("stateConfiguration")?.optionalInteger("retrierRetryCount") ?? 0;
    const harness = buildHarness(
      definition,
      request.optionalString("stateName", { min: 1, max: 80 }),
      variables,
    );
    const mockConfig = mockConfigFor(request, harness);
    const engine = context.isolatedEngine(mockConfig);
    try {
      const machine = engine.load(harness.definition, { name: HARNESS });
      const result = await engine.run(
        machine,
        input,
        mockConfig ? { testCase: HARNESS, stateMachineName: HARNESS } : {},
      );
      return testStateOutcome(harness, result, {
        inspect: level !== "INFO",
        input: inputText,
        variables: variablesText,
        retryCount,
      });
    } catch (error) {
      throw engineToAwsError(error) ?? error;
    } finally {
      await engine.close();
    }
  },
};
