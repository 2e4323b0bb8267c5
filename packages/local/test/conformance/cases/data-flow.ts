import { type ConformanceCase, DOCS, SPEC } from "../harness.js";

const HELLO = "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction";
const hello = { HelloFunction: (event: { who?: string }) => `Hello, ${event.who}!` };
const resultPathInput = {
  comment: "This is a test of the input and output of a Task state.",
  details: "Default example",
  who: "AWS Step Functions",
};
const task = (fields: object) => ({
  StartAt: "T",
  States: { T: { Type: "Task", Resource: HELLO, End: true, ...fields } },
});
const pass = (fields: object) => ({ StartAt: "P", States: { P: { Type: "Pass", End: true, ...fields } } });

/** `{ "__proto__": value }` as JSON has it: an own field (a literal `__proto__:` would set the prototype). */
const protoField = (value: unknown, rest: object) => ({
  ...JSON.parse(`{"__proto__":${JSON.stringify(value)}}`),
  ...rest,
});

export const DATA_FLOW_CASES: readonly ConformanceCase[] = [
  {
    // JSON has no special keys: a payload field named "__proto__" is data like any other (it was lost).
    name: "a Parameters field named __proto__ is kept, static or from a path",
    source: `${SPEC}#payload-template`,
    definition: pass({ Parameters: { ...protoField({ "x.$": "$.a" }, {}), b: 2 } }),
    input: { a: 1 },
    expect: { output: protoField({ x: 1 }, { b: 2 }) },
  },
  {
    name: "InputPath, ResultPath and OutputPath combine as in the AWS example",
    source: `${DOCS}/input-output-example.html`,
    engine: { handlers: { HelloFunction: (event: { who: string }) => `Hello, ${event.who}!` } },
    definition: task({ InputPath: "$.lambda", ResultPath: "$.data.lambdaresult", OutputPath: "$.data" }),
    input: {
      comment: "An input comment.",
      data: { val1: 23, val2: 17 },
      extra: "foo",
      lambda: { who: "AWS Step Functions" },
    },
    expect: { output: { val1: 23, val2: 17, lambdaresult: "Hello, AWS Step Functions!" } },
  },
  {
    name: "ResultPath $ (the default) replaces the input with the result",
    source: `${DOCS}/input-output-resultpath.html`,
    engine: { handlers: hello },
    definition: task({ ResultPath: "$" }),
    input: resultPathInput,
    expect: { output: "Hello, AWS Step Functions!" },
  },
  {
    name: "ResultPath null discards the result and passes the input through",
    source: `${DOCS}/input-output-resultpath.html`,
    engine: { handlers: hello },
    definition: task({ ResultPath: null }),
    input: resultPathInput,
    expect: { output: resultPathInput },
  },
  {
    name: "ResultPath $.taskresult adds the result to the input",
    source: `${DOCS}/input-output-resultpath.html`,
    engine: { handlers: hello },
    definition: task({ ResultPath: "$.taskresult" }),
    input: resultPathInput,
    expect: { output: { ...resultPathInput, taskresult: "Hello, AWS Step Functions!" } },
  },
  {
    name: "ResultPath into an existing object keeps its other fields",
    source: `${DOCS}/input-output-resultpath.html`,
    engine: { handlers: hello },
    definition: task({ ResultPath: "$.strings.lambdaresult" }),
    input: { who: "AWS Step Functions", strings: { string1: "a", string2: "b" } },
    expect: {
      output: {
        who: "AWS Step Functions",
        strings: { string1: "a", string2: "b", lambdaresult: "Hello, AWS Step Functions!" },
      },
    },
  },
  {
    name: "Pass with Result and ResultPath adds the coordinates (state-pass example)",
    source: `${DOCS}/state-pass.html`,
    definition: pass({
      Result: { "x-datum": 0.381018, "y-datum": 622.2269926397355 },
      ResultPath: "$.coords",
    }),
    input: { georefOf: "Home" },
    expect: { output: { georefOf: "Home", coords: { "x-datum": 0.381018, "y-datum": 622.2269926397355 } } },
  },
  {
    name: "Parameters mixes static values and .$ paths (InputPath/Parameters example)",
    source: `${DOCS}/input-output-inputpath-params.html`,
    definition: pass({
      Parameters: {
        comment: "Selecting what I care about.",
        MyDetails: {
          "size.$": "$.product.details.size",
          "exists.$": "$.product.availability",
          StaticValue: "foo",
        },
      },
    }),
    input: {
      comment: "Example for Parameters.",
      product: {
        details: { color: "blue", size: "small", material: "cotton" },
        availability: "in stock",
        sku: "2317",
        cost: "$23",
      },
    },
    expect: {
      output: {
        comment: "Selecting what I care about.",
        MyDetails: { size: "small", exists: "in stock", StaticValue: "foo" },
      },
    },
  },
  {
    name: "InputPath selects a part of the input (InputPath example)",
    source: `${DOCS}/input-output-inputpath-params.html`,
    definition: pass({ InputPath: "$.dataset2" }),
    input: {
      comment: "Example for InputPath.",
      dataset1: { val1: 1, val2: 2, val3: 3 },
      dataset2: { val1: "a", val2: "b", val3: "c" },
    },
    expect: { output: { val1: "a", val2: "b", val3: "c" } },
  },
  {
    name: "ResultSelector shapes the raw result before ResultPath",
    source: `${DOCS}/input-output-resultselector.html`,
    engine: {
      handlers: {
        HelloFunction: () => ({
          resourceType: "elasticmapreduce",
          resource: "createCluster.sync",
          output: { SdkHttpMetadata: { HttpStatusCode: 200 }, ClusterId: "AKIAIOSFODNN7EXAMPLE" },
        }),
      },
    },
    definition: task({
      ResultSelector: { "ClusterId.$": "$.output.ClusterId", "ResourceType.$": "$.resourceType" },
      ResultPath: "$.EMROutput",
    }),
    input: { comment: "kept" },
    expect: {
      output: {
        comment: "kept",
        EMROutput: { ClusterId: "AKIAIOSFODNN7EXAMPLE", ResourceType: "elasticmapreduce" },
      },
    },
  },
  {
    name: "OutputPath null gives an empty object",
    source: `${SPEC}#filters`,
    definition: pass({ OutputPath: null }),
    input: { a: 1 },
    expect: { output: {} },
  },
  {
    name: "InputPath null gives the state an empty object as input",
    source: `${SPEC}#filters`,
    definition: pass({ InputPath: null }),
    input: { a: 1 },
    expect: { output: {} },
  },
  {
    name: "OutputPath applies after ResultPath",
    source: `${DOCS}/input-output-outputpath.html`,
    definition: pass({ Result: { x: 1 }, ResultPath: "$.r", OutputPath: "$.r" }),
    input: { a: 1 },
    expect: { output: { x: 1 } },
  },
  {
    name: "Parameters templates are applied inside arrays too",
    source: `${DOCS}/input-output-inputpath-params.html`,
    definition: pass({ Parameters: { list: [{ "v.$": "$.a" }, "literal", { nested: { "w.$": "$.b" } }] } }),
    input: { a: 1, b: 2 },
    expect: { output: { list: [{ v: 1 }, "literal", { nested: { w: 2 } }] } },
  },
  {
    name: "an InputPath that selects nothing fails with States.Runtime",
    source: `${DOCS}/concepts-error-handling.html`,
    definition: pass({ InputPath: "$.missing" }),
    input: { a: 1 },
    expect: {
      error: "States.Runtime",
      cause:
        "An error occurred while executing the state 'P' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']",
    },
  },
  {
    name: "a Parameters path that selects nothing fails with States.Runtime",
    source: `${DOCS}/concepts-error-handling.html`,
    definition: pass({ Parameters: { "JobName.$": "$.JobName" } }),
    input: {},
    expect: {
      error: "States.Runtime",
      cause:
        "An error occurred while executing the state 'P' (entered at the event id #2). The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'",
    },
  },
  {
    name: "a ResultPath through a non-object fails with States.ResultPathMatchFailure",
    source: `${DOCS}/concepts-error-handling.html`,
    definition: pass({ Result: 1, ResultPath: "$.a.b" }),
    input: { a: "text" },
    expect: { error: "States.ResultPathMatchFailure", cause: /Unable to apply ResultPath '\$\.a\.b'/ },
  },
  {
    name: "ResultPath creates missing objects on the way",
    source: `${DOCS}/input-output-resultpath.html`,
    definition: pass({ Result: "deep", ResultPath: "$.a.b.c" }),
    input: { x: 1 },
    expect: { output: { x: 1, a: { b: { c: "deep" } } } },
  },
  {
    name: "a Task's Parameters become the function's input",
    source: `${DOCS}/input-output-inputpath-params.html`,
    engine: { handlers: { HelloFunction: (event: object) => event } },
    definition: task({ Parameters: { "who.$": "$.name", fixed: true } }),
    input: { name: "Ana" },
    expect: { output: { who: "Ana", fixed: true } },
  },
];
