// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${Name}" here is an ASL definition-substitution placeholder, not a template literal.
import { describe, expect, it } from "vitest";
import { StatesmithDeployError } from "../../src/definition/deploy-error.js";
import { loadDefinition } from "../../src/definition/load-definition.js";
import { checkSubstitutions, findPlaceholders, splitTemplate } from "../../src/definition/placeholders.js";

describe("placeholders", () => {
  it("finds each ${Name} once, sorted", () => {
    expect(findPlaceholders('{"a":"${TableName}","b":"${FnArn}:x","c":"${TableName}"}')).toStrictEqual([
      "FnArn",
      "TableName",
    ]);
  });

  it("a missing substitution is named, with the fix", () => {
    expect(() =>
      checkSubstitutions(["CircuitTableName", "OperationFunctionArn"], { CircuitTableName: "t" }),
    ).toThrow(
      /uses \$\{OperationFunctionArn\} but substitutions has no value for it\. Fix: pass substitutions: \{ OperationFunctionArn: … \}/,
    );
  });

  it("an extra substitution is refused: it is usually a renamed placeholder", () => {
    expect(() => checkSubstitutions(["TableName"], { TableName: "t", TableNmae: "t" })).toThrow(
      /substitutions gives TableNmae but the definition has no \$\{TableNmae\} placeholder \(it uses: TableName\)/,
    );
  });

  it("object keys like constructor are not mistaken for given values", () => {
    expect(() => checkSubstitutions(["constructor"], {})).toThrow(StatesmithDeployError);
  });

  it("splits a template into literals, placeholders and pseudo parameters", () => {
    expect(splitTemplate("arn:${AWS::Partition}:x:::${Name}/k")).toStrictEqual([
      { literal: "arn:" },
      { placeholder: "AWS::Partition" },
      { literal: ":x:::" },
      { placeholder: "Name" },
      { literal: "/k" },
    ]);
  });
});

describe("loadDefinition", () => {
  const text = '{\n  "StartAt": "P",\n  "States": { "P": { "Type": "Pass", "End": true } }\n}\n';

  it("keeps JSON text byte for byte (the reviewed artifact is what deploys)", () => {
    expect(loadDefinition(text).json).toBe(text);
  });

  it("renders an object as 2-space JSON", () => {
    expect(loadDefinition(JSON.parse(text)).json).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it("refuses a definition AWS would refuse, with the validator's diagnostics", () => {
    const broken = { StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } };
    expect(() => loadDefinition(broken as never)).toThrow(
      /^the definition would not deploy:\n(.*\n)* {2}State "A" \(Next\): .*"Nowhere"/,
    );
  });

  it("accepts a ${…Arn} placeholder as a Resource (an ARN once CloudFormation substitutes it)", () => {
    const definition = {
      StartAt: "A",
      States: { A: { Type: "Task" as const, Resource: "${OperationFunctionArn}", End: true } },
    };
    expect(loadDefinition(definition).warnings).toStrictEqual([]);
  });

  it("a compile result deploys its own text, or is refused with its error diagnostics", () => {
    const definition = JSON.parse(text);
    const warning = {
      severity: "warning",
      kind: "fails-at-run-time",
      state: "P",
      field: null,
      message: "odd but accepted",
      hint: "",
    } as const;
    expect(loadDefinition({ definition, json: text, diagnostics: [warning], ok: true })).toStrictEqual({
      definition,
      json: text,
      warnings: [warning],
    });
    const error = {
      ...warning,
      severity: "error",
      kind: "refused-by-aws",
      message: "no such state",
    } as const;
    expect(() => loadDefinition({ definition, json: text, diagnostics: [error], ok: false })).toThrow(
      /the definition would not deploy:\n {2}State "P": no such state \[AWS would refuse this definition\]/,
    );
  });

  it("refuses text that is not JSON, or JSON that is not a machine", () => {
    expect(() => loadDefinition("{ nope")).toThrow(/the definition text is not JSON/);
    expect(() => loadDefinition('{"States":{}}')).toThrow(
      /not an ASL state machine \(it needs StartAt and States\)/,
    );
  });
});
