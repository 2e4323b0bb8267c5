// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${Name} is a CloudFormation/CDK definition substitution, not a template.
import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import {
  type Expected,
  errorsOf,
  expectDiagnostic,
  jsonataMachine,
  LAMBDA,
  machine,
  single,
} from "./helpers.js";

// Per state type: https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html, state-parallel.html,
// state-wait.html, state-fail.html, state-task.html.
const refused = (state: string, field: string | null, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});
const processor = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };
const map = (extra: Record<string, unknown>) => single({ Type: "Map", End: true, ...extra });

const cases: [string, unknown, Expected][] = [
  [
    "a Map without ItemProcessor or Iterator",
    map({}),
    refused("A", null, "A Map state needs one of ItemProcessor, Iterator"),
  ],
  [
    "a Map with both ItemProcessor and Iterator",
    map({ ItemProcessor: processor, Iterator: processor }),
    refused("A", "ItemProcessor/Iterator", "exactly one of ItemProcessor, Iterator"),
  ],
  [
    "an ItemReader on an inline Map",
    map({ ItemProcessor: processor, ItemReader: { Resource: "arn:aws:states:::s3:getObject" } }),
    refused("A", "ItemReader", "ItemReader is only for a Distributed Map"),
  ],
  [
    "ToleratedFailurePercentage on an inline Map",
    map({
      ItemProcessor: { ...processor, ProcessorConfig: { Mode: "INLINE" } },
      ToleratedFailurePercentage: 5,
    }),
    refused("A", "ToleratedFailurePercentage", "only for a Distributed Map"),
  ],
  [
    "a Distributed Map without ExecutionType",
    map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: "DISTRIBUTED" } } }),
    refused("A", "ItemProcessor.ProcessorConfig.ExecutionType", "must set ExecutionType"),
  ],
  [
    "an unknown processor Mode",
    map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: "DISTRIBUTE" } } }),
    refused("A", "ItemProcessor.ProcessorConfig.Mode", 'not "DISTRIBUTE"'),
  ],
  [
    "a ReaderConfig InputType that does not exist",
    map({
      ItemProcessor: { ...processor, ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" } },
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "XML" } },
    }),
    refused("A", "ItemReader.ReaderConfig.InputType", 'not "XML"'),
  ],
  [
    "a Map processor without StartAt",
    map({ ItemProcessor: { States: processor.States } }),
    refused("A", "ItemProcessor.StartAt", "An ItemProcessor must have StartAt"),
  ],
  [
    "a Parallel with no branches",
    single({ Type: "Parallel", End: true, Branches: [] }),
    refused("A", "Branches", "A Parallel state needs at least one branch"),
  ],
  [
    "a Parallel branch that is not an object",
    single({ Type: "Parallel", End: true, Branches: ["B"] }),
    refused("A", "Branches[0]", "Each branch must be a state machine object"),
  ],
  [
    "a Wait with no duration",
    single({ Type: "Wait", End: true }),
    refused("A", null, "A Wait state needs one of Seconds, SecondsPath, Timestamp, TimestampPath"),
  ],
  [
    "a Wait with two durations",
    single({ Type: "Wait", Seconds: 5, Timestamp: "2024-01-01T00:00:00Z", End: true }),
    refused("A", "Seconds/Timestamp", "exactly one of"),
  ],
  [
    "a Fail with both Error and ErrorPath",
    single({ Type: "Fail", Error: "E", ErrorPath: "$.e" }),
    refused("A", "Error/ErrorPath", "at most one of Error, ErrorPath"),
  ],
  [
    "a Task Resource that is not an ARN",
    single({ Type: "Task", Resource: "lambda:invoke", End: true }),
    refused("A", "Resource", '"lambda:invoke" is not an ARN'),
  ],
  [
    "a Task without Resource",
    single({ Type: "Task", End: true }),
    refused("A", "Resource", "A JSONPath Task state must have Resource"),
  ],
  ["a state without Type", single({ End: true }), refused("A", "Type", "The state has no Type")],
  [
    "a misspelt Type",
    single({ Type: "Paralel", End: true }),
    refused("A", "Type", '"Paralel" is not a state type'),
  ],
  [
    "a state that is not an object",
    single("Pass" as unknown as Record<string, unknown>),
    refused("A", null, "A state must be a JSON object"),
  ],
  [
    "a JSONata Wait with a SecondsPath",
    jsonataMachine({ A: { Type: "Wait", SecondsPath: "$.s", End: true } }),
    refused("A", "SecondsPath", "SecondsPath is a JSONPath field"),
  ],
];

describe("state types", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("${Placeholder} definition substitutions are accepted wherever a string value may be substituted", () => {
    const definition = machine({
      A: {
        Type: "Task",
        Resource: "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}",
        Parameters: { TableName: "${TableName}" },
        Next: "B",
      },
      B: { Type: "Task", Resource: "${WorkerArn}", Next: "C" },
      C: { Type: "Wait", Timestamp: "${Deadline}", End: true },
    });
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
  });

  test("checkArn: false skips the ARN check, as asl-validator's option does", () => {
    const definition = single({ Type: "Task", Resource: "my-activity", End: true });
    expect(errorsOf(definition).map((diagnostic) => diagnostic.field)).toStrictEqual(["Resource"]);
    expect(errorsOf(definition, { checkArn: false })).toStrictEqual([]);
  });

  test("ARNs of every partition are accepted", () => {
    for (const partition of ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b"]) {
      const resource = `arn:${partition}:lambda:us-east-1:123456789012:function:f`;
      expect(errorsOf(single({ Type: "Task", Resource: resource, End: true }))).toStrictEqual([]);
    }
    expect(errorsOf(single({ Type: "Task", Resource: LAMBDA, End: true }))).toStrictEqual([]);
  });
});
