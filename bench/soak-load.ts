import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { findFreePort, type Neo4jConnection } from '@guanxi/neo4j-local';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import {
  applyMigrations,
  createDriver,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
  Executor,
  exportGraph,
  seedArticle,
} from '@guanxi/server';
import neo4j from 'neo4j-driver';

/**
 * A soak run: the real HTTP server in this process, on a free port, over a database that holds
 * the article graph; a fixed rate of mixed reads and token-carrying writes over HTTP; errors,
 * latency per operation, and memory of the server and of Neo4j at start and end.
 */
export interface SoakOptions {
  connection: Neo4jConnection;
  durationMs: number;
  /** Operations started per second, whatever the answers' speed (an open loop). */
  ratePerSecond: number;
  /** Operations in flight at most; beyond it a tick is counted as dropped (the server fell behind). */
  maxInFlight?: number;
  log?: (line: string) => void;
}

export interface OperationFigures {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export interface MemoryFigures {
  serverRssMiB: number;
  serverHeapUsedMiB: number;
  neo4jHeapUsedMiB: number | null;
  neo4jHeapCommittedMiB: number | null;
}

export interface SoakReport {
  durationS: number;
  ratePerSecond: number;
  operations: number;
  errors: number;
  dropped: number;
  /** The first few errors, for a person to read. */
  errorSamples: string[];
  perOperation: Record<string, OperationFigures>;
  memory: { start: MemoryFigures; end: MemoryFigures };
}

const SOAK_TOKEN = `soak-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const MiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The article's text, for evidence quotes with true offsets. */
function articleQuotes(
  sourceId: string,
): { sourceId: string; quote: string; start: number; end: number }[] {
  const textFile = path.resolve(
    path.dirname(ARTICLE_GRAPH_FILE),
    '..',
    'article',
    '000_909d8094033b2388.txt',
  );
  const text = readFileSync(textFile, 'utf8');
  const words = [...new Set(text.match(/[A-Za-z]{7,}/g) ?? [])].slice(0, 200);
  return words.map((quote) => {
    const start = text.indexOf(quote);
    return { sourceId, quote, start, end: start + quote.length };
  });
}

async function neo4jMemory(
  connection: Neo4jConnection,
): Promise<Pick<MemoryFigures, 'neo4jHeapUsedMiB' | 'neo4jHeapCommittedMiB'>> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
  );
  const session = driver.session();
  try {
    const result = await session.run(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
    );
    const heap = result.records[0]?.get('heap') as
      { used: unknown; committed: unknown } | undefined;
    return {
      neo4jHeapUsedMiB: heap ? MiB(Number(heap.used)) : null,
      neo4jHeapCommittedMiB: heap ? MiB(Number(heap.committed)) : null,
    };
  } catch {
    return { neo4jHeapUsedMiB: null, neo4jHeapCommittedMiB: null };
  } finally {
    await session.close();
    await driver.close();
  }
}

async function memory(connection: Neo4jConnection): Promise<MemoryFigures> {
  const usage = process.memoryUsage();
  return {
    serverRssMiB: MiB(usage.rss),
    serverHeapUsedMiB: MiB(usage.heapUsed),
    ...(await neo4jMemory(connection)),
  };
}

type Operation = {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  write?: boolean;
};

/** Runs a soak against a database that may be emptied; leaves the article plus the soak's writes. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { connection, durationMs, ratePerSecond, maxInFlight = 200, log = () => {} } = options;
  const driver = createDriver(connection);
  const logger = createLogger('silent');
  const executor = new Executor(driver, { timeoutMs: 15_000, logger });
  let server: Server | undefined;
  try {
    await applyMigrations(executor);
    await seedArticle(executor);
    const graph = await exportGraph(executor);
    const ids = (kind: string) => graph.entities.filter((e) => e.kind === kind).map((e) => e.id);
    const people = ids('PERSON');
    const institutions = ids('INSTITUTION');
    const all = graph.entities.map((e) => e.id);
    const names = graph.entities.map((e) => e.name.split(/\s+/)[0]!).filter((n) => n.length > 2);
    const quotes = articleQuotes(graph.sources[0]!.id);

    const yoga = createGuanxiYoga({
      executor,
      logger,
      tokens: [{ label: 'soak', scope: 'write', token: SOAK_TOKEN }],
    });
    server = createHttpServer(yoga, executor);
    const port = await findFreePort();
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${port}/graphql`;
    log(
      `soak: server on ${url}, ${graph.entities.length} entities; ${ratePerSecond} ops/s for ${durationMs / 1000} s`,
    );

    // Write state: entities the soak created, and links it may undo.
    const created: string[] = [];
    const links: string[] = [];
    let sequence = 0;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

    const READS: (() => Operation)[] = [
      () => ({
        name: 'search',
        query: 'query ($t: String!) { search(text: $t, first: 10) { entity { id name } } }',
        variables: { t: pick(names) },
      }),
      () => ({
        name: 'node',
        query: 'query ($id: ID!) { node(id: $id) { id name kind aliases } }',
        variables: { id: pick(all) },
      }),
      () => ({
        name: 'neighborhood',
        query:
          'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { truncated nodes { id name kind } edges { id } } }',
        variables: { id: pick(all) },
      }),
      () => ({
        name: 'connections',
        query:
          'query ($a: ID!, $b: ID!) { connections(from: $a, to: $b, first: 3) { length nodes { id } } }',
        variables: { a: pick(people), b: pick(institutions) },
      }),
      () => ({
        name: 'affiliations',
        query:
          'query ($id: ID!) { affiliations(id: $id) { institutions { label institution { id name } } } }',
        variables: { id: pick(people) },
      }),
    ];
    const write = (): Operation => {
      const turn = sequence++ % 4;
      if (turn === 1 && created.length > 0) {
        return {
          name: 'updateEntity',
          write: true,
          query:
            'mutation ($id: ID!, $note: String!) { updateEntity(id: $id, input: { note: $note }) { id } }',
          variables: { id: pick(created), note: `soak note ${sequence}` },
        };
      }
      if (turn === 2 && created.length > 0) {
        return {
          name: 'link',
          write: true,
          query: 'mutation ($input: LinkInput!) { link(input: $input) { id } }',
          variables: {
            input: {
              type: 'MEMBER_OF',
              from: pick(created),
              to: pick(institutions),
              title: `member ${sequence}`,
              evidence: [pick(quotes)],
            },
          },
        };
      }
      if (turn === 3 && links.length > 0) {
        return {
          name: 'unlink',
          write: true,
          query: 'mutation ($id: ID!) { unlink(id: $id) { id } }',
          variables: { id: links.shift() },
        };
      }
      return {
        name: 'createEntity',
        write: true,
        query: 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        variables: {
          input: {
            kind: 'PERSON',
            id: `soak-person-${Date.now()}-${sequence}`,
            name: `Soak Person ${sequence}`,
            evidence: [pick(quotes)],
          },
        },
      };
    };

    const latencies = new Map<string, number[]>();
    const errorCounts = new Map<string, number>();
    const errorSamples: string[] = [];
    let operations = 0;
    let errors = 0;
    let dropped = 0;
    let inFlight = 0;
    const fail = (name: string, message: string) => {
      errors += 1;
      errorCounts.set(name, (errorCounts.get(name) ?? 0) + 1);
      if (errorSamples.length < 10) errorSamples.push(`${name}: ${message}`);
    };

    const perform = async (operation: Operation) => {
      inFlight += 1;
      operations += 1;
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(operation.write ? { authorization: `Bearer ${SOAK_TOKEN}` } : {}),
          },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
        });
        const body = (await response.json()) as {
          data?: Record<string, { id?: string } | null>;
          errors?: { message: string }[];
        };
        const ms = performance.now() - started;
        if (!latencies.has(operation.name)) latencies.set(operation.name, []);
        latencies.get(operation.name)!.push(ms);
        if (response.status !== 200 || body.errors) {
          fail(
            operation.name,
            `HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`,
          );
          return;
        }
        const id = body.data?.[operation.name]?.id;
        if (operation.name === 'createEntity' && id) created.push(id);
        if (operation.name === 'link' && id) links.push(id);
      } catch (error) {
        fail(operation.name, error instanceof Error ? error.message : String(error));
      } finally {
        inFlight -= 1;
      }
    };

    const start = await memory(connection);
    const pending = new Set<Promise<void>>();
    const intervalMs = 1000 / ratePerSecond;
    const began = performance.now();
    let lastProgress = began;
    // Three reads to one write: the explorer's traffic with curators at work.
    for (let tick = 0; performance.now() - began < durationMs; tick += 1) {
      const due = began + tick * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (inFlight >= maxInFlight) {
        dropped += 1;
        continue;
      }
      const operation = tick % 4 === 3 ? write() : READS[tick % READS.length]!();
      const promise = perform(operation).finally(() => pending.delete(promise));
      pending.add(promise);
      if (performance.now() - lastProgress > 10_000) {
        lastProgress = performance.now();
        log(
          `soak: ${Math.round((lastProgress - began) / 1000)} s, ${operations} operations, ${errors} errors, ${inFlight} in flight`,
        );
      }
    }
    await Promise.all(pending);
    const end = await memory(connection);

    const perOperation = Object.fromEntries(
      [...latencies.entries()].sort().map(([name, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return [
          name,
          {
            count: values.length,
            errors: errorCounts.get(name) ?? 0,
            p50: Math.round(percentile(sorted, 50) * 10) / 10,
            p99: Math.round(percentile(sorted, 99) * 10) / 10,
            max: Math.round(sorted[sorted.length - 1]! * 10) / 10,
          },
        ];
      }),
    );
    return {
      durationS: Math.round((performance.now() - began) / 100) / 10,
      ratePerSecond,
      operations,
      errors,
      dropped,
      errorSamples,
      perOperation,
      memory: { start, end },
    };
  } finally {
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await driver.close();
  }
}

/** The report as a person reads it. */
export function formatSoakReport(report: SoakReport): string {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const memoryLine = (label: string, m: MemoryFigures) =>
    `  ${label.padEnd(6)} server rss ${m.serverRssMiB} MiB, heap ${m.serverHeapUsedMiB} MiB; ` +
    `Neo4j heap ${m.neo4jHeapUsedMiB ?? '?'} MiB used of ${m.neo4jHeapCommittedMiB ?? '?'} MiB committed`;
  return [
    `soak: ${report.operations} operations in ${report.durationS} s at ${report.ratePerSecond}/s: ` +
      `${report.errors} errors, ${report.dropped} dropped`,
    `  ${'operation'.padEnd(14)}${pad('count', 7)}${pad('errors', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}`,
    ...Object.entries(report.perOperation).map(
      ([name, f]) =>
        `  ${name.padEnd(14)}${pad(f.count, 7)}${pad(f.errors, 8)}${pad(f.p50, 9)}${pad(f.p99, 9)}${pad(f.max, 9)}`,
    ),
    memoryLine('start', report.memory.start),
    memoryLine('end', report.memory.end),
    ...report.errorSamples.map((sample) => `  error: ${sample}`),
  ].join('\n');
}
