import type { Where } from "../report.js";
import { fieldFromSegments } from "./field-path.js";

/**
 * Turns a location inside the definition (JSON pointer segments, as asl-validator and the JSON copy give
 * them) into the state it belongs to and the field inside that state. Nested states are named by their own
 * name: `/States/P/Branches/0/States/B/Next` is state "B", field "Next".
 */
export function locate(segments: readonly (string | number)[]): Where {
  const parts = segments.map(String);
  let state: string | null = null;
  let start = 0;
  for (let index = 0; index < parts.length; index++) {
    const statesAt = statesObjectAt(parts, index);
    if (statesAt !== undefined && index + statesAt + 1 < parts.length) {
      state = parts[index + statesAt + 1]!;
      index += statesAt + 1;
      start = index + 1;
    }
  }
  const field = fieldFromSegments(parts.slice(start));
  return { state, field: field === "" ? null : field };
}

/** How many segments from `index` lead to a "States" object of a machine: 0 at the top, 2–3 when nested. */
function statesObjectAt(parts: readonly string[], index: number): number | undefined {
  if (index === 0 && parts[0] === "States") return 0;
  if (parts[index] === "Branches" && /^\d+$/.test(parts[index + 1] ?? "") && parts[index + 2] === "States")
    return 2;
  if ((parts[index] === "ItemProcessor" || parts[index] === "Iterator") && parts[index + 1] === "States")
    return 1;
  return undefined;
}
