import { checkGraph, readGraphFile, sha256Hex } from '@guanxi/graph-io';
import {
  ENTITY_KINDS,
  ENTITY_RELATION_TYPES,
  type GraphFileProblem,
  type TextResolver,
  type ValidatedGraph,
} from '@guanxi/graph-schema';
import type { Executor, QueryRunner } from '../db/executor';
import {
  mentionsOf,
  mergeRelations,
  writeEntities,
  writeSources,
} from '../repositories/graph-import-repository';

export interface WriteGraphOptions {
  /** Records per UNWIND statement. */
  batchSize?: number;
  /**
   * `single` (the default): the whole graph in one transaction, so a failure writes nothing.
   * `per-batch`: one transaction per batch, for large regenerable graphs (synthetic data) that
   * would not fit one transaction's memory; a failure may leave a partial graph to reload.
   */
  transactions?: 'single' | 'per-batch';
  onProgress?: (written: number, total: number) => void;
}

export interface WriteSummary {
  sources: number;
  entities: number;
  relationships: number;
  mentions: number;
}

interface Step {
  records: number;
  write(tx: QueryRunner): Promise<void>;
}

function batches<T>(records: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < records.length; start += size)
    result.push(records.slice(start, start + size));
  return result;
}

/** Sources, then entities by kind, then relationships by type, then mentions: ends exist first. */
function plan(graph: ValidatedGraph, batchSize: number): { steps: Step[]; mentions: number } {
  const step = <T>(
    records: readonly T[],
    write: (tx: QueryRunner, batch: T[]) => Promise<void>,
  ): Step[] =>
    batches(records, batchSize).map((batch) => ({
      records: batch.length,
      write: (tx) => write(tx, batch),
    }));
  const sources = graph.sources.map((source) => ({
    ...source,
    checksum: source.checksum ?? sha256Hex(source.text),
  }));
  const mentions = mentionsOf(graph.entities);
  const steps = [
    ...step(sources, writeSources),
    ...ENTITY_KINDS.flatMap((kind) =>
      step(
        graph.entities.filter((entity) => entity.kind === kind),
        (tx, batch) => writeEntities(tx, kind, batch),
      ),
    ),
    ...ENTITY_RELATION_TYPES.flatMap((type) =>
      step(
        graph.relationships.filter((r) => r.type === type),
        (tx, batch) => mergeRelations(tx, type, batch),
      ),
    ),
    ...step(mentions, (tx, batch) => mergeRelations(tx, 'MENTIONED', batch)),
  ];
  return { steps, mentions: mentions.length };
}

/** Writes a validated graph with MERGE in UNWIND batches; writing it again changes nothing. */
export async function writeGraph(
  executor: Executor,
  graph: ValidatedGraph,
  options: WriteGraphOptions = {},
): Promise<WriteSummary> {
  const { batchSize = 1000, transactions = 'single', onProgress } = options;
  const { steps, mentions } = plan(graph, batchSize);
  const total = steps.reduce((sum, s) => sum + s.records, 0);
  let written = 0;
  const run = async (tx: QueryRunner, s: Step) => {
    await s.write(tx);
    written += s.records;
    onProgress?.(written, total);
  };
  if (transactions === 'single') {
    await executor.writeTransaction('importGraph', async (tx) => {
      // A retried transaction starts over: count its progress from zero again.
      written = 0;
      for (const s of steps) await run(tx, s);
    });
  } else {
    for (const s of steps) await executor.writeTransaction('importGraphBatch', (tx) => run(tx, s));
  }
  return {
    sources: graph.sources.length,
    entities: graph.entities.length,
    relationships: graph.relationships.length,
    mentions,
  };
}

export type LoadResult =
  { ok: true; summary: WriteSummary } | { ok: false; problems: GraphFileProblem[] };

/** Checks the whole graph first; writes only a graph without a single problem. */
export async function loadGraph(
  executor: Executor,
  input: unknown,
  resolveText: TextResolver,
  options: WriteGraphOptions = {},
): Promise<LoadResult> {
  const checked = checkGraph(input, resolveText);
  if (!checked.ok) return checked;
  return { ok: true, summary: await writeGraph(executor, checked.graph, options) };
}

/** Reads, checks and loads a graph file (JSON, format guanxi-graph/1). */
export async function loadGraphFile(
  executor: Executor,
  dataFile: string,
  options: WriteGraphOptions = {},
): Promise<LoadResult> {
  const checked = await readGraphFile(dataFile);
  if (!checked.ok) return checked;
  return { ok: true, summary: await writeGraph(executor, checked.graph, options) };
}
