import { describe, expect, test } from "vitest";
import { type Expected, expectDiagnostic, jsonataMachine, LAMBDA, machine, single } from "./helpers.js";

// Unknown fields in every closed ASL object, per state type and query language, with "did you mean".
// Field lists: https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html and each
// state's page (state-task.html, state-map.html, …); Retry/Catch: concepts-error-handling.html.
const task = (extra: Record<string, unknown>) => ({ Type: "Task", Resource: LAMBDA, End: true, ...extra });
const distributed = (extra: Record<string, unknown>) => ({
  Type: "Map",
  ItemProcessor: {
    ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
    StartAt: "P",
    States: { P: { Type: "Pass", End: true } },
  },
  End: true,
  ...extra,
});
const refused = (state: string | null, field: string | null, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});

const cases: [string, unknown, Expected][] = [
  [
    "a misspelt Retry field (asl-validator accepts it)",
    single(task({ Retry: [{ ErrorEquals: ["X"], MaxAttemps: 3 }] })),
    refused("A", "Retry[0].MaxAttemps", "MaxAttemps is not a field of a Retry entry"),
  ],
  [
    "a misspelt Catch field",
    single(task({ Catch: [{ ErrorEquals: ["X"], Nxt: "A", Next: "A" }] })),
    refused("A", "Catch[0].Nxt", "Nxt is not a field of a Catch entry"),
  ],
  [
    "an unknown top-level field",
    single({ Type: "Pass", End: true }, { TimeoutSecond: 5 }),
    refused(null, "TimeoutSecond", "TimeoutSecond is not a field of the state machine"),
  ],
  [
    "an unknown state field with a suggestion",
    single({ Type: "Pass", End: true, ResultPth: "$.x" }),
    refused("A", "ResultPth", "ResultPth is not a field of a JSONPath Pass state"),
  ],
  [
    "a Task field on a Pass state",
    single({ Type: "Pass", End: true, Resource: LAMBDA }),
    refused("A", "Resource", /only Task states have it/),
  ],
  [
    "Next on a Succeed state",
    single({ Type: "Succeed", Next: "A" }),
    refused("A", "Next", "Next is not a field of a JSONPath Succeed state"),
  ],
  [
    "OutputPath on a Fail state",
    single({ Type: "Fail", OutputPath: "$" }),
    refused("A", "OutputPath", "OutputPath is not a field of a JSONPath Fail state"),
  ],
  [
    "End on a Choice state",
    machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", IsPresent: true, Next: "D" }], End: true },
      D: { Type: "Succeed" },
    }),
    refused("C", "End", "End is not a field of a JSONPath Choice state"),
  ],
  [
    "an unknown Choice rule operator",
    machine({
      C: { Type: "Choice", Choices: [{ Variable: "$.a", NumericEqual: 1, Next: "D" }] },
      D: { Type: "Succeed" },
    }),
    refused("C", "Choices[0].NumericEqual", "NumericEqual is not a field of a Choice rule"),
  ],
  [
    "an unknown ItemProcessor field",
    single(
      distributed({
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } }, Mode: "INLINE" },
      }),
    ),
    refused("A", "ItemProcessor.Mode", "Mode is not a field of an ItemProcessor"),
  ],
  [
    "an unknown ProcessorConfig field",
    single(
      distributed({
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD", Executions: 2 },
          StartAt: "P",
          States: { P: { Type: "Pass", End: true } },
        },
      }),
    ),
    refused(
      "A",
      "ItemProcessor.ProcessorConfig.Executions",
      "Executions is not a field of a ProcessorConfig",
    ),
  ],
  [
    "an unknown ItemReader field",
    single(distributed({ ItemReader: { Resource: "arn:aws:states:::s3:getObject", Parameter: {} } })),
    refused("A", "ItemReader.Parameter", /Parameter is not a field of an ItemReader/),
  ],
  [
    "an unknown ReaderConfig field",
    single(
      distributed({
        ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputTyp: "CSV" } },
      }),
    ),
    refused(
      "A",
      "ItemReader.ReaderConfig.InputTyp",
      "InputTyp is not a field of an ItemReader's ReaderConfig",
    ),
  ],
  [
    "an unknown ItemBatcher field",
    single(distributed({ ItemBatcher: { MaxItemsPerBach: 5 } })),
    refused("A", "ItemBatcher.MaxItemsPerBach", "MaxItemsPerBach is not a field of an ItemBatcher"),
  ],
  [
    "an unknown ResultWriter field",
    single(distributed({ ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Bucket: "b" } })),
    refused("A", "ResultWriter.Bucket", "Bucket is not a field of a ResultWriter"),
  ],
  [
    "an unknown Parallel branch field",
    single({
      Type: "Parallel",
      End: true,
      Branches: [{ StartAt: "B", States: { B: { Type: "Pass", End: true } }, Version: "1.0" }],
    }),
    refused("A", "Branches[0].Version", "Version is not a field of a Parallel branch"),
  ],
  [
    "an unknown field of a JSONata state",
    jsonataMachine({ A: { Type: "Pass", End: true, Outptu: {} } }),
    refused("A", "Outptu", "Outptu is not a field of a JSONata Pass state"),
  ],
];

describe("unknown fields", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("the suggestion comes from the object's own fields", () => {
    const result = expectDiagnostic(
      single(task({ Retry: [{ ErrorEquals: ["X"], MaxAttemps: 3 }] })),
      cases[0]![2],
    );
    const hint = result.diagnostics.find((diagnostic) => diagnostic.field === "Retry[0].MaxAttemps")?.hint;
    expect(hint).toBe('Did you mean "MaxAttempts"?');
  });
});
