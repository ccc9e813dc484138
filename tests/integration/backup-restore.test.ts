import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from '@jest/globals';
import { serverCli } from '../helpers/server-cli';
import { exportGraph } from '@guanxi/server';
import { parseBackup } from '../../server/src/services/backup-service';
import { INGEST_ARTICLE } from '../helpers/ingest-fixtures';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase } from '../helpers/test-database';
import { quote, seededWriteTest } from '../helpers/write-fixtures';

const context = seededWriteTest({ resetEach: false });
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

/** A CLI as a person runs it (`npm run backup`, `npm run restore`), against the test Neo4j. */
const cli = serverCli;

/** Runs `npm run backup -- --out <fresh folder>` and returns the one file it wrote. */
async function backup(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'guanxi-backup-'));
  folders.push(out);
  const result = await cli('backup', '--out', out);
  expect(result).toMatchObject({ code: 0 });
  const files = await readdir(out);
  expect(files).toEqual([
    expect.stringMatching(/^guanxi-backup-\d{8}T\d{6}Z-schema\d+\.json\.gz$/),
  ]);
  return path.join(out, files[0]!);
}

const contentOf = async (file: string) => {
  const { createdAt, ...content } = JSON.parse(gunzipSync(await readFile(file)).toString('utf8'));
  expect(typeof createdAt).toBe('string');
  return content as Record<string, unknown>;
};

const HISTORY = `query ($id: ID!) { history(id: $id, first: 100) { id at actor operation subjects before after undoneBy } }`;
const DRAFT = `query ($id: ID!) { ingestDraft(id: $id) { id createdAt createdBy source { id } entities { id name decision } } }`;
const VIEWS = `{ savedViews { edges { node { id name note state savedBy createdAt updatedAt } } } }`;

/** Everything an observer sees: the graph export, each subject's history, the draft, the views. */
async function observed(subjects: string[], draftId: string) {
  const histories = await Promise.all(
    subjects.map((id) => context.client.query(HISTORY, { id }).then((answer) => answer.data)),
  );
  const answer = await context.client.query(DRAFT, { id: draftId });
  expect(answer.errors).toBeUndefined();
  const draft = answer.data;
  const views = await context.client.query(VIEWS);
  expect(views.errors).toBeUndefined();
  return { graph: await exportGraph(context.db.executor), histories, draft, views: views.data };
}

describe('npm run backup / npm run restore', () => {
  it('round-trips the graph, its audit trail, ingest drafts and saved views through an empty database', async () => {
    // The article, then writes through GraphQL: each leaves an audit entry.
    await seedArticle(context.db.executor);
    const { asCurator } = context.client;
    const writes = [
      await asCurator(
        `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
        {
          input: {
            kind: 'PERSON',
            id: 'pei-gang-2',
            name: 'Mr. Pei',
            evidence: [quote('Mr. Pei Gang')],
          },
        },
      ),
      await asCurator(
        `mutation { updateEntity(id: "pei-gang-2", input: { note: "a second mention" }) { id } }`,
      ),
      await asCurator(`mutation ($input: LinkInput!) { link(input: $input) { id } }`, {
        input: {
          type: 'MEMBER_OF',
          from: 'pei-gang-2',
          to: 'chinese-academy-of-sciences',
          title: 'member',
          evidence: [quote('a member of the Chinese Academy of Sciences')],
        },
      }),
    ];
    for (const write of writes) expect(write.errors).toBeUndefined();
    const linkId = (writes[2]!.data as { link: { id: string } }).link.id;
    const unlinked = await asCurator(`mutation ($id: ID!) { unlink(id: $id) { id } }`, {
      id: linkId,
    });
    expect(unlinked.errors).toBeUndefined();
    const proposed = await asCurator<{ proposeIngest: { id: string } }>(
      `mutation ($input: IngestInput!) { proposeIngest(input: $input) { id } }`,
      { input: { text: INGEST_ARTICLE, title: 'Returnee scholars' } },
    );
    expect(proposed.errors).toBeUndefined();
    const draftId = proposed.data!.proposeIngest.id;
    const view = await asCurator<{ saveView: { id: string } }>(
      `mutation ($input: SaveViewInput!) { saveView(input: $input) { id } }`,
      { input: { name: 'Two Peis', note: 'same man?', state: 'focus=pei-gang-2&v=1' } },
    );
    expect(view.errors).toBeUndefined();

    const subjects = ['pei-gang-2', linkId, view.data!.saveView.id];
    const before = await observed(subjects, draftId);
    expect(before.histories.map((h) => (h as { history: unknown[] }).history.length)).toEqual([
      4, 2, 1,
    ]);
    expect(before.draft).toMatchObject({ ingestDraft: { id: draftId } });
    expect(before.views).toMatchObject({ savedViews: { edges: [{ node: { name: 'Two Peis' } }] } });

    const file = await backup();
    const original = await contentOf(file);
    expect(original).toMatchObject({ format: 'guanxi-backup/1' });
    expect((original.auditEntries as unknown[]).length).toBe(6);
    expect((original.ingestDrafts as unknown[]).length).toBe(1);
    expect((original.savedViews as unknown[]).length).toBe(1);

    // A database with something in it is refused, and left as it was.
    const refused = await cli('restore', file);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/is not empty .*nothing was written.*--force/s);
    expect(await observed(subjects, draftId)).toEqual(before);

    await emptyDatabase(context.db.executor);
    const restored = await cli('restore', file);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toMatch(/6 audit entries, 1 ingest drafts, 1 saved views/);

    expect(await observed(subjects, draftId)).toEqual(before);
    // A backup of the restored database holds exactly what the first one held.
    expect(await contentOf(await backup())).toEqual(original);

    // --force replaces what is there; restoring twice changes nothing.
    const forced = await cli('restore', file, '--force');
    expect(forced).toMatchObject({ code: 0, stderr: expect.stringMatching(/^--force: deleting/) });
    expect(await observed(subjects, draftId)).toEqual(before);

    // A backup taken before saved views existed still reads, with none.
    const older: Record<string, unknown> = { ...original, createdAt: new Date().toISOString() };
    delete older.savedViews;
    const parsed = parseBackup(gzipSync(JSON.stringify(older)));
    expect(parsed).toMatchObject({ ok: true, backup: { savedViews: [] } });
  }, 80_000);

  it('refuses a file that is not a backup, before touching the database', async () => {
    const result = await cli('restore', path.join('seed', 'data', 'article-000.graph.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a backup that can be restored/);
  }, 30_000);
});
