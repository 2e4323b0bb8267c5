import { describe, expect, test } from "vitest";
import { z } from "zod";
import { awsSdk, compile, machine, not, states, stringEquals } from "../../src/index.js";
import { statesOf } from "../helpers/asl.js";

// goto() continues at a state attached elsewhere in the same scope: a shared fallback, a loop.
// AWS's common-fallback sample sends several Catches to one state.
const publish = (message: string) =>
  awsSdk.call("sns", "publish", { TopicArn: "arn:aws:sns:us-east-1:123456789012:t", Message: message });

describe("goto", () => {
  test("GIVEN two Catches that goto one fallback attached later WHEN compiled THEN both name it and it is written once", () => {
    const fallback = states().pass("Fallback");
    const m = machine("shared-fallback", {}, (flow) =>
      flow
        .next((s) => s.task("A", publish("a")).catch(["States.ALL"], (f) => f.goto(fallback)))
        .next((s) => s.task("B", publish("b")).catch(["States.ALL"], (f) => f.goto(fallback)))
        .next(fallback),
    );
    const written = statesOf(m) as Record<
      string,
      { Next?: string; End?: boolean; Catch?: { Next: string }[] }
    >;
    expect(written.A!.Catch![0]!.Next).toBe("Fallback");
    expect(written.B!.Catch![0]!.Next).toBe("Fallback");
    expect(written.B!.Next).toBe("Fallback");
    expect(written.Fallback).toMatchObject({ Type: "Pass", End: true });
  });

  test("GIVEN a goto to a state never attached WHEN compiled THEN each jump is reported once, at its Catch field", () => {
    const fallback = states().pass("Fallback");
    const m = machine("lost-fallback", {}, (flow) =>
      flow
        .next((s) => s.task("A", publish("a")).catch(["States.ALL"], (f) => f.goto(fallback)))
        .next((s) => s.task("B", publish("b")).catch(["States.ALL"], (f) => f.goto(fallback))),
    );
    const result = compile(m);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.state, d.field, d.message])).toStrictEqual([
      [
        "A",
        "Catch[0].Next",
        'continues at State "Fallback", which is not attached anywhere in the top level',
      ],
      [
        "B",
        "Catch[0].Next",
        'continues at State "Fallback", which is not attached anywhere in the top level',
      ],
    ]);
    expect(result.diagnostics[0]!.hint).toContain("Attach it with next(…) in the top level too");
  });

  // AWS's "Transfer data records" sample: a Choice loops while the list has items, popping one each time.
  test("GIVEN a Choice whose open branch jumps back to it WHEN compiled THEN the branch's last state's Next is the Choice", () => {
    const loop = states<{ List: string[] }>()
      .choice("More?")
      .when(
        ($) => not(stringEquals($("$.List[0]"), "DONE")),
        (f) => f.next((s) => s.pass("Pop").parameters(($) => ({ List: $("$.List[1:]") }))),
      )
      .otherwise((f) => f.next((s) => s.succeed("Done")));
    const m = machine("loop", { input: z.object({ Seed: z.array(z.string()) }) }, (flow) =>
      flow
        .next((s) => s.pass("Seed").parameters(($) => ({ List: $.Seed })))
        .next(loop)
        .goto(loop),
    );
    const written = statesOf(m) as Record<
      string,
      { Next?: string; Default?: string; Choices?: { Next: string }[] }
    >;
    expect(written.Seed!.Next).toBe("More?");
    expect(written["More?"]!.Choices![0]!.Next).toBe("Pop");
    expect(written["More?"]!.Default).toBe("Done");
    expect(written.Pop!.Next).toBe("More?");
  });
});
