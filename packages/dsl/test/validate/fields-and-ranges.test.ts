import { describe, test } from "vitest";
import { type Expected, expectDiagnostic, jsonataMachine, LAMBDA, machine, single } from "./helpers.js";

// Value types and ranges. Retry ranges: https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html;
// Task timeouts: https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html;
// Map: https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html.
const task = (extra: Record<string, unknown>) => ({ Type: "Task", Resource: LAMBDA, End: true, ...extra });
const retry = (extra: Record<string, unknown>) => single(task({ Retry: [{ ErrorEquals: ["X"], ...extra }] }));
const refused = (state: string | null, field: string | null, message: string | RegExp): Expected => ({
  state,
  field,
  kind: "refused-by-aws",
  message,
});
const distributedMap = (extra: Record<string, unknown>) =>
  single({
    Type: "Map",
    End: true,
    ItemProcessor: {
      ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
      StartAt: "P",
      States: { P: { Type: "Pass", End: true } },
    },
    ...extra,
  });

const cases: [string, unknown, Expected][] = [
  [
    "MaxAttempts below 0",
    retry({ MaxAttempts: -1 }),
    refused("A", "Retry[0].MaxAttempts", "MaxAttempts must be an integer from 0 to 99999999, not -1"),
  ],
  [
    "MaxAttempts not an integer",
    retry({ MaxAttempts: 1.5 }),
    refused("A", "Retry[0].MaxAttempts", "not 1.5"),
  ],
  [
    "IntervalSeconds 0",
    retry({ IntervalSeconds: 0 }),
    refused("A", "Retry[0].IntervalSeconds", "IntervalSeconds must be an integer from 1"),
  ],
  [
    "BackoffRate below 1",
    retry({ BackoffRate: 0.5 }),
    refused("A", "Retry[0].BackoffRate", "BackoffRate must be a number from 1"),
  ],
  [
    "negative MaxDelaySeconds (asl-validator accepts it)",
    retry({ MaxDelaySeconds: -5 }),
    refused("A", "Retry[0].MaxDelaySeconds", "from 1 to 31622400, not -5"),
  ],
  [
    "MaxDelaySeconds over a year",
    retry({ MaxDelaySeconds: 31622401 }),
    refused("A", "Retry[0].MaxDelaySeconds", "not 31622401"),
  ],
  [
    "JitterStrategy HALF (asl-validator accepts it)",
    retry({ JitterStrategy: "HALF" }),
    refused("A", "Retry[0].JitterStrategy", 'must be one of "FULL", "NONE", not "HALF"'),
  ],
  [
    "an empty ErrorEquals",
    retry({ ErrorEquals: [] }),
    refused("A", "Retry[0].ErrorEquals", "must hold at least 1 error names"),
  ],
  [
    "a Retry entry without ErrorEquals",
    single(task({ Retry: [{ MaxAttempts: 2 }] })),
    refused("A", "Retry[0].ErrorEquals", "A Retry entry must have ErrorEquals"),
  ],
  [
    "a Catch entry without Next",
    single(task({ Catch: [{ ErrorEquals: ["States.ALL"] }] })),
    refused("A", "Catch[0].Next", "A Catch entry must have Next"),
  ],
  [
    "TimeoutSeconds 0",
    single(task({ TimeoutSeconds: 0 })),
    refused("A", "TimeoutSeconds", "TimeoutSeconds must be an integer from 1 to 99999999, not 0"),
  ],
  [
    "HeartbeatSeconds as a string in a JSONPath state",
    single(task({ HeartbeatSeconds: "60" })),
    refused("A", "HeartbeatSeconds", "HeartbeatSeconds must be an integer, not a string"),
  ],
  [
    "HeartbeatSeconds not below TimeoutSeconds",
    single(task({ TimeoutSeconds: 60, HeartbeatSeconds: 60 })),
    refused("A", "HeartbeatSeconds", "HeartbeatSeconds (60) must be less than TimeoutSeconds (60)"),
  ],
  [
    "both TimeoutSeconds and TimeoutSecondsPath",
    single(task({ TimeoutSeconds: 60, TimeoutSecondsPath: "$.t" })),
    refused("A", "TimeoutSeconds/TimeoutSecondsPath", "at most one of TimeoutSeconds, TimeoutSecondsPath"),
  ],
  [
    "ToleratedFailurePercentage over 100",
    distributedMap({ ToleratedFailurePercentage: 150 }),
    refused("A", "ToleratedFailurePercentage", "from 0 to 100, not 150"),
  ],
  [
    "a negative MaxConcurrency",
    distributedMap({ MaxConcurrency: -1 }),
    refused("A", "MaxConcurrency", "MaxConcurrency must be an integer from 0"),
  ],
  [
    "MaxInputBytesPerBatch over 256 KiB",
    distributedMap({ ItemBatcher: { MaxInputBytesPerBatch: 300000 } }),
    refused("A", "ItemBatcher.MaxInputBytesPerBatch", "from 1 to 262144"),
  ],
  [
    "Version other than 1.0",
    single({ Type: "Pass", End: true }, { Version: "2.0" }),
    refused(null, "Version", 'Version must be one of "1.0"'),
  ],
  [
    "a Comment that is not a string",
    single({ Type: "Pass", End: true, Comment: 42 }),
    refused("A", "Comment", "Comment must be a string, not a number"),
  ],
  [
    "a top-level Comment that is not a string",
    single({ Type: "Pass", End: true }, { Comment: ["x"] }),
    refused(null, "Comment", "Comment must be a string, not an array"),
  ],
  ["End false", single({ Type: "Pass", End: false }), refused("A", "End", "End must be true, not false")],
  [
    "Next that is not a string",
    machine({ A: { Type: "Pass", Next: 3 }, B: { Type: "Succeed" } }),
    refused("A", "Next", "Next must be a string, not a number"),
  ],
  [
    "a Wait with a bad Timestamp",
    single({ Type: "Wait", Timestamp: "2016-08-18 17:33:00", End: true }),
    refused("A", "Timestamp", "is not an RFC 3339 timestamp"),
  ],
  [
    "a Label with a space",
    distributedMap({ Label: "my label" }),
    refused("A", "Label", "has a character that Labels cannot hold"),
  ],
  [
    "a Label over 40 characters",
    distributedMap({ Label: "x".repeat(41) }),
    refused("A", "Label", "at most 40 are allowed"),
  ],
  [
    "an unknown QueryLanguage",
    single({ Type: "Pass", End: true, QueryLanguage: "JsonPath" }),
    refused("A", "QueryLanguage", 'must be one of "JSONPath", "JSONata"'),
  ],
  [
    "a state name over 80 characters",
    machine({ ["S".repeat(81)]: { Type: "Succeed" } }),
    refused("S".repeat(81), null, "at most 80 are allowed"),
  ],
  [
    "a JSONata Task TimeoutSeconds that is neither integer nor expression",
    jsonataMachine({ A: task({ TimeoutSeconds: "soon" }) }),
    refused("A", "TimeoutSeconds", "must be an integer, not a string"),
  ],
];

describe("field types and ranges", () => {
  test.each(cases)("%s", (_name, definition, expected) => {
    expectDiagnostic(definition, expected);
  });
});
