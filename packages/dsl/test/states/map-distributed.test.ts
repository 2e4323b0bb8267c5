import { describe, expect, test } from "vitest";
import { z } from "zod";
import { compile, lambda, machine } from "../../src/index.js";
import { aslValidatorErrors, compileOk, problems, statesOf } from "../helpers/asl.js";

// Distributed Map: https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
// ItemReader, ItemBatcher, ResultWriter: https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html,
// .../input-output-itembatcher.html and .../input-output-resultwriter.html
const Job = z.object({
  bucket: z.string(),
  factor: z.number(),
  limits: z.object({
    items: z.number(),
    concurrency: z.number(),
    failures: z.number(),
    percent: z.number(),
    batch: z.number(),
    bytes: z.number(),
  }),
});
const Rating = z.object({ user: z.string(), rating: z.string() });

describe("Map (distributed, JSONPath)", () => {
  test("GIVEN every distributed field WHEN compiled THEN ItemReader, ItemBatcher, ResultWriter and ProcessorConfig are spelled as AWS does", () => {
    const m = machine("distributed", { input: Job }, (flow) =>
      flow.next((s) =>
        s
          .map("Ratings")
          .itemReader({
            resource: "arn:aws:states:::s3:getObject",
            parameters: ($) => ({ Bucket: $.bucket, Key: "ratings.csv" }),
            readerConfig: {
              inputType: "CSV",
              csvHeaderLocation: "GIVEN",
              csvHeaders: ["user", "rating"],
              csvDelimiter: "SEMICOLON",
              maxItems: 1000,
            },
            item: Rating,
          })
          .itemSelector(($, { item }) => ({ who: item.user, factor: $.factor }))
          .itemBatcher({
            maxItemsPerBatch: 10,
            maxInputBytesPerBatch: 262_144,
            batchInput: ($) => ({ factor: $.factor }),
          })
          .distributed({ executionType: "EXPRESS" })
          .maxConcurrency(1000)
          .toleratedFailureCount(10)
          .toleratedFailurePercentage(5)
          .label("ratings-map")
          .processor((f) =>
            f.next((s) =>
              s
                .task("Rate", ($) => lambda.invoke({ FunctionName: "rate", Payload: $.Items }))
                .outputPath("$.Payload"),
            ),
          )
          .resultWriter({
            resource: "arn:aws:states:::s3:putObject",
            parameters: () => ({ Bucket: "results-bucket", Prefix: "ratings" }),
            writerConfig: { outputType: "JSONL", transformation: "FLATTEN" },
          })
          .resultPath("$.written"),
      ),
    );
    expect(statesOf(m)).toStrictEqual({
      Ratings: {
        Type: "Map",
        ItemReader: {
          Resource: "arn:aws:states:::s3:getObject",
          ReaderConfig: {
            InputType: "CSV",
            CSVHeaderLocation: "GIVEN",
            CSVHeaders: ["user", "rating"],
            CSVDelimiter: "SEMICOLON",
            MaxItems: 1000,
          },
          Parameters: { "Bucket.$": "$.bucket", Key: "ratings.csv" },
        },
        ItemSelector: { "who.$": "$$.Map.Item.Value.user", "factor.$": "$.factor" },
        ItemBatcher: {
          MaxItemsPerBatch: 10,
          MaxInputBytesPerBatch: 262_144,
          BatchInput: { "factor.$": "$.factor" },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
          StartAt: "Rate",
          States: {
            Rate: {
              Type: "Task",
              Resource: "arn:aws:states:::lambda:invoke",
              Parameters: { FunctionName: "rate", "Payload.$": "$.Items" },
              OutputPath: "$.Payload",
              End: true,
            },
          },
        },
        MaxConcurrency: 1000,
        ToleratedFailureCount: 10,
        ToleratedFailurePercentage: 5,
        Label: "ratings-map",
        ResultWriter: {
          Resource: "arn:aws:states:::s3:putObject",
          Parameters: { Bucket: "results-bucket", Prefix: "ratings" },
          WriterConfig: { OutputType: "JSONL", Transformation: "FLATTEN" },
        },
        ResultPath: "$.written",
        End: true,
      },
    });
  });

  test("GIVEN limits read from the input WHEN compiled THEN each number field uses its …Path form", () => {
    const m = machine("distributed-paths", { input: Job }, (flow) =>
      flow.next((s) =>
        s
          .map("Ratings")
          .itemReader({
            resource: "arn:aws:states:::s3:listObjectsV2",
            parameters: ($) => ({ Bucket: $.bucket }),
            readerConfig: { maxItems: ($) => $.limits.items },
          })
          .itemBatcher({
            maxItemsPerBatch: ($) => $.limits.batch,
            maxInputBytesPerBatch: ($) => $.limits.bytes,
          })
          .maxConcurrency(($) => $.limits.concurrency)
          .toleratedFailureCount(($) => $.limits.failures)
          .toleratedFailurePercentage(($) => $.limits.percent)
          .processor((f) => f.next((s) => s.pass("Seen"))),
      ),
    );
    expect(statesOf(m).Ratings).toStrictEqual({
      Type: "Map",
      ItemReader: {
        Resource: "arn:aws:states:::s3:listObjectsV2",
        ReaderConfig: { MaxItemsPath: "$.limits.items" },
        Parameters: { "Bucket.$": "$.bucket" },
      },
      ItemBatcher: {
        MaxItemsPerBatchPath: "$.limits.batch",
        MaxInputBytesPerBatchPath: "$.limits.bytes",
      },
      // An ItemReader makes the Map distributed; ExecutionType defaults to STANDARD.
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Seen",
        States: { Seen: { Type: "Pass", End: true } },
      },
      MaxConcurrencyPath: "$.limits.concurrency",
      ToleratedFailureCountPath: "$.limits.failures",
      ToleratedFailurePercentagePath: "$.limits.percent",
      End: true,
    });
  });

  test("GIVEN distributed() over an input array WHEN the reader comes later or never THEN the ExecutionType chosen is kept", () => {
    const Items = z.object({ items: z.array(z.string()) });
    const config = (m: ReturnType<typeof machine>) =>
      (statesOf(m).Each as { ItemProcessor: { ProcessorConfig: object } }).ItemProcessor.ProcessorConfig;
    const noReader = machine("no-reader", { input: Items }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .items(($) => $.items)
          .distributed()
          .processor((f) => f.next((s) => s.pass("Seen"))),
      ),
    );
    const readerAfter = machine("reader-after", { input: Items }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .distributed({ executionType: "EXPRESS" })
          .itemReader({
            resource: "arn:aws:states:::s3:getObject",
            parameters: () => ({ Bucket: "b", Key: "k" }),
          })
          .processor((f) => f.next((s) => s.pass("Seen"))),
      ),
    );
    expect(config(noReader)).toStrictEqual({ Mode: "DISTRIBUTED", ExecutionType: "STANDARD" });
    expect(config(readerAfter)).toStrictEqual({ Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" });
  });

  test("GIVEN distributed-only fields on a Map never made distributed WHEN compiled THEN compile refuses each", () => {
    const m = machine("inline-with-distributed-fields", { input: Job }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .itemBatcher({ maxItemsPerBatch: 2 })
          .toleratedFailureCount(1)
          .label("each")
          .processor((f) => f.next((s) => s.pass("Seen"))),
      ),
    );
    const refused = (field: string) =>
      `State "Each" (${field}): ${field} is only for a Distributed Map, and this Map runs inline. [AWS would refuse this definition] Fix: Set ItemProcessor.ProcessorConfig to { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, or remove it.`;
    expect(problems(m)).toStrictEqual([
      refused("ItemBatcher"),
      refused("ToleratedFailureCount"),
      refused("Label"),
    ]);
  });
});

describe("Map (distributed, JSONata)", () => {
  test("GIVEN a JSONata distributed Map WHEN compiled THEN ItemReader and ResultWriter take Arguments and numbers may be expressions", () => {
    const m = machine("distributed-jsonata", { input: Job, queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Ratings")
          .itemReader({
            resource: "arn:aws:states:::s3:getObject",
            parameters: ({ input }) => ({ Bucket: input.bucket, Key: "ratings/all.json" }),
            readerConfig: { inputType: "JSON", maxItems: ({ input }) => input.limits.items },
          })
          .itemSelector(({ item, index }) => ({ rating: item, index }))
          .itemBatcher({
            maxItemsPerBatch: ({ input }) => input.limits.batch,
            batchInput: ({ input }) => ({ factor: input.factor }),
          })
          .distributed({ executionType: "STANDARD" })
          .maxConcurrency(({ input }) => input.limits.concurrency)
          .toleratedFailureCount(({ input }) => input.limits.failures)
          .toleratedFailurePercentage(({ input }) => input.limits.percent)
          .label("rate")
          .processor((f) =>
            f.next((s) =>
              s
                .task("Rate", ({ input }) => lambda.invoke({ FunctionName: "rate", Payload: input }))
                .output(({ result }) => result.Payload),
            ),
          )
          .resultWriter({
            resource: "arn:aws:states:::s3:putObject",
            parameters: ({ input }) => ({ Bucket: input.bucket, Prefix: "results" }),
            writerConfig: { outputType: "JSON", transformation: "COMPACT" },
          })
          // assign() before output(): both read the raw $states.result.
          .assign(({ result }) => ({ resultKey: result.ResultWriterDetails.Key }))
          .output(({ result }) => ({ run: result.MapRunArn })),
      ),
    );
    const result = compileOk(m);
    expect(result.definition.QueryLanguage).toBe("JSONata");
    expect(result.definition.States.Ratings).toStrictEqual({
      Type: "Map",
      ItemReader: {
        Resource: "arn:aws:states:::s3:getObject",
        ReaderConfig: { InputType: "JSON", MaxItems: "{% $states.input.limits.items %}" },
        Arguments: { Bucket: "{% $states.input.bucket %}", Key: "ratings/all.json" },
      },
      ItemSelector: {
        rating: "{% $states.context.Map.Item.Value %}",
        index: "{% $states.context.Map.Item.Index %}",
      },
      ItemBatcher: {
        MaxItemsPerBatch: "{% $states.input.limits.batch %}",
        BatchInput: { factor: "{% $states.input.factor %}" },
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Rate",
        States: {
          Rate: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Arguments: { FunctionName: "rate", Payload: "{% $states.input %}" },
            Output: "{% $states.result.Payload %}",
            End: true,
          },
        },
      },
      MaxConcurrency: "{% $states.input.limits.concurrency %}",
      ToleratedFailureCount: "{% $states.input.limits.failures %}",
      ToleratedFailurePercentage: "{% $states.input.limits.percent %}",
      Label: "rate",
      ResultWriter: {
        Resource: "arn:aws:states:::s3:putObject",
        Arguments: { Bucket: "{% $states.input.bucket %}", Prefix: "results" },
        WriterConfig: { OutputType: "JSON", Transformation: "COMPACT" },
      },
      Output: { run: "{% $states.result.MapRunArn %}" },
      Assign: { resultKey: "{% $states.result.ResultWriterDetails.Key %}" },
      End: true,
    });
  });

  test("GIVEN a ResultWriter with only a WriterConfig WHEN compiled THEN no Resource is emitted and compile accepts it", () => {
    // "WriterConfig - to preview the formatted output, without saving the results to Amazon S3":
    // https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
    const m = machine("writer-config-only", { queryLanguage: "JSONata" }, (flow) =>
      flow.next((s) =>
        s
          .map("Each")
          .items([1, 2])
          .distributed()
          .processor((f) => f.next((s) => s.pass("Seen")))
          .resultWriter({ writerConfig: { outputType: "JSON", transformation: "NONE" } }),
      ),
    );
    const result = compile(m);
    expect(result.diagnostics).toStrictEqual([]);
    expect((result.definition.States.Each as { ResultWriter: object }).ResultWriter).toStrictEqual({
      WriterConfig: { OutputType: "JSON", Transformation: "NONE" },
    });
    // asl-validator 4.0.0 still requires Resource here; validateDefinition drops that false refusal.
    expect(aslValidatorErrors(result.definition)).toBe(
      "SCHEMA_VALIDATION_FAILED: /States/Each/ResultWriter is invalid. must have required property 'Resource'",
    );
  });
});
