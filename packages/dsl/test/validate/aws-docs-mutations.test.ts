import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { validateDefinition } from "../../src/validate/index.js";
import { awsDocsFixtures } from "./fixtures.js";

// Broken copies of the AWS documentation examples: each mutation breaks one thing and must be answered by the
// diagnostic that names it.
type Json = Record<string, unknown>;
type State = Json & { Type?: string };

/** The top-level states, in order. */
const statesOf = (definition: Json) => Object.entries(definition.States as Record<string, State>);
const isJsonata = (definition: Json) => definition.QueryLanguage === "JSONata";

interface Mutation {
  readonly name: string;
  /** Breaks a copy in place; returns the diagnostic to expect, or undefined when it does not apply. */
  readonly apply: (definition: Json) => (Partial<Diagnostic> & { message: string }) | undefined;
}

const mutations: Mutation[] = [
  {
    name: "a misspelt Next",
    apply: (definition) => {
      const found = statesOf(definition).find(([, state]) => typeof state.Next === "string");
      if (!found) return undefined;
      const [name, state] = found;
      state.Nxet = state.Next;
      delete state.Next;
      return {
        state: name,
        field: "Nxet",
        kind: "refused-by-aws",
        message: "Nxet is not a field of",
        hint: 'Did you mean "Next"?',
      };
    },
  },
  {
    name: "a dangling Next",
    apply: (definition) => {
      const found = statesOf(definition).find(([, state]) => typeof state.Next === "string");
      if (!found) return undefined;
      found[1].Next = "Nowhere";
      return {
        state: found[0],
        field: "Next",
        kind: "refused-by-aws",
        message: 'There is no state named "Nowhere"',
      };
    },
  },
  {
    name: "a field of the other query language",
    apply: (definition) => {
      const [name, state] = statesOf(definition)[0]!;
      if (isJsonata(definition)) {
        state.InputPath = "$.input";
        return {
          state: name,
          field: "InputPath",
          kind: "refused-by-aws",
          message: "InputPath is a JSONPath field, but this state uses JSONata",
        };
      }
      state.Output = { copied: true };
      return {
        state: name,
        field: "Output",
        kind: "refused-by-aws",
        message: "Output is a JSONata field, but this state uses JSONPath",
      };
    },
  },
  {
    name: "a StartAt that names no state",
    apply: (definition) => {
      definition.StartAt = "Missing";
      return {
        state: null,
        field: "StartAt",
        kind: "refused-by-aws",
        message: 'There is no state named "Missing"',
      };
    },
  },
  {
    name: "an orphan state",
    apply: (definition) => {
      (definition.States as Json).Orphan = { Type: "Succeed" };
      return {
        state: "Orphan",
        field: null,
        kind: "refused-by-aws",
        message: "No path from StartAt leads to this state",
      };
    },
  },
  {
    name: "a state without Type",
    apply: (definition) => {
      const [name, state] = statesOf(definition).at(-1)!;
      delete state.Type;
      return { state: name, field: "Type", kind: "refused-by-aws", message: "The state has no Type" };
    },
  },
  {
    name: "a negative MaxAttempts",
    apply: (definition) => {
      const found = statesOf(definition).find(([, state]) => Array.isArray(state.Retry));
      if (!found) return undefined;
      (found[1].Retry as Json[])[0]!.MaxAttempts = -1;
      return {
        state: found[0],
        field: "Retry[0].MaxAttempts",
        kind: "refused-by-aws",
        message: "MaxAttempts must be an integer from 0",
      };
    },
  },
  {
    name: "a broken expression",
    apply: (definition) => {
      const found = findString(
        definition.States,
        isJsonata(definition)
          ? (text) => text.startsWith("{%")
          : (text, key) => key.endsWith(".$") && text.startsWith("$"),
      );
      if (!found) return undefined;
      found.holder[found.key] = isJsonata(definition) ? "{% ( %}" : "$.[";
      return {
        kind: "refused-by-aws",
        message: isJsonata(definition) ? "does not parse" : "is not a valid JSONPath",
      };
    },
  },
  {
    name: "a nested state renamed like a top-level one",
    apply: (definition) => {
      const nested = findStatesObject(definition.States);
      if (!nested) return undefined;
      const [topName] = statesOf(definition)[0]!;
      const [innerName, innerState] = Object.entries(nested.states)[0]!;
      delete nested.states[innerName];
      nested.states[topName] = innerState;
      if (nested.machine.StartAt === innerName) nested.machine.StartAt = topName;
      return {
        state: topName,
        field: null,
        kind: "refused-by-aws",
        message: `2 states are named "${topName}"`,
      };
    },
  },
];

/** The first string (depth first) that `test` accepts, with the object holding it. */
function findString(
  value: unknown,
  test: (text: string, key: string) => boolean,
): { holder: Json; key: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, item] of Object.entries(value as Json)) {
    if (typeof item === "string" && test(item, key)) return { holder: value as Json, key };
    const inner = findString(item, test);
    if (inner) return inner;
  }
  return undefined;
}

/** The first nested machine's States object (a branch or a Map processor). */
function findStatesObject(states: unknown): { machine: Json; states: Json } | undefined {
  for (const state of Object.values(states as Record<string, State>)) {
    const machines = [...((state.Branches as Json[] | undefined) ?? []), state.ItemProcessor, state.Iterator];
    for (const machine of machines) {
      if (typeof machine === "object" && machine !== null)
        return { machine: machine as Json, states: (machine as Json).States as Json };
    }
  }
  return undefined;
}

const cases = awsDocsFixtures.flatMap(([file, definition]) =>
  mutations.flatMap((mutation) => {
    const broken = structuredClone(definition);
    const expected = mutation.apply(broken);
    return expected ? [{ label: `${file}: ${mutation.name}`, broken, expected }] : [];
  }),
);

describe("broken copies of the AWS documentation examples", () => {
  test("the mutations apply widely", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  test.each(cases)("$label", ({ broken, expected }) => {
    const result = validateDefinition(broken);
    expect(result.valid).toBe(false);
    const { message, ...rest } = expected;
    const match = result.diagnostics.find(
      (diagnostic) =>
        diagnostic.message.includes(message) &&
        Object.entries(rest).every(([key, value]) => diagnostic[key as keyof Diagnostic] === value),
    );
    expect(match, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
  });
});
