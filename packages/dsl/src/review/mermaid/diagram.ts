import type { AslDefinition, AslState, AslStateMachine } from "../../asl/types.js";
import { isTerminal, stateEdges } from "../edges.js";
import { resourceOf, shortResource } from "../resource.js";
import { childScopes, listStates, stateEntries } from "../walk.js";
import { MermaidIds } from "./ids.js";
import { mermaidText } from "./text.js";

const INDENT = "  ";

/**
 * The graph as a Mermaid `stateDiagram-v2`: one box per state (name, type and resource), Choice rules and
 * Catch error names on their transitions, Parallel branches and Map processors as composite states (branches
 * side by side, separated by `--`), and `[*]` for where each scope starts and ends.
 */
export function renderMermaid(definition: AslDefinition): string {
  const ids = new MermaidIds();
  // Ids are allocated in definition order before any edge is drawn, so they do not depend on edge order.
  for (const { name, scope } of listStates(definition)) ids.idFor(scope.machine, name);
  return ["stateDiagram-v2", ...scopeLines(definition, ids, INDENT)].join("\n");
}

function scopeLines(machine: AslStateMachine, ids: MermaidIds, indent: string): string[] {
  const entries = stateEntries(machine);
  const lines = entries.flatMap(([name, state]) => declarationLines(machine, name, state, ids, indent));
  if (typeof machine.StartAt === "string")
    lines.push(`${indent}[*] --> ${ids.idFor(machine, machine.StartAt)}`);
  for (const [name, state] of entries) {
    const from = ids.idFor(machine, name);
    for (const edge of stateEdges(state)) {
      const label = edge.label === "" ? "" : ` : ${mermaidText(edge.label)}`;
      lines.push(`${indent}${from} --> ${ids.idFor(machine, edge.target)}${label}`);
    }
    if (isTerminal(state)) lines.push(`${indent}${from} --> [*]`);
  }
  return lines;
}

function declarationLines(
  machine: AslStateMachine,
  name: string,
  state: AslState,
  ids: MermaidIds,
  indent: string,
): string[] {
  const id = ids.idFor(machine, name);
  const children = childScopes(state);
  // A box shows its label over its description; a description alone would hide the name. Mermaid refuses a
  // description on a composite state, so there the type goes into the label.
  if (children.length === 0) {
    return [
      `${indent}state "${mermaidText(name)}" as ${id}`,
      `${indent}${id} : ${mermaidText(boxText(state))}`,
    ];
  }
  const lines = [`${indent}state "${mermaidText(`${name} · ${state.Type}`)}" as ${id}`];
  lines.push(`${indent}state ${id} {`);
  children.forEach((child, index) => {
    if (index > 0) lines.push(`${indent}${INDENT}--`);
    lines.push(...scopeLines(child.machine, ids, indent + INDENT));
  });
  lines.push(`${indent}}`);
  return lines;
}

/** The type, then what it calls (Resource) or the error it ends with (Error), read structurally. */
function boxText(state: AslState): string {
  const resource = resourceOf(state);
  const error = (state as { Error?: unknown }).Error;
  if (resource !== undefined) return `${state.Type} · ${shortResource(resource)}`;
  return typeof error === "string" ? `${state.Type} · ${error}` : String(state.Type);
}
