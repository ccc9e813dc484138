import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Timing } from './measure';
import type { NestedShape } from './nested-operation';

export interface ScenarioResult {
  scenario: string;
  institution: string;
  shape: NestedShape;
  graphqlRoundTrips: number;
  baselineRoundTrips: number;
  graphql: Timing;
  baseline: Timing;
  /** GraphQL latency over baseline latency, at the median and the 95th percentile. */
  ratioP50: number;
  ratioP95: number;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export function printResults(results: readonly ScenarioResult[]): void {
  for (const r of results) {
    process.stdout.write(
      [
        `\n${r.scenario}: institution "${r.institution}", ${r.shape.members} people, ${r.shape.positions} offices`,
        `  round trips   GraphQL ${r.graphqlRoundTrips}   raw driver ${r.baselineRoundTrips}`,
        `  GraphQL       p50 ${ms(r.graphql.p50)}  p95 ${ms(r.graphql.p95)}  p99 ${ms(r.graphql.p99)}  (${r.graphql.samples} runs)`,
        `  raw driver    p50 ${ms(r.baseline.p50)}  p95 ${ms(r.baseline.p95)}  p99 ${ms(r.baseline.p99)}  (${r.baseline.samples} runs)`,
        `  ratio         p50 ×${r.ratioP50.toFixed(2)}  p95 ×${r.ratioP95.toFixed(2)}`,
        '',
      ].join('\n'),
    );
  }
}

/** bench/results/ is git-ignored: results describe one machine on one day. */
export async function writeResults(results: readonly ScenarioResult[]): Promise<string> {
  const folder = path.resolve(import.meta.dirname, 'results');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `nested-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ node: process.version, at: new Date().toISOString(), results }, null, 2)}\n`,
  );
  return file;
}
