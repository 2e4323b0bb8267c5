/**
 * Invariants every compiled test machine is held to (compileOk checks them): the IR behind it is frozen all
 * the way down, and each emitted state lists its fields in STATE_FIELD_ORDER.
 */
import { expect } from "vitest";
import type { AslDefinition, AslStateMachine } from "../../src/asl/types.js";
import { STATE_FIELD_ORDER } from "../../src/compiler/field-order.js";
import { MACHINE, type StateMachine } from "../../src/machine/machine.js";

/** Paths (from the machine node) of every object or array in the IR that is not frozen. */
export function unfrozenParts(machine: StateMachine): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string) => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (!Object.isFrozen(value)) found.push(path);
    for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
  };
  visit(machine[MACHINE], "machine");
  return found;
}

const RANK = new Map<string, number>(STATE_FIELD_ORDER.map((field, index) => [field, index]));

/** `State "Name": fields …` for every state (nested scopes too) whose fields are out of order or unknown. */
export function misorderedStates(definition: AslDefinition): string[] {
  const found: string[] = [];
  const visit = (scope: AslStateMachine) => {
    for (const [name, state] of Object.entries(scope.States)) {
      const ranks = Object.keys(state).map((key) => RANK.get(key) ?? Number.NaN);
      const sorted = ranks.every((rank, index) => index === 0 || rank > ranks[index - 1]!);
      if (!sorted) found.push(`State "${name}": ${Object.keys(state).join(", ")}`);
      for (const branch of (state as { Branches?: AslStateMachine[] }).Branches ?? []) visit(branch);
      const processor = (state as { ItemProcessor?: AslStateMachine }).ItemProcessor;
      if (processor) visit(processor);
    }
  };
  visit(definition);
  return found;
}

export function expectInvariants(machine: StateMachine, definition: AslDefinition): void {
  expect(unfrozenParts(machine), "IR objects that are not frozen").toStrictEqual([]);
  expect(misorderedStates(definition), "states whose fields are not in STATE_FIELD_ORDER").toStrictEqual([]);
}
