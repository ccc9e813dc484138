import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { findFreePort } from '@guanxi/neo4j-local';
import { generateSyntheticGraph } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
  Executor,
  loadGraph,
} from '@guanxi/server';
import { emptyDatabase } from '../tests/helpers/test-database';
import { benchNeo4j } from './neo4j';

/**
 * `npm run bench:fairness -- [--people 10000] [--heavy 50]`: does a burst of heavy reads starve
 * everyone else? The real HTTP server over a synthetic graph; `--heavy` heavy reads at once
 * (depth-3 neighbourhoods of the largest hubs with limit 1,000, `connections` of 6 hops and 10
 * paths) while /health and a cheap `node` read are asked every 100 ms. Reports how the heavy
 * reads ended (answered, or refused 429 by the heavy-read gate) and the probes' latency.
 */
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    heavy: { type: 'string', default: '50' },
  },
});
const people = Number(values.people);
const heavyCount = Number(values.heavy);

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function figures(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p = (q: number) => percentile(sorted, q).toFixed(1);
  return `n=${sorted.length} p50 ${p(50)} ms, p95 ${p(95)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
}

async function timedFetch(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

const post = (query: string, variables: Record<string, unknown>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

const NEIGHBOURHOOD = `query Heavy($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id } edges { id } } }`;
const CONNECTIONS = `query Paths($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 6, first: 10) { length } }`;
const CHEAP = `query Cheap($id: ID!) { node(id: $id) { id name } }`;

const database = await benchNeo4j();
if (!database.disposable) {
  console.error('bench:fairness empties its database; set GUANXI_BENCH_RESET=yes for NEO4J_URI.');
  process.exit(2);
}
const driver = createDriver(database.connection);
const logger = createLogger('warn');
const executor = new Executor(driver, { timeoutMs: 15_000, logger });
let server: Server | undefined;
try {
  await emptyDatabase(executor);
  await applyMigrations(executor);
  const loaded = await loadGraph(executor, generateSyntheticGraph({ people }), () => undefined, {
    transactions: 'per-batch',
  });
  if (!loaded.ok) throw new Error('the synthetic graph did not load');

  const hubs = (
    await executor.run(
      'benchHubs',
      'MATCH (i:Institution) RETURN i.id AS id ORDER BY COUNT { (i)--() } DESC LIMIT 10',
    )
  ).map((row) => String(row.get('id')));
  const persons = (
    await executor.run('benchPeople', 'MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 200')
  ).map((row) => String(row.get('id')));

  server = createHttpServer(createGuanxiYoga({ executor, logger, tokens: [] }), executor, {
    logger,
    rateLimit: null,
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${port}`;

  const heavy = Array.from({ length: heavyCount }, (_, index) =>
    index % 2 === 0
      ? post(NEIGHBOURHOOD, { id: hubs[index % hubs.length] })
      : post(CONNECTIONS, { from: persons[index % 100], to: persons[100 + (index % 100)] }),
  );
  const health: number[] = [];
  const cheap: number[] = [];
  let probing = true;
  const probes = (async () => {
    while (probing) {
      const [h, c] = await Promise.all([
        timedFetch(`${base}/health`),
        timedFetch(`${base}/graphql`, post(CHEAP, { id: persons[0] })),
      ]);
      if (h.status === 200) health.push(h.ms);
      if (c.status === 200 && !c.body.includes('"errors"')) cheap.push(c.ms);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = performance.now();
  const outcomes = await Promise.all(heavy.map((init) => timedFetch(`${base}/graphql`, init)));
  const batchMs = performance.now() - started;
  probing = false;
  await probes;

  const answered = outcomes.filter((o) => o.status === 200 && !o.body.includes('"errors"'));
  const refused = outcomes.filter((o) => o.status === 429);
  const other = outcomes.length - answered.length - refused.length;
  console.log(`# Heavy reads against everyone else (${people.toLocaleString('en')} people)`);
  console.log(`heavy reads: ${outcomes.length} at once, batch ${(batchMs / 1000).toFixed(1)} s`);
  console.log(`  answered ${answered.length} (${figures(answered.map((o) => o.ms))})`);
  console.log(
    `  refused 429 ${refused.length}${refused.length ? ` (${figures(refused.map((o) => o.ms))})` : ''}`,
  );
  console.log(`  other ${other}`);
  console.log(`/health meanwhile: ${figures(health)}`);
  console.log(`cheap node read meanwhile: ${figures(cheap)}`);
} finally {
  server?.closeAllConnections();
  server?.close();
  await driver.close();
  await database.stop();
}
