import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBin } from "./helpers/run-bin.js";
import { tempDir } from "./helpers/temp-dir.js";

/**
 * The state machines of the AWS documentation, collected by the validator's tests (each fixture cites its page).
 * `statesmith validate` must accept every one, and reject a broken copy of each with the right message.
 */
const FIXTURES = fileURLToPath(new URL("../../dsl/test/validate/fixtures/aws-docs/", import.meta.url));
const names = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort();

type State = { Type: string; Next?: string; Retry?: { ErrorEquals: string[] }[]; [field: string]: unknown };
type Definition = { StartAt: string; States: Record<string, State> };

const load = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as Definition;
const firstState = (definition: Definition, test: (state: State) => boolean) =>
  Object.entries(definition.States).find(([, state]) => test(state));

/** A breakage: changes a copy in place and says which line must report it, or undefined when it does not apply. */
interface Breakage {
  readonly name: string;
  break(definition: Definition): { readonly where: string; readonly mentions: string } | undefined;
}

const BREAKAGES: readonly Breakage[] = [
  {
    name: "a Next that names no state",
    break(definition) {
      const [name, state] = firstState(definition, (state) => typeof state.Next === "string") ?? [];
      if (!name || !state) return undefined;
      state.Next = "No Such State";
      return { where: `State "${name}"`, mentions: "No Such State" };
    },
  },
  {
    name: "a StartAt that names no state",
    break(definition) {
      definition.StartAt = "No Such State";
      return { where: "Machine", mentions: "No Such State" };
    },
  },
  {
    name: "a misspelt field",
    break(definition) {
      const start = definition.States[definition.StartAt];
      if (!start) return undefined;
      start.Commnet = "typo";
      return { where: `State "${definition.StartAt}"`, mentions: "Commnet" };
    },
  },
  {
    name: "a misspelt Retry field",
    break(definition) {
      const [name, state] = firstState(definition, (state) => Array.isArray(state.Retry)) ?? [];
      const retrier = state?.Retry?.[0];
      if (!name || !retrier) return undefined;
      Object.assign(retrier, { MaxAttemps: 2 });
      return { where: `State "${name}"`, mentions: "MaxAttemps" };
    },
  },
  {
    name: "a state type that does not exist",
    break(definition) {
      const start = definition.States[definition.StartAt];
      if (!start) return undefined;
      start.Type = "Paralel";
      return { where: `State "${definition.StartAt}"`, mentions: "Paralel" };
    },
  },
];

describe("statesmith validate on the AWS documentation's examples", () => {
  it("has the fixtures to work on", () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it("accepts every example: exit 0, one `file: valid` line each", async () => {
    const { code, stdout } = await runBin(["validate", ...names], { cwd: FIXTURES });
    expect(code, stdout).toBe(0);
    expect(stdout).toBe(
      `${[...names.map((name) => `${name}: valid`), `${names.length} of ${names.length} files valid`].join("\n")}\n`,
    );
  });

  describe.concurrent.each(BREAKAGES)("rejects copies with $name", (breakage) => {
    const dir = tempDir("aws-docs");
    const copies = names.flatMap((name) => {
      const definition = load(name);
      const expected = breakage.break(definition);
      if (expected === undefined) return [];
      writeFileSync(join(dir, name), JSON.stringify(definition, null, 2));
      return [{ name, ...expected }];
    });

    it("exit 1, and for each copy a contract line that names the spot", async () => {
      expect(copies.length).toBeGreaterThan(0);
      const { code, stdout } = await runBin(["validate", ...copies.map(({ name }) => name)], { cwd: dir });
      expect(code).toBe(1);
      const lines = stdout.split("\n");
      for (const { name, where, mentions } of copies) {
        const reported = lines.filter((line) => line.startsWith(`${name}: ${where}: `));
        expect(
          reported.some((line) => line.includes(mentions)),
          `${name}: ${where} about ${mentions}\n${stdout}`,
        ).toBe(true);
        expect(lines.some((line) => line.startsWith(`${name}: invalid (`))).toBe(true);
      }
      expect(stdout.endsWith(`0 of ${copies.length} files valid\n`)).toBe(true);
    });
  });
});
