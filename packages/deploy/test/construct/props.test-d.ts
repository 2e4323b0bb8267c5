import type { CompileResult, StateMachine } from "@statesmith/dsl";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import { describe, expectTypeOf, it } from "vitest";
import type { StatesmithStateMachineProps } from "../../src/construct/props.js";
import type { RemoteValidationResult } from "../../src/remote/index.js";
import type { CircuitBreakerStackProps } from "../../src/stacks/circuit-breaker-stack.js";

describe("StatesmithStateMachineProps", () => {
  it("takes a DSL machine, a compile result, ASL as an object or JSON text", () => {
    expectTypeOf<{
      definition: StateMachine<{ id: string }, { ok: boolean }>;
    }>().toExtend<StatesmithStateMachineProps>();
    expectTypeOf<{ definition: CompileResult }>().toExtend<StatesmithStateMachineProps>();
    // @ts-expect-error a number is no definition
    const numeric: StatesmithStateMachineProps = { definition: 42 };
    void numeric;
  });

  it("takes ASL as an object or JSON text, and substitutions as strings (tokens)", () => {
    expectTypeOf<{ definition: string }>().toExtend<StatesmithStateMachineProps>();
    expectTypeOf<{
      definition: { StartAt: string; States: Record<string, never> };
    }>().toExtend<StatesmithStateMachineProps>();
    // @ts-expect-error a definition is required
    const none: StatesmithStateMachineProps = {};
    // @ts-expect-error substitution values are strings (CDK tokens are strings)
    const numeric: StatesmithStateMachineProps = { definition: "{}", substitutions: { Port: 8080 } };
    void none;
    void numeric;
  });

  it("accepts the CDK enum or its string for the machine type, nothing else", () => {
    expectTypeOf<{
      definition: string;
      stateMachineType: "EXPRESS";
    }>().toExtend<StatesmithStateMachineProps>();
    const enumType: StatesmithStateMachineProps = {
      definition: "{}",
      stateMachineType: sfn.StateMachineType.EXPRESS,
    };
    // @ts-expect-error lower case is not a Step Functions type
    const lower: StatesmithStateMachineProps = { definition: "{}", stateMachineType: "express" };
    void enumType;
    void lower;
  });
});

describe("CircuitBreakerStackProps", () => {
  it("requires the table design and allows only Node 20 or 22", () => {
    const design = { partitionKey: { name: "pk", type: "S" as const }, timeToLiveAttribute: "expiresAt" };
    const ok: CircuitBreakerStackProps = { tableDesign: design, nodeVersion: 20 };
    // @ts-expect-error the handler is built and tested on Node 20/22 only
    const node18: CircuitBreakerStackProps = { tableDesign: design, nodeVersion: 18 };
    const numericKey: CircuitBreakerStackProps = {
      // @ts-expect-error a partition key must be a string attribute
      tableDesign: { ...design, partitionKey: { name: "pk", type: "N" } },
    };
    void ok;
    void node18;
    void numericKey;
  });
});

describe("remote results", () => {
  it("diagnostics are Statesmith's Diagnostic shape", () => {
    expectTypeOf<RemoteValidationResult["diagnostics"][number]["kind"]>().toEqualTypeOf<
      "refused-by-aws" | "fails-at-run-time"
    >();
  });
});
