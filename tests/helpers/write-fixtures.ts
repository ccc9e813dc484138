import { readFileSync } from 'node:fs';
import { ARTICLE_GRAPH_FILE } from '@guanxi/seed';
import type { Executor } from '@guanxi/server';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { graphqlClient } from './graphql';
import { seedArticle } from './seed-article';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from './test-database';

/** The article's source id and text, as the curated graph stores them. */
export const ARTICLE_SOURCE_ID = 'article-000-909d8094033b2388';
export const ARTICLE_TEXT = readFileSync(
  path.resolve(path.dirname(ARTICLE_GRAPH_FILE), '..', 'article', '000_909d8094033b2388.txt'),
  'utf8',
);

export interface Quote {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

/** Evidence for the `occurrence`-th appearance of a quote in the article: the offsets a curator records. */
export function quote(text: string, occurrence = 0): Quote {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = ARTICLE_TEXT.indexOf(text, start + 1);
    if (start < 0) throw new Error(`not in the article (occurrence ${occurrence}): ${text}`);
  }
  return { sourceId: ARTICLE_SOURCE_ID, quote: text, start, end: start + text.length };
}

/** Distinct article words long enough to be quotes: a supply of different evidence for one fact. */
export function distinctQuotes(count: number): Quote[] {
  const words = [...new Set(ARTICLE_TEXT.match(/[A-Za-z]{6,}/g) ?? [])];
  if (words.length < count) throw new Error(`the article has only ${words.length} distinct words`);
  return words.slice(0, count).map((word) => quote(word));
}

export const WRITE_TOKEN = 'test-write-token-5f1c';
export const ADMIN_TOKEN = 'test-admin-token-93ab';
export const READ_TOKEN = 'test-read-token-0c2d';

/** A GraphQL client whose server knows a write, an admin and a read-only token. */
export function writeClient(executor: Executor) {
  const query = graphqlClient(executor, {
    tokens: [
      { label: 'curator', scope: 'write', token: WRITE_TOKEN },
      { label: 'editor-in-chief', scope: 'admin', token: ADMIN_TOKEN },
      { label: 'reader', scope: 'read', token: READ_TOKEN },
    ],
  });
  const as =
    (token: string) =>
    <T = Record<string, unknown>>(document: string, variables: Record<string, unknown> = {}) =>
      query<T>(document, variables, { authorization: `Bearer ${token}` });
  return { query, asCurator: as(WRITE_TOKEN), asAdmin: as(ADMIN_TOKEN), asReader: as(READ_TOKEN) };
}

export interface WriteTest {
  db: TestDatabase;
  client: ReturnType<typeof writeClient>;
}

/**
 * Registers the hooks of a write test file: one database for the file and, unless
 * `resetEach: false`, the seeded article again before every test, so each test stands alone.
 */
export function seededWriteTest({ resetEach = true } = {}): WriteTest {
  const context = {} as WriteTest;
  beforeAll(async () => {
    context.db = await openEmptyTestDatabase();
    context.client = writeClient(context.db.executor);
  }, 60_000);
  afterAll(() => context.db.close());
  if (resetEach) {
    beforeEach(async () => {
      await emptyDatabase(context.db.executor);
      await seedArticle(context.db.executor);
    });
  }
  return context;
}
