/**
 * CloudFormation refuses a template whose resources depend on each other in a circle; CDK does not check
 * references inside one stack at synth time. This finds such a cycle from the template itself: an edge for
 * every Ref, Fn::GetAtt, Fn::Sub `${X}` and DependsOn between resources.
 */
type Resources = Record<string, { Properties?: unknown; DependsOn?: string | string[] }>;

export function findDependencyCycle(template: { Resources?: Resources }): string[] | undefined {
  const resources = template.Resources ?? {};
  const ids = new Set(Object.keys(resources));
  const edges = new Map<string, Set<string>>();
  for (const [id, resource] of Object.entries(resources)) {
    const targets = new Set<string>();
    collectReferences(resource.Properties, targets);
    for (const dependency of [resource.DependsOn ?? []].flat()) targets.add(dependency);
    edges.set(id, new Set([...targets].filter((target) => ids.has(target))));
  }
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "visiting") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "visiting");
    path.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of ids) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

function collectReferences(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectReferences(item, into);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "Ref" && typeof value === "string") into.add(value);
    else if (key === "Fn::GetAtt" && Array.isArray(value)) into.add(String(value[0]));
    else if (key === "Fn::Sub") {
      const text = Array.isArray(value) ? value[0] : value;
      for (const match of String(text).matchAll(/\$\{([^}.!]+)[^}]*\}/g)) into.add(match[1]!);
      if (Array.isArray(value)) collectReferences(value[1], into);
    } else collectReferences(value, into);
  }
}
