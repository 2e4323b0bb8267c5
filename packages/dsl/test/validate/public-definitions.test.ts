import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import { expectDiagnostic, jsonataMachine, machine, single } from "./helpers.js";

/*
 * Shapes found in public, deployed definitions (AWS's sample collections) that AWS accepts, cut down to the
 * part that matters. Paths: https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
 */
const pass = (fields: Record<string, unknown>) => single({ Type: "Pass", End: true, ...fields });

describe("definitions AWS accepts", () => {
  test.each([
    // The paths page: "you must use square bracket notation. For example, $.abc.['def ghi']".
    ["a bracket after a dot", pass({ InputPath: "$.abc.['def ghi']" })],
    [
      "an index after a dot",
      pass({ Parameters: { "first.$": "$.[0]", "body.$": "States.StringToJson($.[0].body)" } }),
    ],
    ["a filter after a dot", pass({ Parameters: { "ous.$": "$.[?(@.OU > 0)]" } })],
    [
      "a decimal without a leading 0 in a filter",
      pass({ Parameters: { "hits.$": "$.items[?(@.score > .85)]" } }),
    ],
    ["a path with a trailing space", pass({ Parameters: { "name.$": "$$.Execution.Name " } })],
    // InputPath and OutputPath are Paths, not Reference Paths: filters with any operator are allowed.
    ["InputPath with != in a filter", pass({ InputPath: "$.items[?(@.status != 'done')]" })],
    ["OutputPath with && in a filter", pass({ OutputPath: "$.items[?(@.a == 1 && @.b == 2)]" })],
    ["a payload field named like an Object method", pass({ Parameters: { constructor: "x", toString: 1 } })],
    [
      "a fractional ToleratedFailurePercentage (the Map Run APIs take a float)",
      single({
        Type: "Map",
        ToleratedFailurePercentage: 12.5,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "X",
          States: { X: { Type: "Pass", End: true } },
        },
        End: true,
      }),
    ],
  ])("%s", (_name, definition) => {
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
  });

  // AWS's quorum and either-or Parallel samples: a branch fails with a States. name and the Parallel catches it.
  test("a States.* name raised by a Fail state of the definition can be caught: no warning", () => {
    const definition = machine({
      P: {
        Type: "Parallel",
        Branches: [{ StartAt: "F", States: { F: { Type: "Fail", Error: "States.QuorumMet" } } }],
        Catch: [{ ErrorEquals: ["States.QuorumMet"], Next: "Done" }],
        Next: "Done",
      },
      Done: { Type: "Succeed" },
    });
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
  });
});

describe("what AWS documents as refused stays refused", () => {
  // state-choice.html: "The values of Variable and Path fields in a comparison must be valid Reference Paths."
  test.each([
    ["Variable", { Variable: "$.items[?(@.x == 1)]", BooleanEquals: true }],
    ["StringEqualsPath", { Variable: "$.a", StringEqualsPath: "$.names[*]" }],
  ])("a Choice %s that is not a Reference Path", (field, rule) => {
    expectDiagnostic(
      machine({ C: { Type: "Choice", Choices: [{ ...rule, Next: "D" }] }, D: { Type: "Succeed" } }),
      {
        state: "C",
        field: `Choices[0].${field}`,
        kind: "refused-by-aws",
        message: "must be a Reference Path",
      },
    );
  });

  // AWS account IDs are 12 digits; CreateStateMachine refuses other Resource ARNs ("not a valid resource ARN").
  test("a Lambda ARN whose account ID is not 12 digits", () => {
    expectDiagnostic(
      single({ Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789:function:list", End: true }),
      {
        state: "A",
        field: "Resource",
        kind: "refused-by-aws",
        message: 'the account ID "123456789" is not 12 digits',
      },
    );
  });

  // Jayway reads an unquoted word in a filter as a number and fails; the fix is to quote it.
  test("an unquoted word in a filter, with a hint to quote it", () => {
    const result = expectDiagnostic(pass({ InputPath: "$.items[?(@.status == done)]" }), {
      state: "A",
      field: "InputPath",
      kind: "refused-by-aws",
      message: "is not a valid JSONPath",
    });
    expect(result.diagnostics[0]!.hint).toContain("Quote text in a filter");
  });

  test("ItemsPath with a filter", () => {
    expectDiagnostic(
      single({
        Type: "Map",
        ItemsPath: "$.items[?(@.x)]",
        ItemProcessor: { StartAt: "X", States: { X: { Type: "Pass", End: true } } },
        End: true,
      }),
      { state: "A", field: "ItemsPath", kind: "refused-by-aws", message: "must be a Reference Path" },
    );
  });

  // "Step Functions implements JSONata based on the 2.0.6 specification"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html); `??` and `?:` are 2.1.
  test.each([
    ["??", "{% $states.input.x ?? 1 %}"],
    ["?:", "{% $states.input.y ?: 2 %}"],
    ["??", "{% [1, 2][$states.input.i ?? 0] %}"],
  ])("the JSONata 2.1 operator %s in %s", (operator, expression) => {
    expectDiagnostic(jsonataMachine({ A: { Type: "Pass", Output: { a: expression }, End: true } }), {
      state: "A",
      field: "Output.a",
      kind: "refused-by-aws",
      message: `uses "${operator}", which came in JSONata 2.1`,
    });
  });

  test("their 2.0 spellings are accepted", () => {
    const output = {
      a: "{% $exists($states.input.x) ? $states.input.x : 1 %}",
      b: "{% $states.input.y ? $states.input.y : 2 %}",
    };
    expect(
      validateDefinition(jsonataMachine({ A: { Type: "Pass", Output: output, End: true } })),
    ).toStrictEqual({
      valid: true,
      diagnostics: [],
    });
  });
});

// input-output-contextobject.html: $$.Map exists while a Map builds each item's input (ItemSelector), and
// $$.Task.Token in a .waitForTaskToken Task; anywhere else the path names nothing and the state fails.
describe("context object parts read where they do not exist", () => {
  const warning = (state: string, field: string, message: string) => ({
    state,
    field,
    kind: "fails-at-run-time" as const,
    severity: "warning" as const,
    message,
  });

  test("$$.Map outside ItemSelector and $$.Task outside a .waitForTaskToken Task are warned about", () => {
    expectDiagnostic(
      single({ Type: "Pass", Parameters: { "v.$": "$$.Map.Item.Value" }, End: true }),
      warning("A", "Parameters.v.$", "only in a Map state's ItemSelector"),
    );
    expectDiagnostic(
      single({
        Type: "Map",
        ItemProcessor: {
          StartAt: "I",
          States: { I: { Type: "Pass", Parameters: { "i.$": "$$.Map.Item.Index" }, End: true } },
        },
        End: true,
      }),
      warning("I", "Parameters.i.$", "only in a Map state's ItemSelector"),
    );
    expectDiagnostic(
      single({ Type: "Pass", Parameters: { "t.$": "$$.Task.Token" }, End: true }),
      warning("A", "Parameters.t.$", "only in a Task whose Resource ends in .waitForTaskToken"),
    );
  });

  test("where they exist, no finding", () => {
    const definition = machine({
      M: {
        Type: "Map",
        ItemSelector: { "index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value" },
        ItemProcessor: { StartAt: "I", States: { I: { Type: "Pass", End: true } } },
        Next: "Wait",
      },
      Wait: {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q",
          "MessageBody.$": "$$.Task.Token",
        },
        End: true,
      },
    });
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
  });
});
