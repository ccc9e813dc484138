import { parseArgs } from 'node:util';
import {
  applyMigrations,
  computeScores,
  createDriver,
  createLogger,
  Executor,
} from '@guanxi/server';
import { ensureSyntheticGraph, openNeo4j } from './connections';

/**
 * The graph-wide scores job (`npm run analyse`) on the synthetic graph, timed per phase:
 *   tsx bench/analysis-scores.ts --people 100000 [--data-dir /tmp/guanxi-scores-100k] [--runs 3]
 * `--data-dir` keeps the loaded graph between runs (it is loaded only when missing); with
 * NEO4J_URI set, the graph there is used as it is.
 */

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      'data-dir': { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const neo4j = await openNeo4j(values['data-dir']);
  const driver = createDriver(neo4j.connection);
  const executor = new Executor(driver, { timeoutMs: 10 * 60_000, logger: createLogger('warn') });
  try {
    // As `npm run analyse` does: the score indexes exist and are kept while the job writes.
    await applyMigrations(executor);
    await ensureSyntheticGraph(executor, Number(values.people), neo4j.disposable);
    const totals: number[] = [];
    for (let run = 1; run <= Number(values.runs); run += 1) {
      const started = performance.now();
      /** When each phase last reported: its end. */
      const phases = new Map<string, number>();
      const summary = await computeScores(executor, {
        onProgress: (phase, done, total) => {
          phases.set(phase, performance.now() - started);
          if (done === total) process.stderr.write(`[run ${run}] ${phase} ${done}/${total}\n`);
        },
      });
      const total = performance.now() - started;
      totals.push(total);
      console.log(
        `run ${run}: ${seconds(total)} for ${summary.entities} entities, ${summary.ties} ties ` +
          `(read by ${seconds(phases.get('read') ?? 0)}, scored by ${seconds(phases.get('compute') ?? 0)}); ` +
          `${summary.communities} communities, modularity ${summary.modularity.toFixed(3)}, betweenness ${summary.betweenness}`,
      );
    }
    totals.sort((a, b) => a - b);
    console.log(
      `runs: ${totals.map(seconds).join(', ')}; median ${seconds(totals[Math.floor(totals.length / 2)]!)}`,
    );
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

await main();
