import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RoundTrips } from './check';
import type { ConnectionsResultRow } from './connections';
import type { UnderLoad } from './compare';
import type { ImportRow } from './import';
import type { Timing } from './measure';

/** One line of the table; every measurement formats its own figures into these cells. */
export interface TableRow {
  measurement: string;
  clients: string;
  p50: string;
  p95: string;
  throughput: string;
  ratio: string;
  roundTrips: string;
  samples: string;
  failed: string;
  goal: string;
}

const COLUMNS: Record<keyof TableRow, string> = {
  measurement: 'Measurement',
  clients: 'Clients',
  p50: 'p50 ms (Guanxi / other)',
  p95: 'p95 ms (Guanxi / other)',
  throughput: 'req/s (Guanxi / other)',
  ratio: 'Guanxi ÷ other req/s',
  roundTrips: 'Round trips (Guanxi / other)',
  samples: 'Samples (Guanxi / other)',
  failed: 'Failed (Guanxi / other)',
  goal: 'Goal',
};

/** The overhead goal: p50 ≤ 2 ms at one client. */
const OVERHEAD_P50_MS = 2;
/** The load goal at 8 and 32 clients: this much of the peer's throughput, latency no worse. */
const THROUGHPUT_GOAL = 1.5;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');
const perSecond = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const pair = (a: string | number, b: string | number) => `${a} / ${b}`;
const verdict = (met: boolean, goal: string) => `${met ? 'met' : 'not met'}: ${goal}`;

/** A row of Guanxi against the peer under load (or, with `overhead`, the trivial operation). */
export function comparisonRow(
  measurement: string,
  clients: number,
  roundTrips: RoundTrips,
  guanxi: UnderLoad,
  peer: UnderLoad,
  kind: 'load' | 'overhead',
): TableRow {
  const ratio = guanxi.throughput / peer.throughput;
  const goal =
    kind === 'overhead'
      ? verdict(guanxi.p50 <= OVERHEAD_P50_MS, `p50 ≤ ${OVERHEAD_P50_MS} ms`)
      : clients >= 8
        ? verdict(
            guanxi.failures === 0 &&
              ratio >= THROUGHPUT_GOAL &&
              guanxi.p50 <= peer.p50 &&
              guanxi.p95 <= peer.p95,
            `≥ ×${THROUGHPUT_GOAL}, p50 and p95 no worse, none failed`,
          )
        : '';
  return {
    measurement,
    clients: String(clients),
    p50: pair(ms(guanxi.p50), ms(peer.p50)),
    p95: pair(ms(guanxi.p95), ms(peer.p95)),
    throughput: pair(perSecond(guanxi.throughput), perSecond(peer.throughput)),
    ratio: `×${ratio.toFixed(2)}`,
    roundTrips: pair(roundTrips.guanxi, roundTrips.peer),
    samples: pair(guanxi.samples, peer.samples),
    failed: pair(guanxi.failures, peer.failures),
    goal,
  };
}

/** A row of two in-process timings taken one request at a time (no HTTP, no concurrency). */
export function sequentialRow(
  measurement: string,
  roundTrips: RoundTrips,
  guanxi: Timing,
  other: Timing,
): TableRow {
  const throughput = (timing: Timing) => 1000 / timing.mean;
  return {
    measurement,
    clients: '1',
    p50: pair(ms(guanxi.p50), ms(other.p50)),
    p95: pair(ms(guanxi.p95), ms(other.p95)),
    throughput: pair(perSecond(throughput(guanxi)), perSecond(throughput(other))),
    ratio: `×${(throughput(guanxi) / throughput(other)).toFixed(2)}`,
    roundTrips: pair(roundTrips.guanxi, roundTrips.peer),
    samples: pair(guanxi.samples, other.samples),
    failed: pair(0, 0),
    goal: '',
  };
}

/** Who-knows-whom against Neo4j's own bidirectional allShortestPaths for the same pairs. */
export function connectionsRow(row: ConnectionsResultRow): TableRow {
  const ratio = row.graphql.p95 / row.floor.p95;
  return {
    ...sequentialRow(
      `connections (maxHops ${row.maxHops}, first ${row.first}), ${row.scenario}; other: raw allShortestPaths`,
      { guanxi: row.maxStatements ?? 0, peer: 1 },
      row.graphql,
      row.floor,
    ),
    failed: `${row.notShortest} first paths not shortest`,
    goal: verdict(
      row.graphql.p95 <= 100 && ratio <= 1.5 && row.notShortest === 0,
      `p95 ≤ 100 ms and ≤ ×1.5 the floor (×${ratio.toFixed(2)}), first path shortest`,
    ),
  };
}

/** Issue 11: the synthetic graph loads at this many entity relationships a second or more. */
const IMPORT_GOAL = 50_000;

/** The import's runs: how long each load took and how many relationships a second it wrote. */
export const importRows = (rows: readonly ImportRow[]): TableRow[] =>
  rows.map((row) => ({
    measurement: `import (Neo4j warmed by an unmeasured load), ${row.scenario}: ${row.relationships.toLocaleString('en-US')} relationships in ${row.seconds.toFixed(1)} s`,
    clients: '1',
    p50: '–',
    p95: '–',
    throughput: `${row.relationshipsPerSecond.toFixed(0)} relationships/s`,
    ratio: '–',
    roundTrips: '–',
    samples: '–',
    failed: '–',
    goal: `${row.relationshipsPerSecond >= IMPORT_GOAL ? 'met' : 'not met'}: ≥ 50,000 relationships/s`,
  }));

export function markdownTable(rows: readonly TableRow[]): string {
  const keys = Object.keys(COLUMNS) as (keyof TableRow)[];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(keys.map((key) => COLUMNS[key])),
    line(keys.map(() => '---')),
    ...rows.map((row) => line(keys.map((key) => row[key]))),
  ].join('\n');
}

export interface BenchContext {
  command: string;
  people: number;
  database: string;
  /** What each measurement compares, in words. */
  compared: readonly { measurement: string; compared: string }[];
  settings: string;
}

/** The whole report: when, where, how, the table, and what each row compares. */
export function markdownReport(context: BenchContext, rows: readonly TableRow[]): string {
  const cpus = os.cpus();
  return [
    `Measured ${new Date().toISOString()} on ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}; ` +
      `${context.database}; synthetic graph of ${context.people.toLocaleString('en-US')} people.`,
    `Command: \`${context.command}\`. ${context.settings}`,
    '',
    markdownTable(rows),
    '',
    '"Other" is @neo4j/graphql unless the row names another. What each measurement asks:',
    '',
    ...context.compared.map(({ measurement, compared }) => `- **${measurement}**: ${compared}`),
  ].join('\n');
}

/** bench/results/ is git-ignored: results describe one machine on one day. */
export async function writeReport(markdown: string, figures: unknown): Promise<string> {
  const folder = path.resolve(import.meta.dirname, 'results');
  await mkdir(folder, { recursive: true });
  const stem = path.join(folder, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await writeFile(`${stem}.md`, `${markdown}\n`);
  await writeFile(`${stem}.json`, `${JSON.stringify(figures, null, 2)}\n`);
  return `${stem}.md`;
}
