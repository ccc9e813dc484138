import { describe, expect, it } from '@jest/globals';
import { brokenInvariants } from '../helpers/graph-invariants';
import { distinctQuotes, quote, seededWriteTest } from '../helpers/write-fixtures';

/*
 * The five races users hit, each run for several rounds with every request sent at once. Before
 * the fix each lost or duplicated data that had been reported as saved.
 */

/** `npm test` runs a few rounds; GUANXI_RACE_ROUNDS=30 runs a longer trial. */
const ROUNDS = Number(process.env.GUANXI_RACE_ROUNDS ?? 5);

const context = seededWriteTest();

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? 'OK';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateEntityInput!) {
    createEntity(input: $input) {
      id
    }
  }
`;
const MERGE = /* GraphQL */ `
  mutation ($keepId: ID!, $mergeId: ID!) {
    mergeEntities(keepId: $keepId, mergeId: $mergeId) {
      entity {
        id
        aliases
      }
    }
  }
`;
const LINK = /* GraphQL */ `
  mutation ($input: LinkInput!) {
    link(input: $input) {
      id
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: UpdateEntityInput!) {
    updateEntity(id: $id, input: $input) {
      id
    }
  }
`;

async function createPerson(id: string, name: string): Promise<void> {
  const answer = await context.client.asCurator(CREATE, {
    input: { kind: 'PERSON', id, name, evidence: [quote('Pei Gang')] },
  });
  expect(answer.errors).toBeUndefined();
}

async function entityIds(): Promise<string[]> {
  const rows = await context.db.executor.run(
    'ids',
    'MATCH (n:Entity) RETURN n.id AS id ORDER BY id',
  );
  return rows.map((row) => String(row.get('id')));
}

async function relationshipCount(id: string): Promise<number> {
  const [row] = await context.db.executor.run(
    'count',
    'MATCH ()-[r {id: $id}]->() RETURN count(r) AS c',
    {
      id,
    },
  );
  return Number(row?.get('c'));
}

describe('concurrent writes lose nothing reported as saved', () => {
  it('merging A into B and B into A at once: one merge wins, the other says NOT_FOUND, nothing is lost', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [a, b] = [`twin-a-${round}`, `twin-b-${round}`];
      await createPerson(a, `Twin A ${round}`);
      await createPerson(b, `Twin B ${round}`);
      const answers = await Promise.all([
        context.client.asCurator(MERGE, { keepId: b, mergeId: a }),
        context.client.asCurator(MERGE, { keepId: a, mergeId: b }),
      ]);
      expect(answers.map(code).sort()).toEqual(['NOT_FOUND', 'OK']);
      const winner = answers.find((answer) => code(answer) === 'OK')!;
      const kept = (winner.data!.mergeEntities as { entity: { id: string; aliases: string[] } })
        .entity;
      const ids = await entityIds();
      expect(ids).toContain(kept.id);
      expect(ids).not.toContain(kept.id === a ? b : a);
      expect(kept.aliases).toEqual([kept.id === a ? `Twin B ${round}` : `Twin A ${round}`]);
    }
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('ten updates adding evidence to one entity at once: all ten quotes are kept', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `busy-${round}`;
      await createPerson(id, `Busy Person ${round}`);
      const quotes = distinctQuotes(10);
      const answers = await Promise.all(
        quotes.map((evidence) =>
          context.client.asCurator(UPDATE, { id, input: { addEvidence: [evidence] } }),
        ),
      );
      expect(answers.map(code)).toEqual(Array(10).fill('OK'));
      const [row] = await context.db.executor.run(
        'quotes',
        'MATCH (n:Entity {id: $id}) RETURN n.evidenceQuotes AS quotes',
        { id },
      );
      expect([...(row!.get('quotes') as string[])].sort()).toEqual(
        ['Pei Gang', ...quotes.map((q) => q.quote)].sort(),
      );
    }
  });

  it('eight identical links at once: all succeed and leave exactly one relationship', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `member-${round}`;
      await createPerson(id, `Member ${round}`);
      const input = {
        type: 'MEMBER_OF',
        from: id,
        to: 'chinese-academy-of-sciences',
        title: 'member',
        evidence: [quote('a member of the Chinese Academy of Sciences')],
      };
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => context.client.asCurator(LINK, { input })),
      );
      expect(answers.map(code)).toEqual(Array(8).fill('OK'));
      const ids = new Set(answers.map((answer) => (answer.data!.link as { id: string }).id));
      expect(ids.size).toBe(1);
      expect(await relationshipCount([...ids][0]!)).toBe(1);
      const neighborhood = await context.client.query<{
        neighborhood: { edges: { id: string }[] };
      }>(`query ($id: ID!) { neighborhood(id: $id) { edges { id } } }`, { id });
      const edgeIds = neighborhood.data!.neighborhood.edges.map((edge) => edge.id);
      expect(new Set(edgeIds).size).toBe(edgeIds.length);
    }
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('one entity merged into two others at once: exactly one merge takes it', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [c, a, b] = [`contested-${round}`, `claimant-a-${round}`, `claimant-b-${round}`];
      await createPerson(c, `Contested ${round}`);
      await createPerson(a, `Claimant A ${round}`);
      await createPerson(b, `Claimant B ${round}`);
      const answers = await Promise.all([
        context.client.asCurator(MERGE, { keepId: a, mergeId: c }),
        context.client.asCurator(MERGE, { keepId: b, mergeId: c }),
      ]);
      expect(answers.map(code).sort()).toEqual(['NOT_FOUND', 'OK']);
      const [row] = await context.db.executor.run(
        'holders',
        'MATCH (n:Entity) WHERE $name IN n.aliases RETURN collect(n.id) AS holders',
        { name: `Contested ${round}` },
      );
      expect(row!.get('holders')).toHaveLength(1);
    }
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('a link made while its end is merged away is either refused or moved with the merge, never lost', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [gone, keep] = [`leaving-${round}`, `staying-${round}`];
      await createPerson(gone, `Leaving ${round}`);
      await createPerson(keep, `Staying ${round}`);
      const [linked, merged] = await Promise.all([
        context.client.asCurator(LINK, {
          input: {
            type: 'MEMBER_OF',
            from: gone,
            to: 'chinese-academy-of-sciences',
            title: 'member',
            evidence: [quote('a member of the Chinese Academy of Sciences')],
          },
        }),
        context.client.asCurator(MERGE, { keepId: keep, mergeId: gone }),
      ]);
      expect(code(merged)).toBe('OK');
      const [row] = await context.db.executor.run(
        'memberships',
        'MATCH (:Entity {id: $keep})-[r:MEMBER_OF]->(:Entity {id: "chinese-academy-of-sciences"}) RETURN count(r) AS c',
        { keep },
      );
      if (code(linked) === 'OK') expect(Number(row!.get('c'))).toBe(1);
      else {
        expect(code(linked)).toBe('NOT_FOUND');
        expect(Number(row!.get('c'))).toBe(0);
      }
    }
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });

  it('two creates of one id at once: one entity, the other told the id is taken', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `twin-create-${round}`;
      const input = {
        kind: 'PERSON',
        id,
        name: `Twin Create ${round}`,
        evidence: [quote('Pei Gang')],
      };
      const answers = await Promise.all([
        context.client.asCurator(CREATE, { input }),
        context.client.asCurator(CREATE, { input }),
      ]);
      expect(answers.map(code).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
      expect((await entityIds()).filter((existing) => existing === id)).toEqual([id]);
    }
  });
});
