import { isTerminal, stateEdges } from "../edges.js";
import type { ScopedState } from "../walk.js";
import { code, list, table, text } from "./markdown.js";
import { stateDetails } from "./state-details.js";

/** One row per state, nested ones included, with where they live and where they go (Catch targets excluded). */
export function statesTable(states: readonly ScopedState[]): string {
  const rows = states.map(({ name, state, scope }) => {
    const targets = stateEdges(state)
      .filter((edge) => edge.kind !== "catch")
      .map((edge) => edge.target);
    return [
      code(name),
      text(String(state.Type)),
      scope.owner === null ? "" : `${code(scope.owner)} ${scope.label}`,
      stateDetails(state),
      list([...new Set(targets)].map(code)),
      isTerminal(state) ? "yes" : "",
    ];
  });
  return table(["State", "Type", "In", "Resource / details", "Next", "End"], rows);
}
