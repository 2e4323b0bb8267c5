import { describe, expect, test } from "vitest";
import { z } from "zod";
import { compile, jsonata, lambda, machine, type States } from "../../src/index.js";
import type { Empty } from "../../src/typing/empty.js";
import { compileOk, problems, statesOf } from "../helpers/asl.js";

// Map state: https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html
// Inline mode: https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html
const Parcel = z.object({ id: z.string(), weight: z.number() });
const Input = z.object({
  detail: z.object({ shipped: z.array(Parcel), partner: z.string() }),
  limit: z.number(),
});
type Input = z.infer<typeof Input>;

describe("Map (inline, JSONPath)", () => {
  test("GIVEN every inline field WHEN compiled THEN ItemsPath, ItemSelector and the processor are spelled as AWS does", () => {
    const m = machine("inline-map", { input: Input, errors: ["ParcelRejected"] }, (flow) =>
      flow.next((s) =>
        s
          .map("ValidateAll")
          .comment("one per parcel")
          .inputPath("$.detail")
          .items(($) => $.detail.shipped)
          .itemSelector(($, { item, index }) => ({
            parcel: item,
            position: index,
            courier: $.detail.partner,
          }))
          .maxConcurrency(5)
          .processor((f) =>
            f.next((s) =>
              s.task("Validate", ($) => lambda.invoke({ FunctionName: "validate", Payload: $.parcel })),
            ),
          )
          .resultSelector(($) => ({ validated: $ }))
          .resultPath("$.detail.result")
          .outputPath("$.detail")
          .assign(($) => ({ validated: $.validated }))
          .retry({ errorEquals: ["States.TaskFailed"], maxAttempts: 2 })
          .catch(["ParcelRejected"], {
            resultPath: "$.error",
            next: s.fail("Rejected", { error: "ParcelRejected" }),
          }),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      ValidateAll: {
        Type: "Map",
        Comment: "one per parcel",
        InputPath: "$.detail",
        // Paths are written from the state input; the compiler rebases them onto InputPath's selection.
        ItemsPath: "$.shipped",
        ItemSelector: {
          "parcel.$": "$$.Map.Item.Value",
          "position.$": "$$.Map.Item.Index",
          "courier.$": "$.partner",
        },
        ItemProcessor: {
          StartAt: "Validate",
          States: {
            Validate: {
              Type: "Task",
              Resource: "arn:aws:states:::lambda:invoke",
              Parameters: { FunctionName: "validate", "Payload.$": "$.parcel" },
              End: true,
            },
          },
        },
        MaxConcurrency: 5,
        ResultSelector: { "validated.$": "$" },
        ResultPath: "$.detail.result",
        OutputPath: "$.detail",
        Assign: { "validated.$": "$.validated" },
        Retry: [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 2 }],
        Catch: [{ ErrorEquals: ["ParcelRejected"], ResultPath: "$.error", Next: "Rejected" }],
        End: true,
      },
      Rejected: { Type: "Fail", Error: "ParcelRejected" },
    });
  });

  test("GIVEN a concurrency read from the input WHEN compiled THEN MaxConcurrencyPath is used", () => {
    const Numbers = z.object({ items: z.array(z.number()), limit: z.number() });
    const m = machine("concurrency-path", { input: Numbers }, (flow) =>
      flow
        .next((s) =>
          s
            .map("Each")
            .items(($) => $.items)
            .maxConcurrency(($) => $.limit)
            .processor((f) => f.next((s) => s.pass("Item"))),
        )
        .next((s) => s.succeed("Done")),
    );
    expect(statesOf(m).Each).toStrictEqual({
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } },
      MaxConcurrencyPath: "$.limit",
      Next: "Done",
    });
  });

  test("GIVEN a Map without a processor WHEN compiled THEN compile reports ItemProcessor", () => {
    const m = machine("no-processor", { input: Input }, (flow) =>
      flow.next((s) => s.map("Empty").items(($) => $.detail.shipped)),
    );
    expect(problems(m)).toContain(
      'State "Empty" (ItemProcessor): has no processor [AWS would refuse this definition] Fix: Add the steps for each item with processor(f => …).',
    );
    expect(compile(m).ok).toBe(false);
  });

  test("GIVEN out-of-range numbers, a bad label or item settings after processor() WHEN written THEN it throws naming the field", () => {
    const map = (configure: (map: States<Input, Empty, "JSONPath", never>["map"]) => unknown) => () =>
      machine("bad", { input: Input }, (flow) => flow.next((s) => configure(s.map) as never));
    expect(map((m) => m("M").maxConcurrency(-1))).toThrow(
      'State "M" (MaxConcurrency): must be an integer from 0 to 99999999, got -1. Fix: Use a whole number between 0 and 99999999.',
    );
    expect(map((m) => m("M").toleratedFailurePercentage(101))).toThrow(
      'State "M" (ToleratedFailurePercentage): must be an integer from 0 to 100, got 101',
    );
    expect(map((m) => m("M").toleratedFailureCount(1.5))).toThrow(
      'State "M" (ToleratedFailureCount): must be an integer from 0 to 99999999, got 1.5',
    );
    expect(map((m) => m("M").label("has space"))).toThrow(
      'State "M" (Label): "has space" is not a valid label: 1 to 40 characters, no whitespace or special characters',
    );
    expect(map((m) => m("M").label("a/b"))).toThrow('State "M" (Label): "a/b" is not a valid label');
    expect(map((m) => m("M").itemBatcher({}))).toThrow(
      'State "M" (ItemBatcher): needs maxItemsPerBatch or maxInputBytesPerBatch. Fix: Set at least one batch limit.',
    );
    expect(map((m) => m("M").itemBatcher({ maxInputBytesPerBatch: 262_145 }))).toThrow(
      'State "M" (ItemBatcher.MaxInputBytesPerBatch): must be an integer from 1 to 262144, got 262145',
    );
    expect(map((m) => m("M").resultWriter({}))).toThrow(
      'State "M" (ResultWriter): needs a resource or a writerConfig',
    );
    expect(map((m) => m("M").resultWriter({ writerConfig: { outputType: "CSV" as never } }))).toThrow(
      'State "M" (ResultWriter.WriterConfig.OutputType): must be one of "JSON", "JSONL", got "CSV"',
    );
    expect(map((m) => m("M").distributed({ executionType: "FAST" as never }))).toThrow(
      'State "M" (ItemProcessor.ProcessorConfig.ExecutionType): must be one of "STANDARD", "EXPRESS", got "FAST"',
    );
    expect(
      map((m) =>
        m("M")
          .processor((f) => f.next((s) => s.pass("P")))
          .items(($) => $.detail.shipped),
      ),
    ).toThrow(
      'State "M" (ItemsPath): must be set before processor(), whose steps were typed by the items before it. Fix: Move it above processor().',
    );
  });
});

describe("Map (inline, JSONata)", () => {
  test("GIVEN Items, ItemSelector, MaxConcurrency, Output and Assign WHEN compiled THEN each is a {% %} expression", () => {
    const m = machine("jsonata-map", { input: Input, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Ship")
          .items(({ input }) => input.detail.shipped)
          .itemSelector(({ item, index, input }) => ({
            parcel: item,
            position: index,
            courier: input.detail.partner,
          }))
          .maxConcurrency(({ input }) => input.limit)
          .processor((f) => f.next((s) => s.pass("Label").output(({ input }) => input.parcel.id)))
          // assign() before output(): both read the raw $states.result.
          .assign(({ result }) => ({ shippedCount: jsonata<number>`$count(${result})` }))
          .output(({ result, input }) => ({ ids: result, partner: input.detail.partner })),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.States).toStrictEqual({
      Ship: {
        Type: "Map",
        Items: "{% $states.input.detail.shipped %}",
        ItemSelector: {
          parcel: "{% $states.context.Map.Item.Value %}",
          position: "{% $states.context.Map.Item.Index %}",
          courier: "{% $states.input.detail.partner %}",
        },
        ItemProcessor: {
          StartAt: "Label",
          States: { Label: { Type: "Pass", Output: "{% $states.input.parcel.id %}", End: true } },
        },
        MaxConcurrency: "{% $states.input.limit %}",
        Output: { ids: "{% $states.result %}", partner: "{% $states.input.detail.partner %}" },
        Assign: { shippedCount: "{% $count($states.result) %}" },
        End: true,
      },
    });
  });

  test("GIVEN a literal array of items WHEN compiled THEN Items is the array itself", () => {
    const m = machine("literal-items", { queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .items([1, 2, 3])
          .maxConcurrency(2)
          .processor((f) =>
            f.next((s) => s.pass("Double").output(({ input }) => jsonata<number>`${input} * 2`)),
          ),
      ),
    );
    expect(statesOf(m).Each).toStrictEqual({
      Type: "Map",
      Items: [1, 2, 3],
      ItemProcessor: {
        StartAt: "Double",
        States: { Double: { Type: "Pass", Output: "{% $states.input * 2 %}", End: true } },
      },
      MaxConcurrency: 2,
      End: true,
    });
  });
});
