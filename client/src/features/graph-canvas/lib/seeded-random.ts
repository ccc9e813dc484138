/** mulberry32: a tiny PRNG whose whole state is one 32-bit integer, good enough for a layout. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random drawing from a seeded sequence. fcose and its cose base take
 * their randomness from Math.random and offer no seed; the layout worker has nothing else that
 * needs real randomness, so swapping it there, for the length of one layout, is contained.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
