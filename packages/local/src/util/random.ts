/** A small seeded generator (mulberry32) in [0, 1): the same seed gives the same number, as AWS promises. */
export function seededRandom(seed: number): number {
  let state = (seed | 0) + 0x6d2b79f5;
  state = Math.imul(state ^ (state >>> 15), state | 1);
  state ^= state + Math.imul(state ^ (state >>> 7), state | 61);
  return ((state ^ (state >>> 14)) >>> 0) / 4_294_967_296;
}
