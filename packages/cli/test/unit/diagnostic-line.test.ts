import type { Diagnostic } from "@statesmith/dsl";
import { describe, expect, it } from "vitest";
import { countText, diagnosticLine } from "../../src/format/diagnostic-line.js";

const retry: Diagnostic = {
  severity: "error",
  kind: "refused-by-aws",
  state: "Charge card",
  field: "Retry[0].MaxAttemps",
  message: '"MaxAttemps" is not a Retrier field.',
  hint: 'Did you mean "MaxAttempts"?',
};

describe("diagnosticLine", () => {
  it('starts with the contract prefix `file: State "Name": message`, the rest after it', () => {
    const line = diagnosticLine("order.asl.json", retry);
    expect(line.startsWith('order.asl.json: State "Charge card": "MaxAttemps" is not a Retrier field.')).toBe(
      true,
    );
    expect(line).toBe(
      'order.asl.json: State "Charge card": "MaxAttemps" is not a Retrier field. ' +
        '(field Retry[0].MaxAttemps; AWS would refuse this definition) Fix: Did you mean "MaxAttempts"?',
    );
  });

  it("says Machine for top-level findings and marks warnings", () => {
    const line = diagnosticLine("m.json", {
      ...retry,
      severity: "warning",
      kind: "fails-at-run-time",
      state: null,
      field: null,
      hint: "",
      message: "x",
    });
    expect(line).toBe("m.json: Machine: x (warning; AWS accepts this but it cannot work)");
  });

  it("names another source when the finding is not ours", () => {
    expect(diagnosticLine("m.json", { ...retry, field: null, hint: "" }, "reported by AWS: X")).toBe(
      'm.json: State "Charge card": "MaxAttemps" is not a Retrier field. (reported by AWS: X)',
    );
  });

  it("counts errors and warnings", () => {
    expect(countText([retry, retry, { ...retry, severity: "warning" }])).toBe("2 errors, 1 warning");
    expect(countText([])).toBe("");
  });
});
