import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphFile, validateGraphFile } from '@guanxi/graph-schema';
import { textFilesBeside } from '@guanxi/graph-io';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import { exportGraph, loadGraph } from '@guanxi/server';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

const byId = <T extends { id?: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('export: the database back into a graph file', () => {
  let firstExport: GraphFile;

  it('exports everything the article file holds, with the text inline', async () => {
    await seedArticle(db.executor);
    firstExport = await exportGraph(db.executor);

    const original = validateGraphFile(
      JSON.parse(readFileSync(ARTICLE_GRAPH_FILE, 'utf8')),
      textFilesBeside(ARTICLE_GRAPH_FILE),
    );
    if (!original.ok) throw new Error('the article file must be valid');
    expect(byId(firstExport.entities)).toEqual(byId(original.graph.entities));
    expect(byId(firstExport.relationships)).toEqual(byId(original.graph.relationships));
    const [source] = firstExport.sources;
    expect(source).toMatchObject({
      ...original.graph.sources[0],
      text: readFileSync(
        new URL('../../seed/article/000_909d8094033b2388.txt', import.meta.url),
        'utf8',
      ),
    });
    expect(source!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('load → export → load into an empty database → export loses nothing', async () => {
    await emptyDatabase(db.executor);
    const reloaded = await loadGraph(db.executor, firstExport, () => undefined);
    expect(reloaded).toMatchObject({ ok: true });
    const secondExport = await exportGraph(db.executor);
    expect(secondExport).toEqual(firstExport);
    expect(JSON.stringify(secondExport)).toBe(JSON.stringify(firstExport));
  });
});
