/** Field paths as diagnostics show them: `Retry[0].MaxAttempts`, `Parameters["order id.$"]`. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*(\.\$)?$/;

export function childField(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/** Field paths from asl-validator's JSON pointers (`/Retry/0/MaxAttempts`) in the same spelling. */
export function fieldFromSegments(segments: readonly string[]): string {
  let field = "";
  for (const segment of segments)
    field = childField(field, /^\d+$/.test(segment) ? Number(segment) : segment);
  return field;
}
