import { ENTITY_KINDS, ENTITY_RELATION_TYPES, type ValidatedGraph } from '@guanxi/graph-schema';
import type { Executor, TransactionRunner } from '../db/executor';
import {
  writeEntities,
  writeMentions,
  writeRelationships,
  writeSources,
} from '../repositories/graph-import-repository';
import { sha256Hex } from './checksum';
import {
  entitiesOfKind,
  entityRow,
  mentionRows,
  relationshipRow,
  sourceRow,
} from './stored-properties';

export interface WriteGraphOptions {
  /** Rows per UNWIND statement. */
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
  rows: number;
  write(tx: TransactionRunner): Promise<void>;
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size)
    result.push(rows.slice(start, start + size));
  return result;
}

/** Sources, then entities by kind, then relationships by type, then mentions: ends exist first. */
function plan(graph: ValidatedGraph, batchSize: number): { steps: Step[]; mentions: number } {
  const step = <T>(
    rows: T[],
    write: (tx: TransactionRunner, batch: T[]) => Promise<void>,
  ): Step[] =>
    batches(rows, batchSize).map((batch) => ({
      rows: batch.length,
      write: (tx) => write(tx, batch),
    }));
  const sources = graph.sources.map((source) =>
    sourceRow({ ...source, checksum: source.checksum ?? sha256Hex(source.text) }),
  );
  const mentions = mentionRows(graph.entities);
  const steps = [
    ...step(sources, writeSources),
    ...ENTITY_KINDS.flatMap((kind) =>
      step(entitiesOfKind(graph.entities, kind).map(entityRow), (tx, rows) =>
        writeEntities(tx, kind, rows),
      ),
    ),
    ...ENTITY_RELATION_TYPES.flatMap((type) =>
      step(graph.relationships.filter((r) => r.type === type).map(relationshipRow), (tx, rows) =>
        writeRelationships(tx, type, rows),
      ),
    ),
    ...step(mentions, writeMentions),
  ];
  return { steps, mentions: mentions.length };
}

/** Writes a validated graph with MERGE in UNWIND batches; loading it again changes nothing. */
export async function writeGraph(
  executor: Executor,
  graph: ValidatedGraph,
  options: WriteGraphOptions = {},
): Promise<WriteSummary> {
  const { batchSize = 1000, transactions = 'single', onProgress } = options;
  const { steps, mentions } = plan(graph, batchSize);
  const total = steps.reduce((sum, s) => sum + s.rows, 0);
  let written = 0;
  const run = async (tx: TransactionRunner, s: Step) => {
    await s.write(tx);
    written += s.rows;
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
