import { describe, expect, it } from "vitest";
import { jsonPathRoot } from "../../src/path/json-path-proxy.js";
import { jsonataRoot } from "../../src/path/jsonata.js";
import { refNode } from "../../src/path/refs.js";

type Deep = Record<string, Record<string, unknown>>;

// References are cached (a path read in many states is built once) within a bounded budget.
describe("typed references", () => {
  it("GIVEN the same path read twice WHEN compared THEN it is one reference with the path's legs", () => {
    const $ = jsonPathRoot<Deep>("input");
    expect($.order!.id).toBe($.order!.id);
    expect(refNode($.order!.id)).toStrictEqual({
      kind: "json-path",
      root: "input",
      legs: [
        { type: "field", name: "order" },
        { type: "field", name: "id" },
      ],
    });
    const input = jsonataRoot<Deep>("input");
    expect(input.order!.id).toBe(input.order!.id);
  });

  it("GIVEN more distinct paths than the cache keeps WHEN read THEN each still has its own legs", () => {
    const $ = jsonPathRoot<Deep>("input");
    for (let index = 0; index < 12_000; index++) {
      const node = refNode($[`field${index}`]!.leaf);
      expect(
        node?.kind === "json-path" && node.legs.map((leg) => leg.type === "field" && leg.name),
      ).toStrictEqual([`field${index}`, "leaf"]);
    }
  });
});
