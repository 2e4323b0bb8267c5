/**
 * "Did you mean" by edit distance (optimal string alignment, case-insensitive, so `maxattempts` and
 * `MaxAttemps` both find `MaxAttempts`). Only close names are offered: a wild guess is worse than none.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // Short names get no fuzzy match: "X" is one edit from every one-letter name.
  const limit = word.length < 3 ? 0 : Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The hint text: `Did you mean "X"?` or the fallback. */
export const didYouMean = (word: string, candidates: Iterable<string>, otherwise: string): string => {
  const suggestion = closestName(word, candidates);
  return suggestion === undefined ? otherwise : `Did you mean "${suggestion}"?`;
};

function editDistance(a: string, b: string, cutoff: number): number {
  if (Math.abs(a.length - b.length) >= cutoff) return cutoff;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cutoff) return cutoff;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
