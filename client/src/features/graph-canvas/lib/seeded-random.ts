import { seededRandom } from '@guanxi/graph-metrics';

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
