import { describe, expect, it } from "vitest";
import { MACHINE, type StateMachine } from "../../src/machine/machine.js";
import { misorderedStates, unfrozenParts } from "../helpers/invariants.js";

// compileOk holds every test machine to these checks; here the checks themselves are shown to catch a fault.
describe("the compile invariants", () => {
  it("GIVEN a state whose fields are out of order, also in a branch WHEN checked THEN each is named", () => {
    const misordered = { Type: "Pass", Next: "B", ResultPath: "$.x" };
    const definition = {
      StartAt: "A",
      States: {
        A: misordered,
        B: {
          Type: "Parallel",
          Branches: [{ StartAt: "C", States: { C: { End: true, Type: "Pass" } } }],
          End: true,
        },
      },
    };
    expect(misorderedStates(definition as never)).toStrictEqual([
      'State "A": Type, Next, ResultPath',
      'State "C": End, Type',
    ]);
  });

  it("GIVEN an IR with an unfrozen array inside frozen nodes WHEN checked THEN its path is named", () => {
    const root = Object.freeze({ kind: "state-fragment", branches: [], ends: Object.freeze([]) });
    const machine = { [MACHINE]: Object.freeze({ kind: "machine", root }) } as unknown as StateMachine;
    expect(unfrozenParts(machine)).toStrictEqual(["machine.root.branches"]);
  });
});
