/** Deep-freezes plain data so that IR nodes can be shared between machines without defensive copies. */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}

/** A new frozen node with some fields replaced; `undefined` in the patch removes the field. */
export function cloneWith<N extends object>(node: N, patch: Partial<N>): N {
  const next: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return freezeDeep(next) as N;
}
