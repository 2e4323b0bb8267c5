import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import { type Expected, expectDiagnostic, jsonataMachine, machine, single } from "./helpers.js";

// Paths: https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html
// Intrinsics: https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
// JSONata and $states: https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html and
// https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
const pass = (extra: Record<string, unknown>) => single({ Type: "Pass", End: true, ...extra });
const task = (extra: Record<string, unknown>) => ({
  Type: "Task",
  Resource: "arn:aws:states:::lambda:invoke",
  End: true,
  ...extra,
});
const jsonataPass = (extra: Record<string, unknown>) =>
  jsonataMachine({ A: { Type: "Pass", End: true, ...extra } });
const refused = (field: string, message: string | RegExp, state = "A"): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});
const atRunTime = (field: string, message: string | RegExp, state = "A"): Expected => ({
  state,
  field,
  kind: "fails-at-run-time",
  message,
});

const cases: [string, unknown, Expected][] = [
  [
    "a malformed InputPath",
    pass({ InputPath: "$.a[" }),
    refused("InputPath", /"\$\.a\[" is not a valid JSONPath/),
  ],
  [
    "a path that does not start with $",
    pass({ OutputPath: "a.b" }),
    refused("OutputPath", 'a path starts with "$"'),
  ],
  [
    "a ResultPath with a wildcard",
    pass({ ResultPath: "$.items[*]" }),
    refused("ResultPath", "must be a Reference Path"),
  ],
  [
    "a ResultPath into the context object",
    pass({ ResultPath: "$$.Execution" }),
    refused("ResultPath", "not the context object"),
  ],
  [
    "a malformed path in a .$ field",
    pass({ Parameters: { "id.$": "$.a..." } }),
    refused("Parameters.id.$", "is not a valid JSONPath"),
  ],
  [
    "a malformed path deep in a payload template",
    pass({ Parameters: { outer: [{ "id.$": "$[" }] } }),
    refused("Parameters.outer[0].id.$", "is not a valid JSONPath"),
  ],
  [
    "a .$ field whose value is not a string",
    pass({ Parameters: { "n.$": 3 } }),
    refused("Parameters.n.$", 'A field ending in ".$" takes a path'),
  ],
  [
    "fields that collide once .$ is stripped",
    pass({ Parameters: { id: 1, "id.$": "$.id" } }),
    refused("Parameters.id.$", 'collides with another field named "id"'),
  ],
  [
    "an unknown intrinsic with a suggestion",
    pass({ Parameters: { "x.$": "States.Fromat('{}', $.a)" } }),
    refused("Parameters.x.$", "States.Fromat is not an intrinsic function"),
  ],
  [
    "an intrinsic that does not parse",
    pass({ Parameters: { "x.$": "States.Format('{}', $.a" } }),
    refused("Parameters.x.$", "is not a valid intrinsic function call"),
  ],
  [
    "an intrinsic with the wrong number of arguments",
    pass({ Parameters: { "x.$": "States.ArrayRange(1, 9)" } }),
    atRunTime("Parameters.x.$", "States.ArrayRange takes 3 arguments, but is given 2"),
  ],
  [
    "States.Format with fewer values than placeholders",
    pass({ Parameters: { "x.$": "States.Format('{} and {}', $.a)" } }),
    atRunTime("Parameters.x.$", "has 2 {} placeholders but 1 value follows it"),
  ],
  [
    // https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-uuid-generate
    "States.Hash with an algorithm it does not have",
    pass({ Parameters: { "x.$": "States.Hash($.a, 'SHA-3')" } }),
    atRunTime("Parameters.x.$", `States.Hash has no algorithm "SHA-3"`),
  ],
  [
    // "Step Functions only supports the shallow merging mode; therefore, you must specify the boolean value as false."
    "States.JsonMerge asked for a deep merge",
    pass({ Parameters: { "x.$": "States.JsonMerge($.a, $.b, true)" } }),
    atRunTime("Parameters.x.$", "third argument must be false"),
  ],
  [
    "a malformed path inside an intrinsic call",
    pass({ Parameters: { "x.$": "States.ArrayLength($.a[)" } }),
    refused("Parameters.x.$", "is not a valid"),
  ],
  [
    "an intrinsic a Fail CausePath cannot use",
    machine({ F: { Type: "Fail", CausePath: "States.ArrayLength($.a)" } }),
    refused("CausePath", "States.ArrayLength cannot be used here", "F"),
  ],
  [
    "JSONata that does not parse",
    jsonataPass({ Output: "{% $states.input.a + %}" }),
    refused("Output", "does not parse"),
  ],
  [
    "JSONata that does not parse, deep in Arguments",
    jsonataMachine({ A: task({ Arguments: { Payload: { list: ["{% $sum( %}"] } } }) }),
    refused("Arguments.Payload.list[0]", "does not parse"),
  ],
  [
    "JSONata that does not parse in a Choice Condition",
    jsonataMachine({
      C: { Type: "Choice", Choices: [{ Condition: "{% $states.input.a = %}", Next: "D" }], Default: "D" },
      D: { Type: "Succeed" },
    }),
    refused("Choices[0].Condition", "does not parse", "C"),
  ],
  [
    // "Improperly opening or closing the expression will result in a validation error."
    // https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
    "a JSONata expression with a trailing space after %}",
    jsonataPass({ Output: "{% $states.input.a %} " }),
    refused("Output", "opens or closes like a JSONata expression but not both"),
  ],
  [
    "a JSONata expression that never closes",
    jsonataPass({ Output: { total: "{% $states.input.a" } }),
    refused("Output.total", "opens or closes like a JSONata expression but not both"),
  ],
  [
    "a Condition that is not an expression",
    jsonataMachine({
      C: { Type: "Choice", Choices: [{ Condition: "$.a == 1", Next: "D" }], Default: "D" },
      D: { Type: "Succeed" },
    }),
    refused("Choices[0].Condition", 'Condition must be a JSONata expression "{% … %}"', "C"),
  ],
  [
    "$states.result in a Pass Output",
    jsonataPass({ Output: "{% $states.result %}" }),
    refused("Output", "$states.result is not defined in Output"),
  ],
  [
    "$states.result in a Task's Arguments",
    jsonataMachine({ A: task({ Arguments: { x: "{% $states.result.x %}" } }) }),
    refused("Arguments.x", "$states.result is not defined in x"),
  ],
  [
    "$states.result in a Catch Output",
    jsonataMachine({
      A: task({ Catch: [{ ErrorEquals: ["States.ALL"], Output: "{% $states.result %}", Next: "B" }] }),
      B: { Type: "Succeed" },
    }),
    refused("Catch[0].Output", "$states.result is not defined in a Catcher"),
  ],
  [
    "$states.errorOutput outside a Catch",
    jsonataMachine({ A: task({ Output: "{% $states.errorOutput %}" }) }),
    refused("Output", "$states.errorOutput is only defined in a Catcher's Output and Assign"),
  ],
  [
    "a JSONata expression that reads the context item at the top level",
    jsonataPass({ Output: "{% input.order %}" }),
    refused("Output", 'reads "input" from the context item'),
  ],
  [
    "a JSONPath field in a JSONata state",
    jsonataMachine({ A: task({ InputPath: "$.a" }) }),
    refused("InputPath", "InputPath is a JSONPath field, but this state uses JSONata"),
  ],
  [
    "ResultSelector in a JSONata state",
    jsonataMachine({ A: task({ ResultSelector: { a: 1 } }) }),
    refused("ResultSelector", "ResultSelector is a JSONPath field"),
  ],
  [
    "ItemsPath in a JSONata Map",
    jsonataMachine({
      M: {
        Type: "Map",
        ItemsPath: "$.items",
        End: true,
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
      },
    }),
    refused("ItemsPath", "ItemsPath is a JSONPath field", "M"),
  ],
  [
    "Arguments in a JSONPath state",
    single(task({ Arguments: { a: 1 } })),
    refused("Arguments", "Arguments is a JSONata field, but this state uses JSONPath"),
  ],
  ["Output in a JSONPath state", pass({ Output: { a: 1 } }), refused("Output", "Output is a JSONata field")],
  [
    "Items in a JSONPath Map",
    machine({
      M: {
        Type: "Map",
        Items: [1, 2],
        End: true,
        ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
      },
    }),
    refused("Items", "Items is a JSONata field", "M"),
  ],
  [
    "a JSONPath state in a JSONata machine",
    jsonataMachine({ A: { Type: "Pass", QueryLanguage: "JSONPath", End: true } }),
    refused("QueryLanguage", "allows no JSONPath states"),
  ],
];

describe("paths, intrinsics and JSONata", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });

  test("a path-looking string in a field without .$ is a warning (AWS: NO_DOLLAR)", () => {
    expectDiagnostic(pass({ Parameters: { id: "$.order.id" } }), {
      state: "A",
      field: "Parameters.id",
      kind: "fails-at-run-time",
      severity: "warning",
      message: 'the field name does not end in ".$"',
    });
  });

  test("$states.input and $states.context are allowed everywhere; $states.result in Task Output and Assign", () => {
    const definition = jsonataMachine({
      A: task({
        Arguments: { input: "{% $states.input %}", id: "{% $states.context.Execution.Id %}" },
        Output: "{% $states.result %}",
        Assign: { r: "{% $states.result.Payload %}" },
        Catch: [
          {
            ErrorEquals: ["States.ALL"],
            Output: "{% $states.errorOutput %}",
            Assign: { e: "{% $states.errorOutput.Error %}" },
            Next: "B",
          },
        ],
      }),
      B: { Type: "Succeed" },
    });
    expect(validateDefinition(definition).diagnostics).toStrictEqual([]);
  });

  test("multi-line JSONata and JSONata without inner spaces are accepted (asl-validator's pattern refuses both)", () => {
    const definition = jsonataPass({ Output: { a: "{%$states.input.a%}", b: "{%\n  $states.input.b\n%}" } });
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
  });
});
