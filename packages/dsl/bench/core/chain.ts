export const LAST = "Last";

/**
 * The state names of the generated chain, in order: `Step i` groups (a Pass, then `Check i`, a Choice whose
 * rules both go on and whose Default is `Fail i`), then `Extra j` Passes to make up the count, then `Last`.
 * generateMachine (validate.ts), the DSL builder and the CDK builder all follow it, so they build one machine.
 */
export function chainOf(size: number): readonly string[] {
  const groups = Math.floor((size - 1) / 3);
  const extras = size - 1 - groups * 3;
  return [
    ...Array.from({ length: groups }, (_, index) => `Step ${index}`),
    ...Array.from({ length: extras }, (_, index) => `Extra ${index}`),
    LAST,
  ];
}

/** The index of a `Step i` name, or undefined for `Extra j` and `Last`. */
export function stepIndex(name: string): number | undefined {
  return name.startsWith("Step ") ? Number(name.slice(5)) : undefined;
}
