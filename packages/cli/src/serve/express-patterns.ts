import type { Diagnostic } from "@statesmith/dsl";

type JsonObject = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * "Express Workflows only support Request Response integrations": no `.sync` (Run a Job) and no
 * `.waitForTaskToken` (callback), at any depth (Parallel branches, Map processors).
 * https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html
 */
export function expressDiagnostics(definition: unknown): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [name, state] of taskStates(isObject(definition) ? definition.States : undefined)) {
    const resource = typeof state.Resource === "string" ? state.Resource : "";
    const pattern = /\.(sync(?::2)?|waitForTaskToken)$/.exec(resource)?.[1];
    if (pattern === undefined) continue;
    found.push({
      severity: "error",
      kind: "refused-by-aws",
      state: name,
      field: "Resource",
      message: `EXPRESS state machines do not support the .${pattern} integration pattern (${resource}).`,
      hint: "Use a STANDARD state machine, or call the service with the request-response pattern (no suffix).",
    });
  }
  return found;
}

function* taskStates(states: unknown): Generator<readonly [string, JsonObject]> {
  if (!isObject(states)) return;
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    if (state.Type === "Task") yield [name, state];
    for (const branch of Array.isArray(state.Branches) ? state.Branches : []) {
      if (isObject(branch)) yield* taskStates(branch.States);
    }
    for (const processor of [state.ItemProcessor, state.Iterator]) {
      if (isObject(processor)) yield* taskStates(processor.States);
    }
  }
}
