import type { JsonObject, JsonValue, QueryLanguage, StateType } from "../../asl/types.js";
import { fieldOf, isJsonObject } from "../json/json-value.js";
import type { DefinitionModel, MachineKind, MachineNode, StateNode, Transition } from "./definition-model.js";
import { childField } from "./field-path.js";

export const STATE_TYPES: readonly StateType[] = [
  "Task",
  "Pass",
  "Choice",
  "Wait",
  "Succeed",
  "Fail",
  "Parallel",
  "Map",
];
const isStateType = (value: JsonValue | undefined): value is StateType =>
  typeof value === "string" && (STATE_TYPES as readonly string[]).includes(value);

export const isQueryLanguage = (value: JsonValue | undefined): value is QueryLanguage =>
  value === "JSONPath" || value === "JSONata";

// Mutable twins of the public nodes, filled in while walking.
type Building<T> = { -readonly [K in keyof T]: T[K] };
interface MachineDraft extends Building<Omit<MachineNode, "states" | "byName">> {
  states: StateNode[];
  byName: Map<string, StateNode>;
}
interface StateDraft extends Building<Omit<StateNode, "children">> {
  children: MachineNode[];
}

export function buildModel(definition: JsonValue): DefinitionModel {
  const machines: MachineNode[] = [];
  const states: StateNode[] = [];
  if (!isJsonObject(definition)) return { raw: null, language: "JSONPath", top: null, machines, states };
  const language: QueryLanguage = fieldOf(definition, "QueryLanguage") === "JSONata" ? "JSONata" : "JSONPath";

  const addMachine = (
    raw: JsonObject,
    kind: MachineKind,
    owner: StateNode | null,
    ownerField: string,
    distributed: boolean,
  ): MachineNode => {
    const machine: MachineDraft = {
      kind,
      raw,
      owner,
      ownerField,
      distributed,
      states: [],
      byName: new Map(),
    };
    machines.push(machine);
    const rawStates = fieldOf(raw, "States");
    if (!isJsonObject(rawStates)) return machine;
    for (const name of Object.keys(rawStates)) {
      const state = addState(name, rawStates[name]!, machine);
      machine.states.push(state);
      machine.byName.set(name, state);
    }
    return machine;
  };

  const addState = (name: string, value: JsonValue, machine: MachineNode): StateNode => {
    const raw = isJsonObject(value) ? value : {};
    const typeField = fieldOf(raw, "Type");
    const type = isStateType(typeField) ? typeField : undefined;
    const ownLanguage = fieldOf(raw, "QueryLanguage");
    const transitions = transitionsOf(raw, type);
    const state: StateDraft = {
      id: states.length,
      name,
      raw,
      isObject: isJsonObject(value),
      type,
      // Nested states inherit the top-level language, as asl-validator and the spec read it.
      language: isQueryLanguage(ownLanguage) ? ownLanguage : language,
      machine,
      children: [],
      transitions,
      assigns: [
        ...new Set([...assignedNames(fieldOf(raw, "Assign")), ...transitions.flatMap((t) => t.assigns)]),
      ],
      terminal: type === "Succeed" || type === "Fail" || fieldOf(raw, "End") === true,
    };
    states.push(state);
    for (const [field, child, distributed] of childMachinesOf(raw, type)) {
      state.children.push(
        addMachine(child, type === "Map" ? "processor" : "branch", state, field, distributed),
      );
    }
    return state;
  };

  const top = addMachine(definition, "top", null, "", false);
  return { raw: definition, language, top, machines, states };
}

function childMachinesOf(raw: JsonObject, type: StateType | undefined): [string, JsonObject, boolean][] {
  if (type === "Parallel") {
    const branches = fieldOf(raw, "Branches");
    if (!Array.isArray(branches)) return [];
    return branches.flatMap((branch, index): [string, JsonObject, boolean][] =>
      isJsonObject(branch) ? [[childField("Branches", index), branch, false]] : [],
    );
  }
  if (type !== "Map") return [];
  const found: [string, JsonObject, boolean][] = [];
  for (const field of ["ItemProcessor", "Iterator"]) {
    const processor = fieldOf(raw, field);
    if (!isJsonObject(processor)) continue;
    const config = fieldOf(processor, "ProcessorConfig");
    const distributed = isJsonObject(config) && fieldOf(config, "Mode") === "DISTRIBUTED";
    found.push([field, processor, distributed]);
  }
  return found;
}

function transitionsOf(raw: JsonObject, type: StateType | undefined): Transition[] {
  const transitions: Transition[] = [];
  const stateAssigns = assignedNames(fieldOf(raw, "Assign"));
  const add = (target: JsonValue | undefined, field: string, assigns: readonly string[]) => {
    if (typeof target === "string") transitions.push({ target, field, assigns });
  };
  if (type === "Choice") {
    const choices = fieldOf(raw, "Choices");
    if (Array.isArray(choices)) {
      choices.forEach((rule, index) => {
        if (!isJsonObject(rule)) return;
        // A matching rule applies its own Assign and the state's (AWS docs, Choice state: "Assign").
        const assigns = [...stateAssigns, ...assignedNames(fieldOf(rule, "Assign"))];
        add(fieldOf(rule, "Next"), childField(childField("Choices", index), "Next"), assigns);
      });
    }
    add(fieldOf(raw, "Default"), "Default", stateAssigns);
  } else {
    add(fieldOf(raw, "Next"), "Next", stateAssigns);
  }
  const catchers = fieldOf(raw, "Catch");
  if (Array.isArray(catchers)) {
    catchers.forEach((catcher, index) => {
      // On a caught error only the catcher's Assign applies; the state's own Assign does not run.
      if (isJsonObject(catcher)) {
        add(
          fieldOf(catcher, "Next"),
          childField(childField("Catch", index), "Next"),
          assignedNames(fieldOf(catcher, "Assign")),
        );
      }
    });
  }
  return transitions;
}

/** Variable names an Assign object sets; JSONPath keys ending in `.$` name the variable without it. */
export function assignedNames(assign: JsonValue | undefined): string[] {
  if (!isJsonObject(assign)) return [];
  return Object.keys(assign).map((key) => (key.endsWith(".$") ? key.slice(0, -2) : key));
}
