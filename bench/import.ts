import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkGraph } from '@guanxi/graph-io';
import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createLogger,
  deleteGraph,
  Executor,
  writeGraph,
} from '@guanxi/server';
import { benchNeo4j } from './neo4j';

/** One timed load of the synthetic graph, the way `npm run seed:synthetic` loads it. */
export interface ImportRow {
  /** `empty database`: every record is new; `again over itself`: every record already there. */
  scenario: 'empty database' | 'again over itself';
  people: number;
  run: number;
  /** Sources and entities. */
  nodes: number;
  /** Relationships between entities, as the graph file lists them (the measure). */
  relationships: number;
  /** `(:Source)-[:MENTIONED]->(entity)`, derived from the entities' evidence. */
  mentions: number;
  seconds: number;
  relationshipsPerSecond: number;
  /** Entity relationships and mentions together. */
  allRelationshipsPerSecond: number;
  nodesPerSecond: number;
}

export interface ImportOptions {
  /** A database the bench may empty, with the schema applied. */
  executor: Executor;
  people: number;
  seed?: number;
  runs?: number;
  /**
   * People in an unmeasured load run first. A Neo4j just started spends most of its first load
   * compiling (its JIT took ~36 of ~76 CPU-s at 10^5 people): a server in service is warm.
   */
  warmupPeople?: number;
}

/**
 * Loads the synthetic graph of `people` into the emptied database `runs` times, and after each
 * load once more over itself, after an unmeasured warm-up. Generation and validation are not
 * timed: only the load.
 */
export async function measureImport(options: ImportOptions): Promise<ImportRow[]> {
  const { executor, people, seed = 42, runs = 1, warmupPeople = Math.min(people, 5_000) } = options;
  const valid = (size: number, graphSeed: number) => {
    const checked = checkGraph(
      generateSyntheticGraph({ people: size, seed: graphSeed }),
      () => undefined,
    );
    if (!checked.ok) throw new Error('the synthetic graph must be valid');
    return checked.graph;
  };
  const graph = valid(people, seed);
  const warmup = valid(warmupPeople, seed + 1);
  await deleteGraph(executor);
  for (let load = 0; load < 2; load += 1) {
    await writeGraph(executor, warmup, { transactions: 'per-batch' });
  }
  const rows: ImportRow[] = [];
  const timedLoad = async (scenario: ImportRow['scenario'], run: number) => {
    const started = performance.now();
    const summary = await writeGraph(executor, graph, { transactions: 'per-batch' });
    const seconds = (performance.now() - started) / 1000;
    const nodes = summary.sources + summary.entities;
    rows.push({
      scenario,
      people,
      run,
      nodes,
      relationships: summary.relationships,
      mentions: summary.mentions,
      seconds,
      relationshipsPerSecond: summary.relationships / seconds,
      allRelationshipsPerSecond: (summary.relationships + summary.mentions) / seconds,
      nodesPerSecond: nodes / seconds,
    });
  };
  for (let run = 1; run <= runs; run += 1) {
    await deleteGraph(executor);
    await timedLoad('empty database', run);
    await timedLoad('again over itself', run);
  }
  return rows;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatImportRows(rows: readonly ImportRow[]): string {
  return rows
    .map(
      (row) =>
        `${row.people} people, ${row.scenario}, run ${row.run}: ${whole(row.nodes)} nodes, ` +
        `${whole(row.relationships)} relationships + ${whole(row.mentions)} mentions in ${row.seconds.toFixed(1)} s = ` +
        `${whole(row.relationshipsPerSecond)} relationships/s (${whole(row.allRelationshipsPerSecond)} with mentions), ` +
        `${whole(row.nodesPerSecond)} nodes/s`,
    )
    .join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      runs: { type: 'string', default: '1' },
    },
  });
  const [people, seed, runs] = [values.people, values.seed, values.runs].map(Number);
  if (![people, seed, runs].every((n) => Number.isInteger(n) && n! > 0)) {
    throw new Error('usage: tsx bench/import.ts [--people 100000] [--seed 42] [--runs 1]');
  }
  const neo4j = await benchNeo4j();
  const driver = createDriver(neo4j.connection);
  try {
    if (!neo4j.disposable) {
      throw new Error(
        'NEO4J_URI is set: the import bench empties the database it uses. Set GUANXI_BENCH_RESET=yes to allow that.',
      );
    }
    const executor = new Executor(driver, { timeoutMs: 10 * 60_000, logger: createLogger('warn') });
    await applyMigrations(executor);
    const rows = await measureImport({ executor, people: people!, seed, runs });
    process.stdout.write(`${formatImportRows(rows)}\n`);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
