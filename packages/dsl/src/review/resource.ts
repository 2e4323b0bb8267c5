/** `arn:aws:states:::lambda:invoke` → `lambda:invoke`; a Lambda function ARN → `lambda:<function>`; else as is. */
export function shortResource(resource: string): string {
  const integration = /^arn:[^:]+:states:::(.+)$/.exec(resource);
  if (integration?.[1]) return integration[1];
  const lambda = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:(.+)$/.exec(resource);
  return lambda?.[1] ? `lambda:${lambda[1]}` : resource;
}

/** The Task's Resource, read structurally so that shared code need not know which state types have one. */
export function resourceOf(state: object): string | undefined {
  const resource = (state as { Resource?: unknown }).Resource;
  return typeof resource === "string" ? resource : undefined;
}
