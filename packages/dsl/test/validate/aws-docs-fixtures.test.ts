import { describe, expect, test } from "vitest";
import type { StateType } from "../../src/asl/types.js";
import { validateDefinition } from "../../src/validate/index.js";
import { awsDocsFixtures } from "./fixtures.js";

// State machines from the ASL spec and the AWS Step Functions Developer Guide; each file's Comment cites its page.
describe("AWS documentation examples", () => {
  test.each(awsDocsFixtures)("%s is accepted with no diagnostic", (_file, definition) => {
    const before = structuredClone(definition);
    expect(validateDefinition(definition)).toStrictEqual({ valid: true, diagnostics: [] });
    expect(definition, "validateDefinition must not mutate its argument").toStrictEqual(before);
  });

  test("every fixture cites its source and together they cover every state type and feature", () => {
    const text = awsDocsFixtures.map(([, definition]) => JSON.stringify(definition)).join("\n");
    for (const [file, definition] of awsDocsFixtures) {
      expect(String(definition.Comment), file).toMatch(
        /https:\/\/(states-language\.net|docs\.aws\.amazon\.com)\//,
      );
    }
    const types: StateType[] = ["Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"];
    for (const type of types) expect(text).toContain(`"Type":"${type}"`);
    for (const feature of [
      '"Mode":"DISTRIBUTED"',
      '"Mode":"INLINE"',
      '"ItemReader"',
      '"ResultWriter"',
      '"ItemBatcher"',
      '"QueryLanguage":"JSONata"',
      '"Assign"',
      '"Output"',
      "States.Format",
      "$partition",
    ]) {
      expect(text).toContain(feature);
    }
  });
});
