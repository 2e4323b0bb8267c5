import type { AslDefinition, AslState, QueryLanguage } from "@statesmith/dsl";

/** A machine with one state named "Work". */
export function oneState(state: Record<string, unknown>, queryLanguage?: QueryLanguage): AslDefinition {
  return {
    ...(queryLanguage ? { QueryLanguage: queryLanguage } : {}),
    StartAt: "Work",
    States: { Work: { End: true, ...state } as unknown as AslState },
  };
}

/** A Task state named "Work". */
export function oneTask(
  resource: string,
  fields: Record<string, unknown> = {},
  queryLanguage?: QueryLanguage,
) {
  return oneState({ Type: "Task", Resource: resource, ...fields }, queryLanguage);
}
