import { describe, expect, it } from '@jest/globals';
import { exportGraph } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient } from '../helpers/graphql';
import { brokenInvariants } from '../helpers/graph-invariants';
import { quote, seededWriteTest, WRITE_TOKEN } from '../helpers/write-fixtures';

const context = seededWriteTest();

interface Entry {
  id: string;
  actor: string;
  operation: string;
  subjects: string[];
  before: string;
  after: string;
  undoneBy: string | null;
}
const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    history(id: $id) {
      id
      at
      actor
      operation
      subjects
      before
      after
      undoneBy
    }
  }
`;
const history = async (id: string): Promise<Entry[]> => {
  const answer = await context.client.query<{ history: Entry[] }>(HISTORY, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data!.history;
};
const MERGE = /* GraphQL */ `
  mutation ($keepId: ID!, $mergeId: ID!) {
    mergeEntities(keepId: $keepId, mergeId: $mergeId) {
      auditId
      movedRelationships
      combinedRelationships
    }
  }
`;
const UNDO = /* GraphQL */ `
  mutation ($auditId: ID!) {
    undoMerge(auditId: $auditId) {
      operation
      actor
    }
  }
`;

/** Pei Gang named twice, as a second article might: a duplicate with its own ties. */
async function createDuplicate(): Promise<void> {
  const created = await context.client.asCurator(
    `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
    {
      input: {
        kind: 'PERSON',
        id: 'pei-gang-2',
        name: 'Mr. Pei',
        aliases: ['Pei'],
        evidence: [quote('Mr. Pei Gang')],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  for (const input of [
    // The same membership Pei Gang already has: merging combines the two.
    {
      type: 'MEMBER_OF',
      from: 'pei-gang-2',
      to: 'chinese-academy-of-sciences',
      title: 'member',
      evidence: [quote('a member of the Chinese Academy of Sciences')],
    },
    // A tie only the duplicate has: merging moves it.
    {
      type: 'HOLDS_POSITION',
      from: 'pei-gang-2',
      to: 'china-association-for-science-and-technology',
      title: 'adviser',
      evidence: [quote('China Association for Science and Technology')],
    },
  ]) {
    const linked = await context.client.asCurator(
      `mutation ($input: LinkInput!) { link(input: $input) { id } }`,
      { input },
    );
    expect(linked.errors).toBeUndefined();
  }
}

describe('the audit trail', () => {
  it('records who created, updated, linked and unlinked what, with before and after', async () => {
    await createDuplicate();
    const updated = await context.client.asCurator(
      `mutation { updateEntity(id: "pei-gang-2", input: { note: "second mention" }) { id } }`,
    );
    expect(updated.errors).toBeUndefined();
    const entries = await history('pei-gang-2');
    expect(entries.map((e) => [e.operation, e.actor])).toEqual([
      ['updateEntity', 'curator'],
      ['link', 'curator'],
      ['link', 'curator'],
      ['createEntity', 'curator'],
    ]);
    expect(JSON.parse(entries[0]!.before)).not.toHaveProperty('note');
    expect(JSON.parse(entries[0]!.after)).toMatchObject({ note: 'second mention' });
    expect(JSON.parse(entries[3]!.before)).toBeNull();
    expect(JSON.parse(entries[3]!.after)).toMatchObject({ id: 'pei-gang-2', name: 'Mr. Pei' });

    const relationId = entries[1]!.subjects[0]!;
    const unlinked = await context.client.asCurator(
      `mutation ($id: ID!) { unlink(id: $id) { id } }`,
      {
        id: relationId,
      },
    );
    expect(unlinked.errors).toBeUndefined();
    const relationHistory = await history(relationId);
    expect(relationHistory.map((e) => e.operation)).toEqual(['unlink', 'link']);
    expect(JSON.parse(relationHistory[0]!.after)).toBeNull();
  });

  it('refuses a page size it cannot serve', async () => {
    const answer = await context.client.query(`{ history(id: "pei-gang", first: 0) { id } }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('undoing a merge', () => {
  it('puts back the merged entity, its names, evidence and relationships, and the kept one as it was', async () => {
    await createDuplicate();
    const before = await exportGraph(context.db.executor);
    const merged = await context.client.asCurator<{
      mergeEntities: { auditId: string; movedRelationships: number; combinedRelationships: number };
    }>(MERGE, { keepId: 'pei-gang', mergeId: 'pei-gang-2' });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities).toMatchObject({
      movedRelationships: 1,
      combinedRelationships: 1,
    });
    expect(await exportGraph(context.db.executor)).not.toEqual(before);

    const undone = await context.client.asCurator(UNDO, {
      auditId: merged.data!.mergeEntities.auditId,
    });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoMerge).toEqual({ operation: 'undoMerge', actor: 'curator' });
    expect(await exportGraph(context.db.executor)).toEqual(before);
    expect(await brokenInvariants(context.db.executor)).toEqual([]);

    const [mergeEntry] = (await history('pei-gang-2')).filter(
      (e) => e.operation === 'mergeEntities',
    );
    expect(mergeEntry!.undoneBy).toEqual(expect.any(String));
    const again = await context.client.asCurator(UNDO, {
      auditId: merged.data!.mergeEntities.auditId,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already undone/);
  });

  it('refuses with CONFLICT, saying what changed, once a later write touched what the merge wrote', async () => {
    await createDuplicate();
    const merged = await context.client.asCurator<{ mergeEntities: { auditId: string } }>(MERGE, {
      keepId: 'pei-gang',
      mergeId: 'pei-gang-2',
    });
    const edited = await context.client.asCurator(
      `mutation { updateEntity(id: "pei-gang", input: { note: "edited after the merge" }) { id } }`,
    );
    expect(edited.errors).toBeUndefined();
    const after = await exportGraph(context.db.executor);
    const undone = await context.client.asCurator(UNDO, {
      auditId: merged.data!.mergeEntities.auditId,
    });
    expect(undone.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(undone.errors?.[0]?.message).toMatch(/"pei-gang" was edited/);
    expect(await exportGraph(context.db.executor)).toEqual(after);
  });

  it('needs the token that merged or an admin token', async () => {
    await createDuplicate();
    const other = graphqlClient(context.db.executor, {
      tokens: [
        { label: 'curator', scope: 'write', token: WRITE_TOKEN },
        { label: 'intern', scope: 'write', token: 'intern-token-77' },
      ],
    });
    const merged = await context.client.asCurator<{ mergeEntities: { auditId: string } }>(MERGE, {
      keepId: 'pei-gang',
      mergeId: 'pei-gang-2',
    });
    const auditId = merged.data!.mergeEntities.auditId;
    const byIntern = await other(UNDO, { auditId }, { authorization: 'Bearer intern-token-77' });
    expect(byIntern.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byIntern.errors?.[0]?.message).toMatch(/Only "curator" or an admin token/);
    const byAdmin = await context.client.asAdmin(UNDO, { auditId });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.undoMerge).toEqual({ operation: 'undoMerge', actor: 'editor-in-chief' });
  });
});

describe('the GraphiQL write examples', () => {
  it('Merge answers an auditId that UndoMerge takes, and the history shows both', async () => {
    await createDuplicate();
    const run = (operationName: string, variables: Record<string, unknown>) =>
      context.client.query<Record<string, { auditId?: string; operation?: string }>>(
        GRAPHIQL_DEFAULT_QUERY,
        variables,
        { authorization: `Bearer ${WRITE_TOKEN}` },
        operationName,
      );
    const merged = await run('Merge', { keepId: 'pei-gang', mergeId: 'pei-gang-2' });
    expect(merged.errors).toBeUndefined();
    const undone = await run('UndoMerge', { auditId: merged.data!.mergeEntities!.auditId });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoMerge!.operation).toBe('undoMerge');
    const entries = await history('pei-gang');
    expect(entries.slice(0, 2).map((e) => e.operation)).toEqual(['undoMerge', 'mergeEntities']);
  });
});

describe('token scopes', () => {
  it('a read-only token cannot write, and says which scope it lacks', async () => {
    const answer = await context.client.asReader(
      `mutation { updateEntity(id: "pei-gang", input: { note: "x" }) { id } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toBe(
      'The token "reader" has the read scope; this change needs write.',
    );
    expect(await history('pei-gang')).toEqual([]);
  });
});
