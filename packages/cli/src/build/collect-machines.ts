import { isStateMachine, type StateMachine } from "@statesmith/dsl";
import { UserError } from "../cli/errors.js";
import { importUserModule } from "../load/typescript-module.js";

export interface FoundMachine {
  readonly entry: string;
  /** The export that holds it (`default` for the default export). */
  readonly exportName: string;
  readonly machine: StateMachine;
}

export interface Collected {
  readonly machines: readonly FoundMachine[];
  /** One per entry that could not be loaded (exit code 2 when it could not even be read) or exports no machine. */
  readonly errors: readonly UserError[];
  /** One message per name that two machines share. */
  readonly clashes: readonly string[];
}

/** Every state machine the entries export, once each even when exported under two names. */
export async function collectMachines(entries: readonly string[], cwd: string): Promise<Collected> {
  const machines: FoundMachine[] = [];
  const errors: UserError[] = [];
  for (const entry of entries) {
    let exports: Readonly<Record<string, unknown>>;
    try {
      exports = await importUserModule(entry, cwd);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(error);
      continue;
    }
    const seen = new Set<unknown>();
    // Named exports first, so that a machine also exported as default is known by its name.
    const named = Object.entries(exports).sort(
      ([a], [b]) => Number(a === "default") - Number(b === "default"),
    );
    for (const [exportName, value] of named) {
      if (!isStateMachine(value) || seen.has(value)) continue;
      seen.add(value);
      machines.push({ entry, exportName, machine: value });
    }
    if (seen.size === 0)
      errors.push(new UserError(`${entry}: exports no state machine (export one made with machine(…))`));
  }
  return { machines, errors, clashes: duplicateNames(machines) };
}

/** Two machines would write the same `<name>.asl.json`: refuse rather than let one overwrite the other. */
function duplicateNames(machines: readonly FoundMachine[]): string[] {
  const byName = new Map<string, FoundMachine[]>();
  for (const found of machines)
    byName.set(found.machine.name, [...(byName.get(found.machine.name) ?? []), found]);
  return [...byName]
    .filter(([, holders]) => holders.length > 1)
    .map(([name, holders]) => {
      const where = holders.map((found) => `${found.entry} (export ${found.exportName})`).join(" and ");
      return `two state machines are named "${name}": ${where}. Give each a unique name; it is the output file name.`;
    });
}
