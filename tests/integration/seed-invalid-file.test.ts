import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatProblem, type GraphFileInput } from '@guanxi/graph-schema';
import { textFilesBeside } from '@guanxi/graph-io';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import { exportGraph, loadGraph } from '@guanxi/server';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

const article = (): GraphFileInput =>
  JSON.parse(readFileSync(ARTICLE_GRAPH_FILE, 'utf8')) as GraphFileInput;

async function countEverything(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.executor.run(
    'countEverything',
    'RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships',
  );
  return { nodes: row!.get('nodes'), relationships: row!.get('relationships') };
}

describe('seed: an invalid file writes nothing and lists every problem', () => {
  it('rejects a dangling end, a wrong kind and a quote not in the text, all at once', async () => {
    await seedArticle(db.executor);
    const before = await exportGraph(db.executor);
    const counts = await countEverything();

    const broken = article();
    const sourceId = broken.sources[0]!.id;
    const text = readFileSync(
      new URL('../../seed/article/000_909d8094033b2388.txt', import.meta.url),
      'utf8',
    );
    const start = text.indexOf('Cheng Tong');
    // A new, otherwise valid entity: had anything been written, it would be in the database.
    broken.entities.push({
      id: 'new-person',
      kind: 'PERSON',
      name: 'New Person',
      evidence: [{ sourceId, quote: 'Cheng Tong', start, end: start + 'Cheng Tong'.length }],
    });
    broken.relationships[0]!.to = 'no-such-institution';
    const holdsPosition = broken.relationships.findIndex((r) => r.type === 'HOLDS_POSITION');
    broken.relationships[holdsPosition]!.from = 'shanghai-science-hall';
    const quoted = broken.relationships[1]!.evidence[0]!;
    quoted.quote = 'a sentence the article never wrote';
    quoted.end = quoted.start + quoted.quote.length;

    const result = await loadGraph(db.executor, broken, textFilesBeside(ARTICLE_GRAPH_FILE));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        'relationships[0].to: no entity has id "no-such-institution"',
        expect.stringMatching(
          new RegExp(
            `^relationships\\[${holdsPosition}\\]\\.from: HOLDS_POSITION cannot join PLACE "shanghai-science-hall" to INSTITUTION`,
          ),
        ),
        expect.stringMatching(
          /^relationships\[1\]\.evidence\[0\]: quote does not match the text at \d+–\d+ \(the quote is nowhere in the text\)$/,
        ),
      ]),
    );
    expect(problems).toHaveLength(3);

    expect(await countEverything()).toEqual(counts);
    expect(await exportGraph(db.executor)).toEqual(before);
  });
});
