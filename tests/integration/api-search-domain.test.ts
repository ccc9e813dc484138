import { describe, expect, it } from '@jest/globals';
import { MIGRATIONS } from '@guanxi/graph-schema';
import { applyMigrations, exportGraph, loadGraph } from '@guanxi/server';
import { ingestClient } from '../helpers/ingest-fixtures';
import { emptyDatabase } from '../helpers/test-database';
import { quote, seededWriteTest } from '../helpers/write-fixtures';

/*
 * Search as a China desk types: abbreviations, pinyin joined, hyphenated or given name first,
 * Chinese characters. Every write path keeps the search keys, and a store written before they
 * existed gets them from the migration.
 */

const test = seededWriteTest();

interface Hit {
  matched: string;
  entity: { id: string };
}

async function search(text: string): Promise<Hit[]> {
  const response = await test.client.query<{ search: Hit[] }>(
    /* GraphQL */ `
      query ($text: String!) {
        search(text: $text, first: 10) {
          matched
          entity {
            id
          }
        }
      }
    `,
    { text },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

const firstHit = async (text: string): Promise<string | undefined> =>
  (await search(text))[0]?.entity.id;

async function listIds(kind: 'people' | 'institutions', nameContains: string): Promise<string[]> {
  const response = await test.client.query<Record<string, { edges: { node: { id: string } }[] }>>(
    /* GraphQL */ `
      query ($text: String!) {
        list: ${kind}(first: 50, where: { nameContains: $text }) { edges { node { id } } }
      }
    `,
    { text: nameContains },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.list!.edges.map((edge) => edge.node.id);
}

async function mutate(document: string, variables: Record<string, unknown>): Promise<void> {
  const response = await test.client.asCurator(document, variables);
  expect(response.errors).toBeUndefined();
}

describe('search: abbreviations', () => {
  it.each([
    ['CAS', 'chinese-academy-of-sciences'],
    ['cas', 'chinese-academy-of-sciences'],
    ['CAST', 'china-association-for-science-and-technology'],
    ['CAE', 'chinese-academy-of-engineering'],
    ['CPPCC', 'cppcc'],
    ['CPC', 'communist-party-of-china'],
  ])('"%s" finds %s first', async (typed, id) => {
    expect(await firstHit(typed)).toBe(id);
  });

  it('ranks the exact abbreviation before a body that only starts with it', async () => {
    const ids = (await search('CAS')).map((hit) => hit.entity.id);
    expect(ids[0]).toBe('chinese-academy-of-sciences');
    // Still offered: someone typing "CAS" may be on the way to "CAST".
    expect(ids.indexOf('china-association-for-science-and-technology')).toBeGreaterThan(0);
  });
});

describe('search: pinyin as it is typed', () => {
  it.each(['peigang', 'Pei-gang', 'pei gang', 'PEI Gang', 'Gang Pei', 'Péi Gāng'])(
    '"%s" finds Pei Gang first',
    async (typed) => {
      expect(await firstHit(typed)).toBe('pei-gang');
    },
  );

  it('finds a person while the joined name is still being typed', async () => {
    expect(await firstHit('peiga')).toBe('pei-gang');
  });
});

describe('search: Chinese characters', () => {
  it('finds the standard Chinese name a curator added, and says it matched', async () => {
    const [hit] = await search('裴钢');
    expect(hit).toEqual({ matched: '裴钢', entity: { id: 'pei-gang' } });
    expect(await firstHit('中国科学院')).toBe('chinese-academy-of-sciences');
    expect(await firstHit('中国科学技术协会')).toBe('china-association-for-science-and-technology');
  });

  it('finds a name stored in characters by toneless pinyin, joined or spaced', async () => {
    expect(await firstHit('zhongguo kexueyuan')).toBe('chinese-academy-of-sciences');
    expect(await firstHit('zhong guo ke xue yuan')).toBe('chinese-academy-of-sciences');
    expect(await firstHit('zhongguokexueyuan')).toBe('chinese-academy-of-sciences');
  });
});

describe('lists: nameContains reads the same forms', () => {
  it('finds by abbreviation, joined pinyin and characters', async () => {
    expect(await listIds('institutions', 'CAST')).toEqual([
      'china-association-for-science-and-technology',
    ]);
    expect(await listIds('people', 'peigang')).toEqual(['pei-gang']);
    expect(await listIds('people', 'Pei-gang')).toEqual(['pei-gang']);
    expect(await listIds('people', '裴钢')).toEqual(['pei-gang']);
    expect(await listIds('institutions', 'returnees')).toEqual([
      'shanghai-association-of-overseas-returnees',
    ]);
  });
});

describe('curator aliases: added names, kept apart from the quotes', () => {
  it('answers them beside the aliases the sources use, never as evidence', async () => {
    const response = await test.client.query<{
      node: { aliases: string[]; curatorAliases: string[]; sources: { quote: string }[] };
    }>(/* GraphQL */ `
      query {
        node(id: "communist-party-of-china") {
          aliases
          curatorAliases
          sources {
            quote
          }
        }
      }
    `);
    const node = response.data!.node;
    expect(node.aliases).toEqual(['CPC']);
    expect(node.curatorAliases).toEqual(['中国共产党', '中共']);
    expect(node.sources.some((evidence) => /\p{Script=Han}/u.test(evidence.quote))).toBe(false);
  });

  it('survive export and import, and the imported graph is searchable by them', async () => {
    const exported = await exportGraph(test.db.executor);
    const peiGang = exported.entities.find((entity) => entity.id === 'pei-gang');
    expect(peiGang?.curatorAliases).toEqual(['裴钢']);
    expect(peiGang?.aliases).toEqual([]);
    await emptyDatabase(test.db.executor);
    expect(await loadGraph(test.db.executor, exported, () => undefined)).toMatchObject({
      ok: true,
    });
    expect(await firstHit('裴钢')).toBe('pei-gang');
    expect(await exportGraph(test.db.executor)).toEqual(exported);
  });
});

describe('every write keeps the search keys', () => {
  it('createEntity: a name in characters is found by its pinyin', async () => {
    await mutate(
      /* GraphQL */ `
        mutation ($input: CreateEntityInput!) {
          createEntity(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          kind: 'INSTITUTION',
          id: 'tongji-university',
          name: '同济大学',
          institutionKind: 'UNIVERSITY',
          evidence: [quote('leading universities')],
        },
      },
    );
    expect(await firstHit('Tongji Daxue')).toBe('tongji-university');
    expect(await firstHit('同济')).toBe('tongji-university');
  });

  it('updateEntity: a new alias is found at once, the old one no more', async () => {
    const update = /* GraphQL */ `
      mutation ($aliases: [String!]!) {
        updateEntity(id: "zhigong-party", input: { aliases: $aliases }) {
          id
        }
      }
    `;
    await mutate(update, { aliases: ['China Zhi Gong Party'] });
    expect(await firstHit('CZGP')).toBe('zhigong-party');
    expect(await listIds('institutions', 'czgp')).toEqual(['zhigong-party']);
    await mutate(update, { aliases: [] });
    expect(await listIds('institutions', 'czgp')).toEqual([]);
  });

  it('mergeEntities: the merged names and curator aliases find the kept entity', async () => {
    await mutate(
      /* GraphQL */ `
        mutation {
          mergeEntities(
            keepId: "shanghai-university-of-technology"
            mergeId: "chinese-academy-of-engineering"
          ) {
            auditId
          }
        }
      `,
      {},
    );
    expect(await firstHit('中国工程院')).toBe('shanghai-university-of-technology');
    expect(await firstHit('CAE')).toBe('shanghai-university-of-technology');
  });

  it('commitIngest: an entity the article brings is found by its joined pinyin', async () => {
    const ingest = ingestClient(test.client);
    const draft = await ingest.propose(
      'Mr. Zhang Wenhong, a member of the Chinese Academy of Sciences, spoke at the forum.',
    );
    await ingest.acceptAll(draft);
    const result = await ingest.commit(draft.id);
    const created = result.entities.find((entity) => entity.name === 'Zhang Wenhong');
    expect(created).toBeDefined();
    expect(await firstHit('zhangwenhong')).toBe(created!.id);
    expect(await firstHit('Wenhong Zhang')).toBe(created!.id);
  });
});

describe('migration: a store written before search keys', () => {
  it('derives every entity’s keys, so old data is found the new ways', async () => {
    // Emptying the database between tests also forgot which migrations ran: record them again.
    await applyMigrations(test.db.executor);
    await test.db.executor.writeTransaction('forgetSearchKeys', async (tx) => {
      await tx.run('forgetSearchKeys', 'MATCH (n:Entity) REMOVE n.searchKeys');
      // A store from before search keys had run migrations 1 to 4 only.
      await tx.run('forgetVersion5On', 'MATCH (m:SchemaMigration) WHERE m.version >= 5 DELETE m');
    });
    expect(await search('peigang')).toEqual([]);
    const latest = Math.max(...MIGRATIONS.map((migration) => migration.version));
    expect(await applyMigrations(test.db.executor)).toEqual({ from: 4, to: latest });
    expect(await firstHit('peigang')).toBe('pei-gang');
    expect(await firstHit('CAST')).toBe('china-association-for-science-and-technology');
  });
});
