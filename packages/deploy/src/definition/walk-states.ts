import type { AslMapState, AslState, AslStateMachine, QueryLanguage } from "@statesmith/dsl";

/** One state met while walking a definition, with the query language in force for it. */
export interface VisitedState {
  readonly name: string;
  readonly state: AslState;
  readonly language: QueryLanguage;
}

/**
 * Every state of a definition, depth first: the top level, each Parallel branch and each Map processor
 * (ItemProcessor, or the legacy Iterator). A state's QueryLanguage wins over its machine's, which wins over
 * the enclosing one; AWS's default is JSONPath.
 */
export function walkStates(machine: AslStateMachine, inherited: QueryLanguage = "JSONPath"): VisitedState[] {
  const language = machine.QueryLanguage ?? inherited;
  const visited: VisitedState[] = [];
  for (const [name, state] of Object.entries(machine.States ?? {})) {
    const stateLanguage = state.QueryLanguage ?? language;
    visited.push(Object.freeze({ name, state, language: stateLanguage }));
    for (const child of childMachines(state)) visited.push(...walkStates(child, stateLanguage));
  }
  return visited;
}

function childMachines(state: AslState): readonly AslStateMachine[] {
  if (state.Type === "Parallel") return state.Branches ?? [];
  if (state.Type === "Map") {
    const processor = mapProcessor(state);
    return processor ? [processor] : [];
  }
  return [];
}

export function mapProcessor(state: AslMapState): AslStateMachine | undefined {
  return state.ItemProcessor ?? state.Iterator;
}

/** A distributed Map runs its iterations as child executions of this same state machine. */
export function isDistributedMap(state: AslState): state is AslMapState {
  return state.Type === "Map" && state.ItemProcessor?.ProcessorConfig?.Mode === "DISTRIBUTED";
}
