import type { AslStateMachine } from "../../asl/types.js";

/** Mermaid words that cannot be a state id: the lexer reads them as keywords. */
const RESERVED = new Set([
  "as",
  "class",
  "classdef",
  "click",
  "default",
  "direction",
  "end",
  "hide",
  "note",
  "scale",
  "state",
  "statediagram",
  "style",
]);

/**
 * Allocates one diagram-wide id per state: the state's own name when Mermaid can read it as an id, else a
 * slug of it made unique with a suffix; the name itself then becomes the label. Names are looked up per scope
 * (top level, each branch), because a transition can only name a state of its own scope.
 */
export class MermaidIds {
  readonly #taken = new Set<string>();
  readonly #byScope = new Map<AslStateMachine, Map<string, string>>();

  idFor(scope: AslStateMachine, name: string): string {
    const names = this.#byScope.get(scope) ?? new Map<string, string>();
    this.#byScope.set(scope, names);
    const known = names.get(name);
    if (known !== undefined) return known;
    const id = this.#unique(slug(name));
    names.set(name, id);
    return id;
  }

  #unique(base: string): string {
    let id = base;
    for (let suffix = 2; this.#taken.has(id); suffix++) id = `${base}_${suffix}`;
    this.#taken.add(id);
    return id;
  }
}

function slug(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  const id = /^[A-Za-z]/.test(cleaned) ? cleaned : `s_${cleaned}`;
  // Mermaid names the start and end markers of the diagram and of each composite `<id>_start` / `<id>_end`.
  return RESERVED.has(id.toLowerCase()) || /_(start|end)$/.test(id) ? `${id}_state` : id;
}
