// Location format: https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html
import { describe, expect, it } from "vitest";
import { parseLocation } from "../../src/remote/location.js";

describe("parseLocation", () => {
  it.each([
    ["/States/FailState/ErrorPath", { state: "FailState", field: "ErrorPath" }],
    ["/States/Call/Retry/0/MaxAttempts", { state: "Call", field: "Retry[0].MaxAttempts" }],
    ["/States/Par/Branches/1/States/Inner", { state: "Inner", field: null }],
    ["/StartAt", { state: null, field: "StartAt" }],
    [undefined, { state: null, field: null }],
  ])("%s", (location, expected) => {
    expect(parseLocation(location)).toStrictEqual(expected);
  });
});
