import { describe, expect, it } from '@jest/globals';
import { exportGraph } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { brokenInvariants } from '../helpers/graph-invariants';
import { INGEST_ARTICLE, ingestClient } from '../helpers/ingest-fixtures';
import { seededWriteTest, WRITE_TOKEN } from '../helpers/write-fixtures';

const context = seededWriteTest();
const ingest = () => ingestClient(context.client);

async function graphCounts() {
  const [row] = await context.db.executor.run(
    'counts',
    `RETURN COUNT { (:Entity) } AS entities, COUNT { ()-[]->(:Entity) } AS relationships,
            COUNT { (:Source) } AS sources`,
  );
  return {
    entities: Number(row!.get('entities')),
    relationships: Number(row!.get('relationships')),
    sources: Number(row!.get('sources')),
  };
}

describe('proposing', () => {
  it('stores the source and a draft, and writes no entity or relationship', async () => {
    const before = await graphCounts();
    const draft = await ingest().propose(INGEST_ARTICLE);
    expect(await graphCounts()).toEqual({ ...before, sources: before.sources + 1 });
    expect(draft.entities.length).toBeGreaterThan(0);
    expect(draft.relationships.length).toBeGreaterThan(0);
    const decisions = [...draft.entities, ...draft.relationships].map((c) => c.decision);
    expect(new Set(decisions)).toEqual(new Set(['PENDING']));
    // Every quote is exactly where it says it is in the stored text.
    for (const candidate of [...draft.entities, ...draft.relationships]) {
      for (const evidence of candidate.evidence) {
        expect(draft.source.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
    expect(draft.entities.map((e) => e.name)).not.toContain('Ti Gon');
  });

  it('matches people and bodies already in the graph, with reasons', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    const pei = draft.entities.find((e) => e.name === 'Pei Gang');
    expect(pei?.match?.id).toBe('pei-gang');
    expect(pei?.matchReasons.length).toBeGreaterThan(0);
  });

  it('keeps one source for the same text proposed twice, and reuses the curated one', async () => {
    const first = await ingest().propose(INGEST_ARTICLE);
    const second = await ingest().propose(INGEST_ARTICLE);
    expect(second.source.id).toBe(first.source.id);
    expect(second.id).not.toBe(first.id);
  });

  it.each([
    ['an empty text', '   \n ', 'BAD_USER_INPUT', /empty/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', 'BAD_USER_INPUT', /binary/],
    ['an oversized text', 'word '.repeat(50_000), 'LIMIT_EXCEEDED', /at most 200,000/],
  ])('refuses %s and writes nothing', async (_what, text, code, message) => {
    const before = await graphCounts();
    const answer = await ingest().proposeRaw(text);
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(await graphCounts()).toEqual(before);
  });

  it('needs a write token', async () => {
    const answer = await ingest().proposeRaw(INGEST_ARTICLE, 'reader');
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reviewing', () => {
  it('keeps decisions, renames and re-matches with who and when, across reloads', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    const [first, second] = draft.entities;
    await ingest().decide(draft.id, [
      { candidateId: first!.id, decision: 'REJECTED' },
      { candidateId: second!.id, decision: 'UNSURE', name: `${second!.name} (checked)` },
    ]);
    const reloaded = await ingest().draft(draft.id);
    const byId = new Map(reloaded.entities.map((e) => [e.id, e]));
    expect(byId.get(first!.id)).toMatchObject({ decision: 'REJECTED', decidedBy: 'curator' });
    expect(byId.get(second!.id)).toMatchObject({
      decision: 'UNSURE',
      name: `${second!.name} (checked)`,
    });
    expect(byId.get(second!.id)!.aliases).toContain(second!.name);
  });

  it('refuses a candidate of another draft and a match of another kind', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    const other = await ingest().propose(`${INGEST_ARTICLE}\nA second edition.`);
    const foreign = await ingest().decideRaw(draft.id, [
      { candidateId: other.entities[0]!.id, decision: 'ACCEPTED' },
    ]);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const person = draft.entities.find((e) => e.kind === 'PERSON')!;
    const wrongKind = await ingest().decideRaw(draft.id, [
      { candidateId: person.id, decision: 'ACCEPTED', matchId: 'chinese-academy-of-sciences' },
    ]);
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('committing', () => {
  it('writes the accepted candidates only, with evidence, method ingest and the rule, as the preview said', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    const accepted = await ingest().acceptAll(draft);
    const { preview } = accepted;
    const result = await ingest().commit(draft.id);
    expect(result).toMatchObject({
      entitiesCreated: preview.entitiesToCreate,
      entitiesMatched: preview.entitiesToMatch,
    });
    expect(result.relationshipsCreated + result.relationshipsMatched).toBe(
      preview.relationshipsToWrite,
    );
    const created = await context.db.executor.run(
      'created',
      `MATCH (n:Entity {method: 'ingest'}) RETURN n.rule AS rule, size(n.evidenceQuotes) AS quotes`,
    );
    expect(created).toHaveLength(result.entitiesCreated);
    for (const row of created) {
      expect(String(row.get('rule'))).toMatch(/@\d+/);
      expect(Number(row.get('quotes'))).toBeGreaterThan(0);
    }
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('is idempotent: committing again answers the same and changes nothing', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    await ingest().acceptAll(draft);
    const first = await ingest().commit(draft.id);
    const graph = await exportGraph(context.db.executor);
    const again = await ingest().commit(draft.id);
    expect(again).toEqual(first);
    expect(await exportGraph(context.db.executor)).toEqual(graph);
  });

  it('writes nothing when it fails half way', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    await ingest().acceptAll(draft);
    const before = await exportGraph(context.db.executor);
    // Candidates are written in order: the last matched one fails after the others were written.
    const lastMatched = draft.entities.filter((e) => e.match !== null).at(-1)!;
    expect(draft.entities.indexOf(lastMatched)).toBeGreaterThan(0);
    await context.db.executor.writeTransaction('vanish', (tx) =>
      tx.run('vanish', 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: lastMatched.match!.id }),
    );
    const afterDelete = await exportGraph(context.db.executor);
    expect(afterDelete).not.toEqual(before);
    const answer = await ingest().commitRaw(draft.id);
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await exportGraph(context.db.executor)).toEqual(afterDelete);
    expect((await ingest().draft(draft.id)).commit).toBeNull();
  });

  it('a commit and a merge of an entity it matched, at once: both land, nothing lost', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    await ingest().acceptAll(draft);
    const [committed, merged] = await Promise.all([
      ingest().commitRaw(draft.id),
      context.client.asCurator(
        `mutation { mergeEntities(keepId: "pei-gang", mergeId: "wan-gang") { entity { id } } }`,
      ),
    ]);
    expect(committed.errors).toBeUndefined();
    expect(merged.errors).toBeUndefined();
    const [row] = await context.db.executor.run(
      'peiGang',
      'MATCH (n:Entity {id: "pei-gang"}) RETURN n.aliases AS aliases, n.evidenceSourceIds AS sources',
    );
    expect(row!.get('aliases')).toContain('Wan Gang');
    expect(row!.get('sources')).toContain(draft.source.id);
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('two commits of one draft at once write it once', async () => {
    const draft = await ingest().propose(INGEST_ARTICLE);
    await ingest().acceptAll(draft);
    const [a, b] = await Promise.all([ingest().commit(draft.id), ingest().commit(draft.id)]);
    expect(b).toEqual(a);
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });
});

describe('the GraphiQL ingest examples', () => {
  it('ProposeIngest, DecideIngest and CommitIngest run as documented', async () => {
    const run = (operationName: string, variables: Record<string, unknown>) =>
      context.client.query<Record<string, { id?: string; entities?: { id: string }[] }>>(
        GRAPHIQL_DEFAULT_QUERY,
        variables,
        { authorization: `Bearer ${WRITE_TOKEN}` },
        operationName,
      );
    const proposed = await run('ProposeIngest', { text: INGEST_ARTICLE });
    expect(proposed.errors).toBeUndefined();
    const draft = proposed.data!.proposeIngest!;
    const decided = await run('DecideIngest', {
      draftId: draft.id,
      decisions: draft.entities!.map((e) => ({ candidateId: e.id, decision: 'ACCEPTED' })),
    });
    expect(decided.errors).toBeUndefined();
    const committed = await run('CommitIngest', { draftId: draft.id });
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.commitIngest).toMatchObject({ relationshipsCreated: 0 });
  });
});
