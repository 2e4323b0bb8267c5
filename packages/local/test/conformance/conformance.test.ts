import { afterAll, describe, it } from "vitest";
import { CHOICE_CASES } from "./cases/choice.js";
import { CHOICE_PATH_CASES } from "./cases/choice-paths.js";
import { DATA_FLOW_CASES } from "./cases/data-flow.js";
import { DYNAMODB_CASES } from "./cases/dynamodb.js";
import { FAIL_SUCCEED_CASES } from "./cases/fail-succeed.js";
import { HISTORY_CASES } from "./cases/history.js";
import { INTRINSIC_CASES } from "./cases/intrinsics.js";
import { JSONATA_CASES } from "./cases/jsonata.js";
import { JSONATA_FIELD_CASES } from "./cases/jsonata-fields.js";
import { JSONATA_FUNCTION_CASES } from "./cases/jsonata-functions.js";
import { JSONATA_QUERY_ERROR_CASES } from "./cases/jsonata-query-errors.js";
import { LAMBDA_CASES } from "./cases/lambda.js";
import { MAP_CASES } from "./cases/map.js";
import { MOCK_CASES } from "./cases/mocks.js";
import { PARALLEL_CASES } from "./cases/parallel.js";
import { PATH_FILTER_CASES } from "./cases/path-filters.js";
import { PATH_CASES } from "./cases/paths.js";
import { RETRY_CATCH_CASES } from "./cases/retry-catch.js";
import { TIMEOUT_CASES } from "./cases/timeouts.js";
import { WAIT_CASES } from "./cases/wait.js";
import { type ConformanceCase, runCase } from "./harness.js";

/**
 * The conformance suite: every case is pinned to an AWS documentation page or the ASL specification (its
 * `source`). The last line printed is the pass count.
 */
const GROUPS: Readonly<Record<string, readonly ConformanceCase[]>> = {
  "data flow (InputPath, Parameters, ResultSelector, ResultPath, OutputPath)": DATA_FLOW_CASES,
  "JSONPath and the context object": PATH_CASES,
  "JSONPath filters (Jayway)": PATH_FILTER_CASES,
  "intrinsic functions": INTRINSIC_CASES,
  Choice: CHOICE_CASES,
  "Choice Path operators and timestamps": CHOICE_PATH_CASES,
  Wait: WAIT_CASES,
  "Fail and Succeed": FAIL_SUCCEED_CASES,
  Parallel: PARALLEL_CASES,
  Map: MAP_CASES,
  "Lambda tasks": LAMBDA_CASES,
  "Retry and Catch": RETRY_CATCH_CASES,
  "JSONata and variables": JSONATA_CASES,
  "JSONata functions": JSONATA_FUNCTION_CASES,
  "JSONata fields (Wait, Map, Task timeouts, catchers)": JSONATA_FIELD_CASES,
  "JSONata expression errors": JSONATA_QUERY_ERROR_CASES,
  "timeouts, callbacks and stopping": TIMEOUT_CASES,
  DynamoDB: DYNAMODB_CASES,
  "mocked responses": MOCK_CASES,
  "history and billing": HISTORY_CASES,
};

let total = 0;
let passed = 0;

for (const [group, cases] of Object.entries(GROUPS)) {
  describe(group, () => {
    for (const testCase of cases) {
      total++;
      it(testCase.name, { timeout: 15_000 }, async () => {
        await runCase(testCase);
        passed++;
      });
    }
  });
}

afterAll(() => {
  console.log(`conformance: ${passed}/${total} cases passed`);
});
