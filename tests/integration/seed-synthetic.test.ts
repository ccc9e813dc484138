import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateSyntheticGraph } from '@guanxi/seed';
import { exportGraph, loadGraph } from '@guanxi/server';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.executor.run(
    'countSynthetic',
    `RETURN COUNT { (:Person) } AS people, COUNT { (:Institution) } AS institutions,
            COUNT { (:Source) } AS sources, COUNT { ()-[]->() } AS relationships`,
  );
  return row!.toObject() as Record<string, number>;
}

describe('seed:synthetic: the generated graph through the same loader', () => {
  const graph = generateSyntheticGraph({ people: 500, seed: 3 });

  it('loads in batched transactions, and a second load changes nothing', async () => {
    const first = await loadGraph(db.executor, graph, () => undefined, {
      transactions: 'per-batch',
      batchSize: 200,
    });
    expect(first).toMatchObject({ ok: true });
    const afterFirst = await counts();
    expect(afterFirst).toMatchObject({
      people: 500,
      institutions: graph.entities.filter((e) => e.kind === 'INSTITUTION').length,
      sources: graph.sources.length,
      relationships: graph.relationships.length + graph.entities.length,
    });
    const exported = await exportGraph(db.executor);

    await loadGraph(db.executor, graph, () => undefined, { transactions: 'per-batch' });
    expect(await counts()).toEqual(afterFirst);
    expect(await exportGraph(db.executor)).toEqual(exported);
  }, 60_000);
});
