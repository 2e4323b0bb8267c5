import type { AslDefinition, AslState, AslStateMachine, QueryLanguage } from "../asl/types.js";

/** Where a state lives: the top level, a Parallel branch or a Map's item processor. */
export interface Scope {
  readonly machine: AslStateMachine;
  /** The Parallel or Map state that owns this scope; null at the top level. */
  readonly owner: string | null;
  /** "branch 2", "item processor", or "" at the top level. */
  readonly label: string;
  readonly queryLanguage: QueryLanguage;
}

export interface ScopedState {
  readonly name: string;
  readonly state: AslState;
  readonly scope: Scope;
}

export interface ChildScope {
  readonly label: string;
  readonly machine: AslStateMachine;
}

/** Nested machines, found by their fields (Branches, ItemProcessor or the legacy Iterator), not by state type. */
export function childScopes(state: AslState): readonly ChildScope[] {
  const fields = state as { Branches?: unknown; ItemProcessor?: unknown; Iterator?: unknown };
  const branches = Array.isArray(fields.Branches) ? fields.Branches.filter(isMachine) : [];
  const processor = [fields.ItemProcessor, fields.Iterator].find(isMachine);
  return [
    ...branches.map((machine, index) => ({ label: `branch ${index + 1}`, machine })),
    ...(processor ? [{ label: "item processor", machine: processor }] : []),
  ];
}

/** Every state, depth first in the definition's key order, each owner before the states it holds. */
export function listStates(definition: AslDefinition): readonly ScopedState[] {
  const listed: ScopedState[] = [];
  const visit = (scope: Scope) => {
    for (const [name, state] of stateEntries(scope.machine)) {
      listed.push({ name, state, scope });
      // A nested machine inherits the owner's query language unless it names its own (ASL spec, QueryLanguage).
      const inherited = state.QueryLanguage ?? scope.queryLanguage;
      for (const child of childScopes(state)) {
        visit({
          machine: child.machine,
          owner: name,
          label: child.label,
          queryLanguage: child.machine.QueryLanguage ?? inherited,
        });
      }
    }
  };
  visit({
    machine: definition,
    owner: null,
    label: "",
    queryLanguage: definition.QueryLanguage ?? "JSONPath",
  });
  return listed;
}

/** The States of a machine, tolerating hand-written definitions where it is missing or not an object. */
export function stateEntries(machine: AslStateMachine): readonly (readonly [string, AslState])[] {
  const states: unknown = machine.States;
  if (typeof states !== "object" || states === null) return [];
  return Object.entries(states as Record<string, AslState>).filter(
    ([, state]) => typeof state === "object" && state !== null,
  );
}

function isMachine(value: unknown): value is AslStateMachine {
  return typeof value === "object" && value !== null && "States" in value;
}
