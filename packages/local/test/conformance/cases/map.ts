import { expect } from "vitest";
import { type ConformanceCase, DOCS, eventTypes } from "../harness.js";

const INLINE = `${DOCS}/state-map-inline.html`;
const SELECTOR = `${DOCS}/input-output-itemselector.html`;
const THRESHOLD = `${DOCS}/maprun-fail-threshold.html`;
const DISTRIBUTED = { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" };
const distributed = (processor: { StartAt: string; States: object }) => ({
  ...processor,
  ProcessorConfig: DISTRIBUTED,
});
const map = (
  fields: object,
  processor: object = { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } },
) => ({
  StartAt: "M",
  States: { M: { Type: "Map", ItemProcessor: processor, End: true, ...fields } },
});
const failOdd = {
  StartAt: "Check",
  States: {
    Check: {
      Type: "Choice",
      Choices: [{ Variable: "$.ok", BooleanEquals: false, Next: "Bad" }],
      Default: "Good",
    },
    Bad: { Type: "Fail", Error: "ItemFailed", Cause: "bad item" },
    Good: { Type: "Pass", Result: "ok", End: true },
  },
};
const shipment = {
  "ship-date": "2016-03-14T01:59:00Z",
  detail: {
    "delivery-partner": "UQS",
    shipped: [
      { prod: "R31", "dest-code": 9511, quantity: 1344 },
      { prod: "S39", "dest-code": 9511, quantity: 40 },
    ],
  },
};

export const MAP_CASES: readonly ConformanceCase[] = [
  {
    // Each iteration of a Distributed Map is a child workflow execution: $$ describes it, not the parent.
    name: "a Distributed Map iteration's context object is its child execution's: the item as input, the labelled machine",
    source: `${DOCS}/concepts-examine-map-run.html`,
    definition: map(
      { ItemsPath: "$.items", Label: "Orders" },
      distributed({
        StartAt: "Item",
        States: {
          Item: {
            Type: "Pass",
            Parameters: {
              "input.$": "$$.Execution.Input",
              "execution.$": "$$.Execution.Id",
              "machine.$": "$$.StateMachine",
            },
            End: true,
          },
        },
      }),
    ),
    input: { items: [{ sku: "a" }] },
    check: (result) => {
      const [first] = result.output as {
        input: unknown;
        execution: string;
        machine: { Id: string; Name: string };
      }[];
      expect(first!.input).toStrictEqual({ sku: "a" });
      expect(first!.machine.Name).toMatch(/\/Orders$/);
      expect(first!.machine.Id).toMatch(/^arn:aws:states:[^:]+:\d+:stateMachine:[^:]+\/Orders$/);
      expect(first!.execution).toMatch(/^arn:aws:states:[^:]+:\d+:execution:[^:]+\/Orders:[0-9a-f-]{36}$/);
    },
  },
  {
    name: "the output keeps the items' order even when later items finish first",
    source: INLINE,
    definition: map(
      { ItemsPath: "$.items" },
      {
        StartAt: "Wait",
        States: {
          Wait: { Type: "Wait", SecondsPath: "$.delay", Next: "Out" },
          Out: { Type: "Pass", InputPath: "$.name", End: true },
        },
      },
    ),
    input: {
      items: [
        { name: "a", delay: 30 },
        { name: "b", delay: 10 },
        { name: "c", delay: 20 },
      ],
    },
    expect: { output: ["a", "b", "c"] },
  },
  {
    name: "ItemSelector builds each iteration's input from $$.Map.Item and the Map's input",
    source: SELECTOR,
    definition: map({
      InputPath: "$.detail",
      ItemsPath: "$.shipped",
      ItemSelector: {
        "parcel.$": "$$.Map.Item.Value",
        "index.$": "$$.Map.Item.Index",
        "courier.$": "$.delivery-partner",
      },
    }),
    input: shipment,
    expect: {
      output: [
        { parcel: { prod: "R31", "dest-code": 9511, quantity: 1344 }, index: 0, courier: "UQS" },
        { parcel: { prod: "S39", "dest-code": 9511, quantity: 40 }, index: 1, courier: "UQS" },
      ],
    },
  },
  {
    name: "the legacy Iterator and Parameters fields still work",
    source: `${DOCS}/state-map.html`,
    definition: {
      StartAt: "M",
      States: {
        M: {
          Type: "Map",
          ItemsPath: "$.list",
          Parameters: { "value.$": "$$.Map.Item.Value" },
          Iterator: { StartAt: "I", States: { I: { Type: "Pass", End: true } } },
          End: true,
        },
      },
    },
    input: { list: [1, 2] },
    expect: { output: [{ value: 1 }, { value: 2 }] },
  },
  {
    name: "MaxConcurrency 1 runs the iterations one after another",
    source: INLINE,
    definition: map(
      { MaxConcurrency: 1 },
      { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
    ),
    input: [1, 2, 3],
    check: (result) => expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(30_000),
  },
  {
    name: "MaxConcurrency 0 runs all iterations at once",
    source: INLINE,
    definition: map(
      { MaxConcurrency: 0 },
      { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
    ),
    input: [1, 2, 3],
    check: (result) => expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(10_000),
  },
  {
    name: "an empty array gives an empty result",
    source: INLINE,
    definition: map({ ItemsPath: "$.none" }),
    input: { none: [] },
    expect: { output: [] },
    check: (result) =>
      expect(
        result.history.find((event) => event.type === "MapStateStarted")?.mapStateStartedEventDetails,
      ).toStrictEqual({ length: 0 }),
  },
  {
    name: "an ItemsPath that is not an array fails with States.Runtime",
    source: INLINE,
    definition: map({ ItemsPath: "$.notList" }),
    input: { notList: { a: 1 } },
    expect: { error: "States.Runtime", cause: /must select a JSON array/ },
  },
  {
    name: "a failing iteration fails the Map with its error",
    source: INLINE,
    definition: map({}, failOdd),
    input: [{ ok: true }, { ok: false }],
    expect: { error: "ItemFailed", cause: "bad item" },
  },
  {
    name: "ToleratedFailureCount lets that many iterations fail",
    source: THRESHOLD,
    definition: map({ ToleratedFailureCount: 1 }, distributed(failOdd)),
    input: [{ ok: true }, { ok: false }, { ok: true }],
    expect: { output: ["ok", { Error: "ItemFailed", Cause: "bad item" }, "ok"] },
  },
  {
    name: "more failures than ToleratedFailureCount fail with States.ExceedToleratedFailureThreshold",
    source: THRESHOLD,
    definition: map({ ToleratedFailureCount: 1 }, distributed(failOdd)),
    input: [{ ok: false }, { ok: false }, { ok: true }],
    expect: { error: "States.ExceedToleratedFailureThreshold" },
  },
  {
    name: "ToleratedFailurePercentage allows up to that share of failures",
    source: THRESHOLD,
    definition: map({ ToleratedFailurePercentage: 50 }, distributed(failOdd)),
    input: [{ ok: false }, { ok: false }, { ok: true }, { ok: true }],
    expect: { status: "SUCCEEDED" },
  },
  {
    name: "more than ToleratedFailurePercentage fails the Map",
    source: THRESHOLD,
    definition: map({ ToleratedFailurePercentage: 50 }, distributed(failOdd)),
    input: [{ ok: false }, { ok: false }, { ok: false }, { ok: true }],
    expect: { error: "States.ExceedToleratedFailureThreshold" },
  },
  {
    name: "ToleratedFailureCountPath reads the tolerated count from the input",
    source: THRESHOLD,
    definition: map({ ToleratedFailureCountPath: "$.tolerate", ItemsPath: "$.items" }, distributed(failOdd)),
    input: { tolerate: 1, items: [{ ok: false }, { ok: false }, { ok: true }] },
    expect: { error: "States.ExceedToleratedFailureThreshold" },
  },
  {
    name: "ToleratedFailurePercentagePath reads the tolerated share from the input",
    source: THRESHOLD,
    definition: map(
      { ToleratedFailurePercentagePath: "$.percent", ItemsPath: "$.items" },
      distributed(failOdd),
    ),
    input: { percent: 70, items: [{ ok: false }, { ok: false }, { ok: true }] },
    expect: {
      output: [{ Error: "ItemFailed", Cause: "bad item" }, { Error: "ItemFailed", Cause: "bad item" }, "ok"],
    },
  },
  {
    name: "MaxConcurrencyPath reads the concurrency limit from the input",
    source: INLINE,
    definition: map(
      { MaxConcurrencyPath: "$.limit", ItemsPath: "$.items" },
      { StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
    ),
    input: { limit: 2, items: [1, 2, 3, 4] },
    check: (result) => expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(20_000),
  },
  {
    name: "ItemBatcher groups items into batches with BatchInput",
    source: `${DOCS}/input-output-itembatcher.html`,
    definition: map(
      { ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { "factor.$": "$.factor" } }, ItemsPath: "$.items" },
      distributed({ StartAt: "Item", States: { Item: { Type: "Pass", End: true } } }),
    ),
    input: { factor: 10, items: [1, 2, 3] },
    expect: {
      output: [
        { BatchInput: { factor: 10 }, Items: [1, 2] },
        { BatchInput: { factor: 10 }, Items: [3] },
      ],
    },
  },
  {
    name: "the history records MapStateStarted and each iteration with its index",
    source: `${DOCS}/concepts-state-machine-executions.html`,
    definition: map({ MaxConcurrency: 1 }),
    input: ["x", "y"],
    check: (result) => {
      expect(eventTypes(result)).toStrictEqual([
        "ExecutionStarted",
        "MapStateEntered",
        "MapStateStarted",
        "MapIterationStarted",
        "PassStateEntered",
        "PassStateExited",
        "MapIterationSucceeded",
        "MapIterationStarted",
        "PassStateEntered",
        "PassStateExited",
        "MapIterationSucceeded",
        "MapStateSucceeded",
        "MapStateExited",
        "ExecutionSucceeded",
      ]);
      const started = result.history.filter((event) => event.type === "MapIterationStarted");
      expect(started.map((event) => event.mapIterationStartedEventDetails)).toStrictEqual([
        { name: "M", index: 0 },
        { name: "M", index: 1 },
      ]);
    },
  },
  {
    name: "ResultSelector and ResultPath apply to the Map's array",
    source: `${DOCS}/input-output-resultselector.html`,
    definition: map({
      ItemsPath: "$.items",
      ResultSelector: { "count.$": "States.ArrayLength($)" },
      ResultPath: "$.summary",
    }),
    input: { items: [1, 2, 3] },
    expect: { output: { items: [1, 2, 3], summary: { count: 3 } } },
  },
  {
    name: "iterations read the outer scope's variables",
    source: `${DOCS}/workflow-variables.html#variable-scope`,
    definition: {
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { prefix: "item-" }, Next: "M" },
        M: {
          Type: "Map",
          ItemProcessor: {
            StartAt: "Name",
            States: {
              Name: {
                Type: "Pass",
                Parameters: { "name.$": "States.Format('{}{}', $prefix, $)" },
                End: true,
              },
            },
          },
          End: true,
        },
      },
    },
    input: [1, 2],
    expect: { output: [{ name: "item-1" }, { name: "item-2" }] },
  },
  {
    name: "ItemReader (S3) is reported as unsupported with a clear error",
    source: `${DOCS}/input-output-itemreader.html`,
    definition: map({
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", Parameters: { Bucket: "b", Key: "k" } },
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "I",
        States: { I: { Type: "Pass", End: true } },
      },
    }),
    expect: {
      error: "States.Runtime",
      cause: /ItemReader \(Amazon S3\) is not supported by the local engine/,
    },
  },
];
