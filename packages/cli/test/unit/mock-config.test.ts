import { describe, expect, it } from "vitest";
import { selectTestCase } from "../../src/run/mock-config.js";

// The MockConfigFile format of Step Functions Local: StateMachines → <name> → TestCases → <case>.
// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html
const config = {
  StateMachines: { Orders: { TestCases: { Happy: { Charge: "Ok" }, Sad: { Charge: "Boom" } } } },
  MockedResponses: {},
};

describe("selectTestCase", () => {
  it("defaults to the only state machine", () => {
    expect(selectTestCase(config, "m.json", "Sad", undefined)).toEqual({
      stateMachineName: "Orders",
      testCase: "Sad",
    });
  });

  it("names what exists when the state machine or the test case does not", () => {
    expect(() => selectTestCase(config, "m.json", "Happy", "Refunds")).toThrow(
      'mock config m.json has no state machine "Refunds" (it has: "Orders")',
    );
    expect(() => selectTestCase(config, "m.json", "Meh", undefined)).toThrow(
      'mock config m.json: state machine "Orders" has no test case "Meh" (it has: "Happy", "Sad")',
    );
  });

  it("refuses a file that is not a mock config", () => {
    expect(() => selectTestCase([1, 2], "m.json", "Happy", undefined)).toThrow(
      'mock config m.json has no "StateMachines" object',
    );
    expect(() => selectTestCase({ StateMachines: {} }, "m.json", "Happy", undefined)).toThrow(
      'mock config m.json lists no state machines under "StateMachines"',
    );
  });
});
