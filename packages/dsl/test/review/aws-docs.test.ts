import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AslDefinition } from "../../src/asl/types.js";
import { renderReviewPage } from "../../src/index.js";
import { listStates } from "../../src/review/walk.js";
import { malformedMermaidLines, mermaidBlock } from "./mermaid-shape.js";

/** The AWS documentation's example machines (the validator's fixtures, each citing its page). */
const FIXTURES = fileURLToPath(new URL("../validate/fixtures/aws-docs/", import.meta.url));
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({
    name,
    definition: JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as AslDefinition,
  }));

const tableRows = (page: string, heading: string) => {
  const start = page.indexOf(`## ${heading}\n`);
  const end = page.indexOf("\n## ", start + 1);
  return page
    .slice(start, end === -1 ? undefined : end)
    .split("\n")
    .filter((line) => line.startsWith("| `"));
};

describe("the review page of each AWS documentation example", () => {
  it("has the fixtures to work on", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(fixtures)("$name", ({ name, definition }) => {
    const page = renderReviewPage(definition, { name });
    const states = listStates(definition);

    it("has a well-formed Mermaid state diagram with one box per state", () => {
      const diagram = mermaidBlock(page);
      expect(diagram.startsWith("stateDiagram-v2\n")).toBe(true);
      expect(malformedMermaidLines(diagram)).toEqual([]);
      const boxes = diagram.split("\n").filter((line) => /^\s*state "/.test(line));
      expect(boxes).toHaveLength(states.length);
    });

    it("lists every state, nested ones included, once in the states table", () => {
      const rows = tableRows(page, "States");
      expect(rows).toHaveLength(states.length);
      for (const [index, { name: state }] of states.entries()) {
        expect(rows[index]).toContain(`| \`${state.replace(/\|/g, "\\|")}\` |`);
      }
    });

    it("has one row per Retrier and per Catcher", () => {
      const retriers = states.reduce((sum, { state }) => sum + (state.Retry?.length ?? 0), 0);
      const catchers = states.reduce((sum, { state }) => sum + (state.Catch?.length ?? 0), 0);
      expect(tableRows(page, "Retries")).toHaveLength(retriers);
      expect(tableRows(page, "Catches")).toHaveLength(catchers);
    });

    it("renders the same bytes twice", () => {
      expect(renderReviewPage(structuredClone(definition), { name })).toBe(page);
    });
  });
});
