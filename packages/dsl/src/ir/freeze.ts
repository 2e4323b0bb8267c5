/**
 * Deep-freezes plain data so that IR nodes can be shared between machines without defensive copies. Frozen
 * children are not entered again (IR nodes are built from frozen parts), and no arrays are allocated on the
 * way: builders call this for every node they make.
 */
export function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) freezeDeep(value[index]);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) freezeDeep(record[key]);
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
