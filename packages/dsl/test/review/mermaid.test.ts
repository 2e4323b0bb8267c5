import { describe, expect, it } from "vitest";
import type { AslDefinition } from "../../src/asl/types.js";
import { renderReviewPage } from "../../src/index.js";
import { MermaidIds } from "../../src/review/mermaid/ids.js";
import { mermaidText } from "../../src/review/mermaid/text.js";
import { malformedMermaidLines, mermaidBlock } from "./mermaid-shape.js";

describe("Mermaid ids", () => {
  it("uses a name as its id when Mermaid can read it, else a slug, unique across the diagram", () => {
    const ids = new MermaidIds();
    const top = { StartAt: "x", States: {} };
    const branch = { StartAt: "x", States: {} };
    expect(ids.idFor(top, "Charge")).toBe("Charge");
    expect(ids.idFor(top, "Check order")).toBe("Check_order");
    expect(ids.idFor(top, "Check-order")).toBe("Check_order_2");
    expect(ids.idFor(top, "Check order")).toBe("Check_order");
    expect(ids.idFor(top, "1st step")).toBe("s_1st_step");
    expect(ids.idFor(top, "¿Qué?")).toBe("Qu");
    expect(ids.idFor(top, "!!!")).toBe("s_");
    // A name is looked up in its own scope: the same name in a branch is another state.
    expect(ids.idFor(branch, "Charge")).toBe("Charge_2");
  });

  it("never gives a Mermaid keyword or a start/end marker id", () => {
    const ids = new MermaidIds();
    const scope = { StartAt: "x", States: {} };
    expect(
      ["default", "State", "end", "note", "class", "direction", "root_start", "Each_end"].map((name) =>
        ids.idFor(scope, name),
      ),
    ).toEqual([
      "default_state",
      "State_state",
      "end_state",
      "note_state",
      "class_state",
      "direction_state",
      "root_start_state",
      "Each_end_state",
    ]);
  });
});

describe("Mermaid text", () => {
  it("writes the characters Mermaid's lexer would misread as entity codes", () => {
    expect(mermaidText('a: "b"; #1 %% <c> {d}')).toBe(
      "a#58; #quot;b#quot;#59; #35;1 #37;#37; #lt;c#gt; #123;d#125;",
    );
  });

  it("keeps labels on one line, shortens long ones and defuses a direction statement", () => {
    expect(mermaidText("one\n  two")).toBe("one two");
    expect(mermaidText("x".repeat(100))).toBe(`${"x".repeat(79)}…`);
    expect(mermaidText("turn direction LR now")).toBe("turn direction#32;LR now");
  });
});

describe("the diagram of awkward state names", () => {
  const names = [
    "Check: order; now",
    'Say "hi"',
    "default",
    "a % b",
    "100%",
    "end",
    "x --> y",
    "Wait {5}",
    "#tag",
  ];
  const definition: AslDefinition = {
    StartAt: names[0] ?? "",
    States: Object.fromEntries(
      names.map((name, index) => [
        name,
        index + 1 < names.length ? { Type: "Pass", Next: names[index + 1] } : { Type: "Succeed" },
      ]),
    ),
  } as AslDefinition;

  it("is well formed and keeps every name as a label", () => {
    const diagram = mermaidBlock(renderReviewPage(definition, { name: "awkward" }));
    expect(malformedMermaidLines(diagram)).toEqual([]);
    expect(diagram).toContain('state "Check#58; order#59; now" as Check_order_now');
    expect(diagram).toContain('state "Say #quot;hi#quot;" as Say_hi');
    expect(diagram).toContain('state "default" as default_state');
    expect(diagram).toContain('state "x --#gt; y" as x_y');
    expect(diagram).toContain("Check_order_now --> Say_hi");
  });
});

describe("the shape check itself", () => {
  it("flags what Mermaid would misread", () => {
    const diagram = [
      "stateDiagram-v2",
      "  a --> b : x: y",
      '  state "q"r" as z',
      "  default --> x",
      "  state p {",
      "  Each_end --> [*]",
    ].join("\n");
    expect(malformedMermaidLines(diagram)).toEqual([
      "  a --> b : x: y",
      '  state "q"r" as z',
      "  default --> x",
      "  Each_end --> [*]",
      "unbalanced braces (1)",
    ]);
  });
});
