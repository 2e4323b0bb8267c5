/**
 * Time in the breaker is the state's own entry time (`$states.context.State.EnteredTime`), in epoch
 * milliseconds: every state decides with the time it was entered, as Step Functions records it, so a local
 * run on a virtual clock decides exactly as AWS would.
 */
export const NOW = "$toMillis($states.context.State.EnteredTime)";

/** A number as a DynamoDB `N` string. */
export const asN = (expression: string): string => `$string(${expression})`;

/** The start of the tumbling window `now` falls in. */
export const windowStart = (windowSeconds: number): string =>
  `($floor(${NOW} / ${windowSeconds * 1000}) * ${windowSeconds * 1000})`;

/** Epoch seconds for DynamoDB's TTL. */
export const expiresAfter = (seconds: number): string => `($floor(${NOW} / 1000) + ${seconds})`;

/** The end of the open period after `reopens` failed probes: base × multiplier^reopens, capped. */
export const openUntil = (
  cooldown: { readonly seconds: number; readonly multiplier: number; readonly maxSeconds: number },
  reopens: string,
): string =>
  `(${NOW} + $min([${cooldown.seconds} * $power(${cooldown.multiplier}, ${reopens}), ${cooldown.maxSeconds}]) * 1000)`;
