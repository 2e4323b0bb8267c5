/**
 * ValidateStateMachineDefinition reports where a problem is as `/States/Name/Field/…` (nested states as
 * `/States/Par/Branches/0/States/Inner/…`): the innermost state is the diagnostic's state, the rest its field.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html
 */
export function parseLocation(location: string | undefined): { state: string | null; field: string | null } {
  if (!location) return { state: null, field: null };
  const segments = location.split("/").filter((segment) => segment.length > 0);
  const statesAt = segments.lastIndexOf("States");
  if (statesAt < 0 || statesAt + 1 >= segments.length) {
    return { state: null, field: segments.length > 0 ? joinField(segments) : null };
  }
  const rest = segments.slice(statesAt + 2);
  return { state: segments[statesAt + 1]!, field: rest.length > 0 ? joinField(rest) : null };
}

/** `Retry/0/MaxAttempts` → `Retry[0].MaxAttempts`, the Diagnostic field spelling. */
function joinField(segments: readonly string[]): string {
  return segments.reduce((field, segment) => {
    if (/^\d+$/.test(segment)) return `${field}[${segment}]`;
    return field ? `${field}.${segment}` : segment;
  }, "");
}
