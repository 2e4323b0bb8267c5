import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";

// JSONata builds objects without a prototype and flags arrays as sequences; an execution's output is JSON,
// as GetExecutionHistory and DescribeExecution return it. https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
describe("JSONata results are plain JSON", () => {
  it("GIVEN an Output built by JSONata (nested objects, a mapped sequence) WHEN the execution ends THEN the output is plain objects and arrays", async () => {
    const engine = createEngine();
    const result = await engine.run({
      QueryLanguage: "JSONata",
      StartAt: "Shape",
      States: {
        Shape: {
          Type: "Pass",
          Output: '{% ($o := {"k": [1, 2].($ * 2)}; {"outer": $o, "list": [{"a": 1}, {"a": 2}].a}) %}',
          End: true,
        },
      },
    });
    await engine.close();
    expect(result.output).toStrictEqual({ outer: { k: [2, 4] }, list: [1, 2] });
    const output = result.output as { outer: object; list: unknown[] };
    expect(Object.getPrototypeOf(output.outer)).toBe(Object.prototype);
    expect(Object.hasOwn(output.list, "sequence")).toBe(false);
  });
});
