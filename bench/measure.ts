export interface Timing {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Percentiles of latencies in ms; sorts `durations` in place. */
export function summarise(durations: number[]): Timing {
  durations.sort((a, b) => a - b);
  return {
    samples: durations.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    mean: durations.reduce((sum, d) => sum + d, 0) / durations.length,
  };
}

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

/**
 * Latency in ms of two ways to do the same work, measured in alternation (which goes first
 * alternates too) after an unmeasured warm-up: whatever else loads the machine weighs on both.
 */
export async function measurePair(
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  { warmup, iterations }: { warmup: number; iterations: number },
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i += 1) {
    await first();
    await second();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    if (i % 2 === 0) {
      a.push(await timed(first));
      b.push(await timed(second));
    } else {
      b.push(await timed(second));
      a.push(await timed(first));
    }
  }
  return [summarise(a), summarise(b)];
}
