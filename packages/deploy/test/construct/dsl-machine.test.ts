import { compile, dynamodb, lambda, machine, placeholder } from "@statesmith/dsl";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { smallStack } from "../helpers/small-stack.js";

// A DSL machine goes through compile() inside the construct; what deploys is exactly compile()'s JSON.
const breakerLike = machine("breaker-like", {}, (flow) =>
  flow
    .next((s) =>
      s.task("ReadCircuit", () =>
        dynamodb.getItem({ TableName: placeholder("TableName"), Key: { pk: { S: "circuit" } } }),
      ),
    )
    .next((s) => s.task("CallOperation", () => lambda.invoke({ FunctionName: placeholder("FunctionArn") })))
    .next((s) => s.succeed("Done")),
);

const compiled = compile(breakerLike);

// compile() validates with asl-validator, which takes a while on a loaded machine: generous timeouts.
describe("a DSL machine as the definition", { timeout: 30_000 }, () => {
  const { stack, machine: construct } = smallStack(({ fn, table }) => ({
    definition: breakerLike,
    substitutions: { FunctionArn: fn.functionArn, TableName: table.tableName },
  }));

  it("deploys compile()'s JSON text", () => {
    Template.fromStack(stack).hasResourceProperties("AWS::StepFunctions::StateMachine", {
      DefinitionString: compiled.json,
    });
  });

  it("derives the IAM from the compiled definition", () => {
    expect(construct.permissions.map(({ state, actions }) => ({ state, actions }))).toStrictEqual([
      { state: "ReadCircuit", actions: ["dynamodb:GetItem"] },
      { state: "CallOperation", actions: ["lambda:InvokeFunction"] },
    ]);
  });

  it("still requires every placeholder the machine declares", () => {
    expect(() =>
      smallStack(({ fn }) => ({ definition: breakerLike, substitutions: { FunctionArn: fn.functionArn } })),
    ).toThrow(/uses \$\{TableName\} but substitutions has no value for it/);
  });
});
