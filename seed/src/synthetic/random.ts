/** A small seeded generator (mulberry32): the same seed always yields the same graph. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /**
   * A rank in [0, n) drawn from a power law (P(k) ∝ (k + 1)^-exponent): rank 0 is drawn most,
   * so the first items become hubs and the long tail stays sparse, as in real affiliation graphs.
   */
  zipf(n: number, exponent?: number): number;
  /** An item drawn by `zipf` over its position: the first items are the hubs. */
  zipfPick<T>(items: readonly T[], exponent?: number): T;
  /** An item drawn with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A count ≥ 0 with a heavy tail (Pareto): most draws are 0–2, a few are large. */
  heavyTailCount(shape: number, max: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const at = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new Error('cannot draw from an empty list');
    return items[index] as T;
  };
  const zipf = (n: number, exponent = 1.1): number => {
    // Inverse transform of the continuous power law on [1, n + 1): O(1) per draw at any n.
    const oneMinusS = 1 - exponent;
    const x = Math.pow((Math.pow(n + 1, oneMinusS) - 1) * next() + 1, 1 / oneMinusS);
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  };
  return {
    next,
    int,
    pick: (items) => at(items, int(items.length)),
    zipf,
    zipfPick: (items, exponent) => at(items, zipf(items.length, exponent)),
    weighted: (items, weight) => {
      let roll = next() * items.reduce((sum, item) => sum + weight(item), 0);
      const found = items.find((item) => (roll -= weight(item)) < 0);
      return found ?? at(items, items.length - 1);
    },
    heavyTailCount: (shape, max) => Math.min(max, Math.floor(Math.pow(1 - next(), -1 / shape)) - 1),
  };
}
