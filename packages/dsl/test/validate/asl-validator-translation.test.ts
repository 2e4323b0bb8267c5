// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${Name} is a CloudFormation/CDK definition substitution, not a template.
import aslValidator from "asl-validator";
import { describe, expect, test } from "vitest";
import { validateDefinition } from "../../src/validate/index.js";
import { jsonataMachine, LAMBDA, single } from "./helpers.js";

// asl-validator 4.0 runs inside validateDefinition; its errors are explained by ours or translated, never shown raw.
const run = (definition: unknown) =>
  aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });

describe("asl-validator inside validateDefinition", () => {
  test("the gaps it leaves (asl-validator alone accepts each of these; we do not)", () => {
    const gaps = [
      single({ Type: "Task", Resource: LAMBDA, End: true, Retry: [{ ErrorEquals: ["X"], MaxAttemps: 3 }] }),
      single({
        Type: "Task",
        Resource: LAMBDA,
        End: true,
        Retry: [{ ErrorEquals: ["X"], JitterStrategy: "HALF" }],
      }),
      single({
        Type: "Task",
        Resource: LAMBDA,
        End: true,
        Retry: [{ ErrorEquals: ["X"], MaxDelaySeconds: -1 }],
      }),
      single({
        Type: "Task",
        Resource: LAMBDA,
        End: true,
        Retry: [{ ErrorEquals: ["States.ALL"] }, { ErrorEquals: ["X"] }],
      }),
      {
        StartAt: "A",
        States: { A: { Type: "Succeed" }, B: { Type: "Pass", Next: "C" }, C: { Type: "Pass", Next: "B" } },
      },
      jsonataMachine({ A: { Type: "Pass", Output: "{% $states.result %}", End: true } }),
    ];
    for (const definition of gaps) {
      expect(run(definition).isValid).toBe(true);
      expect(validateDefinition(definition).valid).toBe(false);
    }
  });

  test("an unknown field: ajv's oneOf becomes the field and a suggestion", () => {
    const definition = single({ Type: "Pass", End: true, Commment: "x" });
    expect(run(definition).errors.map((error) => error.Message)).toStrictEqual([
      "/States/A is invalid. must match exactly one schema in oneOf",
    ]);
    expect(validateDefinition(definition).diagnostics).toStrictEqual([
      {
        severity: "error",
        kind: "refused-by-aws",
        state: "A",
        field: "Commment",
        message: "Commment is not a field of a JSONPath Pass state.",
        hint: 'Did you mean "Comment"?',
      },
    ]);
  });

  test("a missing required field: the Type/QueryLanguage enum noise is folded into our one diagnostic", () => {
    const definition = single({ Type: "Task", End: true });
    expect(run(definition).errors.map((error) => error.Message)).toContain(
      "/States/A/Type is invalid. must be equal to one of the allowed values",
    );
    expect(
      validateDefinition(definition).diagnostics.map((diagnostic) => [diagnostic.field, diagnostic.message]),
    ).toStrictEqual([["Resource", "A JSONPath Task state must have Resource."]]);
  });

  test("what only asl-validator finds is reported with its state and field, as refused-by-aws", () => {
    // asl-path-validator refuses Jayway functions in a Path; our parser (shared with the engine) reads them.
    const definition = single({ Type: "Pass", End: true, OutputPath: "$.items.length()" });
    expect(validateDefinition(definition).diagnostics).toStrictEqual([
      {
        severity: "error",
        kind: "refused-by-aws",
        state: "A",
        field: "OutputPath",
        message: 'OutputPath is not a valid JSONPath (asl-validator: must match format "asl_path").',
        hint: "Compare it with the Amazon States Language reference for this state type.",
      },
    ]);
  });

  test("its false refusals are dropped: JSONata templates, other partitions, placeholders", () => {
    const definitions = [
      jsonataMachine({ A: { Type: "Pass", End: true, Output: "{%\n  $states.input\n%}" } }),
      jsonataMachine({ A: { Type: "Pass", End: true, Output: { nested: [[1, 2]], empty: "" } } }),
      single({
        Type: "Task",
        Resource: "arn:aws-iso:lambda:us-iso-east-1:123456789012:function:f",
        End: true,
      }),
      single({ Type: "Wait", Timestamp: "${Deadline}", End: true }),
    ];
    for (const definition of definitions) {
      expect(run(definition).isValid).toBe(false);
      expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
    }
  });
});
