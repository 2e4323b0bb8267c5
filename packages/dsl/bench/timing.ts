/** Bench timing: medians of timed samples, after untimed warm-up samples that let the JIT settle. */
export const WARMUP = 3;
export const RUNS = 11;

/** Called untimed before each sample (e.g. to make fresh CDK Stacks); returns the call to time. */
export type Prepare = () => (index: number) => unknown;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median milliseconds per call of each case. Samples alternate between the cases, so a busy machine slows
 * them alike and their ratio holds; each times `batch` calls, so that a small machine's sample is not timer
 * noise. No forced GC between samples: a full gc() left V8 collecting and re-optimising through the next
 * samples, and made them 2-3x slower and erratic.
 */
export function medianMs<K extends string>(
  cases: { readonly [Name in K]: Prepare },
  batch = 1,
): Record<K, number> {
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < WARMUP + RUNS; run++) {
    for (const name of names) {
      const call = cases[name]();
      const start = performance.now();
      for (let index = 0; index < batch; index++) call(index);
      const elapsed = performance.now() - start;
      if (run >= WARMUP) samples.get(name)!.push(elapsed / batch);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name)!)])) as Record<K, number>;
}
