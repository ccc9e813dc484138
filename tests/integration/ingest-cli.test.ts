import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { serverCli } from '../helpers/server-cli';
import { INGEST_ARTICLE } from '../helpers/ingest-fixtures';
import { seededWriteTest } from '../helpers/write-fixtures';

const context = seededWriteTest();

/** `npm run ingest -- file …` as a person runs it, against the test Neo4j. */
const ingestCli = (...args: string[]) => serverCli('ingest', ...args);

async function file(name: string, content: string | Buffer): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'guanxi-ingest-'));
  const filePath = path.join(folder, name);
  await writeFile(filePath, content);
  return filePath;
}

async function nodeCount(): Promise<number> {
  const [row] = await context.db.executor.run('nodes', 'RETURN COUNT { (n) } AS c');
  return Number(row!.get('c'));
}

describe('npm run ingest', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), /binary/],
    ['an over-size file', 'word '.repeat(50_000), /at most 200,000/],
  ])(
    'refuses %s with a clear message, exit code 1, and no write',
    async (_what, content, message) => {
      const before = await nodeCount();
      const result = await ingestCli(await file('article.txt', content));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await nodeCount()).toBe(before);
    },
  );

  it('proposes without writing entities, and with --accept-above commits the sure candidates', async () => {
    const article = await file('forum.txt', INGEST_ARTICLE);
    const [entitiesBefore] = await context.db.executor.run(
      'entities',
      'RETURN COUNT { (:Entity) } AS c',
    );
    const proposed = await ingestCli(article);
    expect(proposed.code).toBe(0);
    expect(proposed.stdout).toMatch(/nothing is in the graph yet/);
    const [entitiesAfterProposal] = await context.db.executor.run(
      'entities',
      'RETURN COUNT { (:Entity) } AS c',
    );
    expect(Number(entitiesAfterProposal!.get('c'))).toBe(Number(entitiesBefore!.get('c')));

    const committed = await ingestCli(article, '--accept-above', '0.5', '--json');
    expect(committed.code).toBe(0);
    const output = JSON.parse(committed.stdout) as {
      draft: { state: { commit: unknown } };
      commit: { entitiesCreated: number; entitiesMatched: number };
    };
    expect(output.commit.entitiesCreated + output.commit.entitiesMatched).toBeGreaterThan(0);
    expect(output.draft.state.commit).toEqual(output.commit);
  });

  it('explains its usage when the file is missing', async () => {
    const result = await ingestCli();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run ingest/);
  });
});
