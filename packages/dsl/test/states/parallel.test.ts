import { describe, expect, test } from "vitest";
import { z } from "zod";
import { compile, jsonata, lambda, machine } from "../../src/index.js";
import { compileOk, problems, statesOf } from "../helpers/asl.js";

// Parallel state: https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
const Order = z.object({ order: z.object({ id: z.string(), email: z.string() }), region: z.string() });

describe("Parallel (JSONPath)", () => {
  test("GIVEN branches and every JSONPath field WHEN compiled THEN Branches hold one state machine each", () => {
    const m = machine("parallel", { input: Order, errors: ["NotifyFailed"] }, (flow) =>
      flow.next((s) =>
        s
          .parallel("Fulfil")
          .comment("ship and notify")
          .inputPath("$.order")
          .parameters(($, { context }) => ({
            id: $.order.id,
            email: $.order.email,
            started: context.Execution.StartTime,
          }))
          .branch((f) =>
            f
              .next((s) =>
                s.task("Ship", ($) => lambda.invoke({ FunctionName: "ship", Payload: { id: $.id } })),
              )
              .next((s) => s.pass("Shipped")),
          )
          .branch((f) =>
            f.next((s) =>
              s.task("Notify", ($) => lambda.invoke({ FunctionName: "notify", Payload: { to: $.email } })),
            ),
          )
          .resultSelector(($) => ({ shipment: $.at(0), notice: $.at(1) }))
          .resultPath("$.fulfilment")
          .outputPath("$.fulfilment")
          .assign(($) => ({ shipped: $.shipment }))
          .retry({ errorEquals: ["States.BranchFailed"], intervalSeconds: 5, maxAttempts: 1 })
          .catch(["NotifyFailed"], {
            resultPath: "$.error",
            next: s.fail("Failed", { error: "NotifyFailed" }),
          }),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      Fulfil: {
        Type: "Parallel",
        Comment: "ship and notify",
        InputPath: "$.order",
        // Written from the state input, rebased onto InputPath's selection.
        Parameters: { "id.$": "$.id", "email.$": "$.email", "started.$": "$$.Execution.StartTime" },
        Branches: [
          {
            StartAt: "Ship",
            States: {
              Ship: {
                Type: "Task",
                Resource: "arn:aws:states:::lambda:invoke",
                Parameters: { FunctionName: "ship", Payload: { "id.$": "$.id" } },
                Next: "Shipped",
              },
              Shipped: { Type: "Pass", End: true },
            },
          },
          {
            StartAt: "Notify",
            States: {
              Notify: {
                Type: "Task",
                Resource: "arn:aws:states:::lambda:invoke",
                Parameters: { FunctionName: "notify", Payload: { "to.$": "$.email" } },
                End: true,
              },
            },
          },
        ],
        ResultSelector: { "shipment.$": "$[0]", "notice.$": "$[1]" },
        ResultPath: "$.fulfilment",
        OutputPath: "$.fulfilment",
        Assign: { "shipped.$": "$.shipment" },
        Retry: [{ ErrorEquals: ["States.BranchFailed"], IntervalSeconds: 5, MaxAttempts: 1 }],
        Catch: [{ ErrorEquals: ["NotifyFailed"], ResultPath: "$.error", Next: "Failed" }],
        End: true,
      },
      Failed: { Type: "Fail", Error: "NotifyFailed" },
    });
  });

  test("GIVEN a Parallel followed by a state WHEN compiled THEN only the Parallel has Next; each branch ends", () => {
    const m = machine("then", { input: Order }, (flow) =>
      flow
        .next((s) =>
          s
            .parallel("Both")
            .branch((f) => f.next((s) => s.pass("A")))
            .branch((f) => f.next((s) => s.succeed("B"))),
        )
        .next((s) => s.succeed("Done")),
    );
    expect(statesOf(m)).toStrictEqual({
      Both: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
          { StartAt: "B", States: { B: { Type: "Succeed" } } },
        ],
        Next: "Done",
      },
      Done: { Type: "Succeed" },
    });
  });

  test("GIVEN one name in two branches WHEN compiled THEN compile reports the duplicate and AWS's rule", () => {
    const m = machine("duplicate", {}, (flow) =>
      flow.next((s) =>
        s
          .parallel("Both")
          .branch((f) => f.next((s) => s.pass("Work")))
          .branch((f) => f.next((s) => s.pass("Work"))),
      ),
    );
    expect(problems(m)[0]).toBe(
      'State "Work": names two different states (in branch 1 of Parallel "Both" and branch 2 of Parallel "Both"); state names are unique across the whole machine, branches included [AWS would refuse this definition] Fix: Rename one of them, or reuse the same state value.',
    );
    expect(compile(m).ok).toBe(false);
  });

  test("GIVEN a branch with no states WHEN written THEN it throws naming the branch", () => {
    expect(() =>
      machine("empty-branch", {}, (flow) => flow.next((s) => s.parallel("Both").branch((f) => f as never))),
    ).toThrow(
      'State "Both" (Branches[0]): the branch has no states. Fix: Append at least one state: f => f.next(s => s.succeed("Done")).',
    );
  });

  test("GIVEN a Parallel with no branch WHEN compiled THEN compile refuses it", () => {
    const m = machine("no-branches", {}, (flow) => flow.next((s) => s.parallel("Nothing")));
    expect(problems(m)).toStrictEqual([
      'State "Nothing" (Branches): A Parallel state needs at least one branch. [AWS would refuse this definition] Fix: Add a branch: { "StartAt": "…", "States": { … } }.',
    ]);
    expect(compile(m).ok).toBe(false);
  });

  test("GIVEN parameters after a branch WHEN written THEN it throws: the branches were typed by the input before", () => {
    expect(() =>
      machine("late-parameters", { input: Order }, (flow) =>
        flow.next((s) =>
          s
            .parallel("P")
            .branch((f) => f.next((s) => s.pass("A")))
            .parameters(($) => ({ id: $.order.id })),
        ),
      ),
    ).toThrow(
      'State "P" (Parameters): must be set before the first branch(), which was typed by the input before it. Fix: Move it above the branches.',
    );
  });
});

describe("Parallel (JSONata)", () => {
  test("GIVEN Arguments, Output, Assign and a Catch WHEN compiled THEN each is a {% %} expression", () => {
    const m = machine("parallel-jsonata", { input: Order, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .parallel("Fulfil")
          .arguments(({ input }) => ({ id: input.order.id, region: input.region }))
          .branch((f) => f.next((s) => s.pass("Ship").output(({ input }) => ({ shipped: input.id }))))
          .branch((f) =>
            f.next((s) =>
              s.pass("Price").output(({ input }) => jsonata<string>`"price in " & ${input.region}`),
            ),
          )
          // assign() before output(): both read the raw $states.result.
          .assign(({ result }) => ({ price: result.at(1) }))
          .output(({ result, input }) => ({
            order: input.order.id,
            shipped: result.at(0),
            price: result.at(1),
          }))
          .catch(["States.ALL"], {
            output: ({ errorOutput }) => ({ reason: errorOutput.Cause }),
            assign: ({ errorOutput }) => ({ lastError: errorOutput.Error }),
            next: (f) => f.next((s) => s.fail("Failed", { error: "FulfilFailed" })),
          }),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.States).toStrictEqual({
      Fulfil: {
        Type: "Parallel",
        Arguments: { id: "{% $states.input.order.id %}", region: "{% $states.input.region %}" },
        Branches: [
          {
            StartAt: "Ship",
            States: { Ship: { Type: "Pass", Output: { shipped: "{% $states.input.id %}" }, End: true } },
          },
          {
            StartAt: "Price",
            States: {
              Price: { Type: "Pass", Output: '{% "price in " & $states.input.region %}', End: true },
            },
          },
        ],
        Output: {
          order: "{% $states.input.order.id %}",
          shipped: "{% $states.result[0] %}",
          price: "{% $states.result[1] %}",
        },
        Assign: { price: "{% $states.result[1] %}" },
        Catch: [
          {
            ErrorEquals: ["States.ALL"],
            Output: { reason: "{% $states.errorOutput.Cause %}" },
            Assign: { lastError: "{% $states.errorOutput.Error %}" },
            Next: "Failed",
          },
        ],
        End: true,
      },
      Failed: { Type: "Fail", Error: "FulfilFailed" },
    });
  });
});
