import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkGraph } from '@guanxi/graph-io';
import type { GraphFile } from '@guanxi/graph-schema';
import { generateSyntheticGraph } from '@guanxi/seed';
import { exportGraph, loadGraph } from '@guanxi/server';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * The loader CREATEs records it finds absent and MERGEs those already stored. Both paths must
 * store the same thing: the graph file exactly, each relationship once, each mention once.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

const byId = <T extends { id?: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.executor.run(
    'freshAndStoredCounts',
    `MATCH (n:Entity) WITH count(n) AS entities, count(DISTINCT n.id) AS entityIds
     MATCH ()-[r]->()
     RETURN entities, entityIds, count(r) AS relationships, count(DISTINCT type(r) + r.id) AS relationshipIds,
            count(CASE WHEN type(r) = 'MENTIONED' THEN 1 END) AS mentions`,
  );
  return row!.toObject() as Record<string, number>;
}

describe('loading a graph: new records created, stored ones merged, the same result', () => {
  const generated = generateSyntheticGraph({ people: 1500, seed: 7 });
  const checked = checkGraph(generated, () => undefined);
  if (!checked.ok) throw new Error('the synthetic graph must be valid');
  const graph = checked.graph;
  const expected = {
    entities: graph.entities.length,
    entityIds: graph.entities.length,
    relationships: graph.relationships.length + graph.entities.length,
    relationshipIds: graph.relationships.length + graph.entities.length,
    mentions: graph.entities.length,
  };
  let intoEmpty: GraphFile;

  it('into an empty database: the export is the file, and merging it again changes nothing', async () => {
    const loaded = await loadGraph(db.executor, generated, () => undefined, {
      transactions: 'per-batch',
      batchSize: 1000,
    });
    expect(loaded).toMatchObject({ ok: true });
    intoEmpty = await exportGraph(db.executor);
    expect(intoEmpty.entities).toEqual(byId(graph.entities));
    expect(byId(intoEmpty.relationships)).toEqual(byId(graph.relationships));
    expect(intoEmpty.sources.map((source) => source.id)).toEqual(
      graph.sources.map((source) => source.id),
    );
    expect(await counts()).toEqual(expected);

    await loadGraph(db.executor, generated, () => undefined, { transactions: 'per-batch' });
    expect(await exportGraph(db.executor)).toEqual(intoEmpty);
    expect(await counts()).toEqual(expected);
  });

  it('over a partial load: batches mixing stored and new records complete it without duplicates', async () => {
    await emptyDatabase(db.executor);
    // Every other entity, and the relationships between those: stored records scattered over every batch.
    const kept = new Set(graph.entities.filter((_, index) => index % 2 === 0).map((e) => e.id));
    const partial = {
      ...generated,
      entities: generated.entities.filter((entity) => kept.has(entity.id!)),
      relationships: generated.relationships.filter(
        (relationship, index) =>
          index % 3 !== 0 && kept.has(relationship.from) && kept.has(relationship.to),
      ),
    };
    expect(await loadGraph(db.executor, partial, () => undefined)).toMatchObject({ ok: true });
    expect((await counts()).entities).toBe(kept.size);

    const completed = await loadGraph(db.executor, generated, () => undefined, {
      transactions: 'per-batch',
      batchSize: 700,
    });
    expect(completed).toMatchObject({ ok: true });
    expect(await exportGraph(db.executor)).toEqual(intoEmpty);
    expect(await counts()).toEqual(expected);
  });
});
