/**
 * One fixed field order for every state, so the JSON text is deterministic and reads top-down in the order
 * AWS applies the fields: identity, input processing, the state's own work, output processing, errors, flow.
 */
export const STATE_FIELD_ORDER = Object.freeze([
  "Type",
  "Comment",
  "QueryLanguage",
  "Resource",
  "InputPath",
  "ItemsPath",
  "Items",
  "ItemReader",
  "ItemSelector",
  "ItemBatcher",
  "Parameters",
  "Arguments",
  "Credentials",
  "Result",
  "Seconds",
  "SecondsPath",
  "Timestamp",
  "TimestampPath",
  "Error",
  "ErrorPath",
  "Cause",
  "CausePath",
  "Choices",
  "Default",
  "Branches",
  "ItemProcessor",
  "MaxConcurrency",
  "MaxConcurrencyPath",
  "ToleratedFailureCount",
  "ToleratedFailureCountPath",
  "ToleratedFailurePercentage",
  "ToleratedFailurePercentagePath",
  "Label",
  "ResultWriter",
  "TimeoutSeconds",
  "TimeoutSecondsPath",
  "HeartbeatSeconds",
  "HeartbeatSecondsPath",
  "ResultSelector",
  "ResultPath",
  "OutputPath",
  "Output",
  "Assign",
  "Retry",
  "Catch",
  "Next",
  "End",
] as const);

export type StateField = (typeof STATE_FIELD_ORDER)[number];

const RANK = new Map<string, number>(STATE_FIELD_ORDER.map((field, index) => [field, index]));

/** The same fields in the fixed order; undefined values are dropped. */
export function ordered<T extends object>(fields: Partial<Record<StateField, unknown>>): T {
  for (const key in fields) if (!RANK.has(key)) throw new Error(`internal: no field order for ${key}`);
  const result: Record<string, unknown> = {};
  for (const field of STATE_FIELD_ORDER) {
    const value = fields[field];
    if (value !== undefined) result[field] = value;
  }
  return result as T;
}
