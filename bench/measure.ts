export interface Timing {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Runs `work` `warmup` times unmeasured, then `iterations` times, and summarises latency in ms. */
export async function measure(
  work: () => Promise<unknown>,
  { warmup, iterations }: { warmup: number; iterations: number },
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const durations: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    samples: durations.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    mean: durations.reduce((sum, d) => sum + d, 0) / durations.length,
  };
}
