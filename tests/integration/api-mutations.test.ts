import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

const TOKEN = 'test-write-token-5f1c';
const SOURCE_ID = 'article-000-909d8094033b2388';
const ARTICLE = readFileSync(
  path.resolve(import.meta.dirname, '..', '..', 'seed', 'article', '000_909d8094033b2388.txt'),
  'utf8',
);

/** Evidence for a quote as it stands in the article: the offsets a curator would record. */
function quote(text: string) {
  const start = ARTICLE.indexOf(text);
  if (start < 0) throw new Error(`not in the article: ${text}`);
  return { sourceId: SOURCE_ID, quote: text, start, end: start + text.length };
}

let db: TestDatabase;
let write: ReturnType<typeof graphqlClient>;
const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  write = graphqlClient(db.executor, {
    tokens: [{ label: 'curator', scope: 'write', token: TOKEN }],
  });
}, 60_000);
afterAll(() => db.close());

const CREATE = /* GraphQL */ `
  mutation ($input: CreateEntityInput!) {
    createEntity(input: $input) {
      id
      kind
      name
      aliases
      sources {
        quote
        start
        end
      }
    }
  }
`;

describe('who may write', () => {
  it('with no token configured, mutations are disabled (FORBIDDEN) and reads stay open', async () => {
    const closed = graphqlClient(db.executor);
    const response = await closed(
      CREATE,
      { input: { kind: 'INDUSTRY', name: 'Quantum computing', evidence: [] } },
      auth,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/writes are disabled/i);
    const read = await closed(`{ node(id: "pei-gang") { name } }`);
    expect(read.errors).toBeUndefined();
  });

  it('a missing or wrong token is UNAUTHENTICATED', async () => {
    const input = { kind: 'INDUSTRY', name: 'Quantum computing', evidence: [quote('biomedicine')] };
    const missing = await write(CREATE, { input });
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await write(CREATE, { input }, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(wrong)).not.toContain(TOKEN);
  });
});

describe('create and update', () => {
  it('creates an entity whose evidence quotes the source exactly, and finds it by search', async () => {
    const response = await write<{ createEntity: { id: string; kind: string } }>(
      CREATE,
      {
        input: {
          kind: 'INSTITUTION',
          name: 'Shanghai Science Hall Foundation',
          institutionKind: 'ASSOCIATION',
          evidence: [quote('Shanghai Science Hall')],
        },
      },
      auth,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createEntity).toMatchObject({
      id: 'shanghai-science-hall-foundation',
      kind: 'INSTITUTION',
    });
    const found = await write<{ search: { entity: { id: string } }[] }>(
      `{ search(text: "Science Hall Foundation", kinds: [INSTITUTION]) { entity { id } } }`,
    );
    expect(found.data!.search[0]!.entity.id).toBe('shanghai-science-hall-foundation');
  });

  it('refuses evidence that is not in the source, naming the field', async () => {
    const response = await write(
      CREATE,
      {
        input: {
          kind: 'PERSON',
          name: 'Made Up',
          evidence: [{ sourceId: SOURCE_ID, quote: 'Made Up', start: 0, end: 7 }],
        },
      },
      auth,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/evidence\.0\.quote/);
    const after = await write<{ node: null }>(`{ node(id: "made-up") { id } }`);
    expect(after.data!.node).toBeNull();
  });

  it('validates with the graph-schema model: no evidence, bad id, missing institution kind', async () => {
    const noEvidence = await write(
      CREATE,
      { input: { kind: 'PERSON', name: 'X', evidence: [] } },
      auth,
    );
    expect(noEvidence.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noEvidence.errors?.[0]?.message).toMatch(/evidence/);
    const badId = await write(
      CREATE,
      { input: { kind: 'PERSON', id: 'Not A Slug', name: 'X', evidence: [quote('Pei Gang')] } },
      auth,
    );
    expect(badId.errors?.[0]?.message).toMatch(/^Invalid entity: id:/);
    const noKind = await write(
      CREATE,
      { input: { kind: 'INSTITUTION', name: 'Nameless Body', evidence: [quote('Pei Gang')] } },
      auth,
    );
    expect(noKind.errors?.[0]?.message).toMatch(/institutionKind/);
  });

  it('refuses an id that is taken', async () => {
    const response = await write(
      CREATE,
      {
        input: { kind: 'PERSON', id: 'pei-gang', name: 'Pei Gang', evidence: [quote('Pei Gang')] },
      },
      auth,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/already taken/);
  });

  it('updates fields and adds evidence', async () => {
    const response = await write<{ updateEntity: { aliases: string[]; sources: unknown[] } }>(
      `mutation ($input: UpdateEntityInput!) {
        updateEntity(id: "pei-gang", input: $input) { aliases sources { quote } }
      }`,
      { input: { aliases: ['Gang Pei'], addEvidence: [quote('Mr. Pei Gang')] } },
      auth,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateEntity.aliases).toEqual(['Gang Pei']);
    expect(response.data!.updateEntity.sources).toContainEqual({ quote: 'Mr. Pei Gang' });
  });
});

describe('link and unlink', () => {
  const LINK = /* GraphQL */ `
    mutation ($input: LinkInput!) {
      link(input: $input) {
        id
        type
        label
        sentence
        title
        from {
          id
        }
        to {
          id
        }
        evidence {
          quote
        }
      }
    }
  `;

  it('links two entities with a typed, evidenced relationship and unlinks it', async () => {
    const linked = await write<{ link: { id: string; sentence: string; title: string } }>(
      LINK,
      {
        input: {
          type: 'MEMBER_OF',
          from: 'wu-zhiqiang',
          to: 'chinese-academy-of-sciences',
          title: 'guest',
          evidence: [quote('Mr. Wu Zhiqiang, a scholar of the Chinese Academy of Engineering')],
        },
      },
      auth,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.link.sentence).toBe(
      'Wu Zhiqiang is a guest of the Chinese Academy of Sciences',
    );
    const members = await write<{ node: { members: { totalCount: number } } }>(
      `{ node(id: "chinese-academy-of-sciences") { ... on Institution { members { totalCount } } } }`,
    );
    expect(members.data!.node.members.totalCount).toBe(3);

    const unlinked = await write<{ unlink: { id: string } }>(
      `mutation ($id: ID!) { unlink(id: $id) { id } }`,
      { id: linked.data!.link.id },
      auth,
    );
    expect(unlinked.data!.unlink.id).toBe(linked.data!.link.id);
    const again = await write(
      `mutation ($id: ID!) { unlink(id: $id) { id } }`,
      { id: linked.data!.link.id },
      auth,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses ends the type does not join, properties it does not have, and missing evidence', async () => {
    const wrongEnds = await write(
      LINK,
      {
        input: {
          type: 'HOLDS_POSITION',
          from: 'shanghai',
          to: 'pei-gang',
          title: 'x',
          evidence: [quote('Shanghai')],
        },
      },
      auth,
    );
    expect(wrongEnds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongEnds.errors?.[0]?.message).toMatch(/PERSON → INSTITUTION/);
    const extra = await write(
      LINK,
      {
        input: {
          type: 'PART_OF',
          from: 'cppcc',
          to: 'china-association-for-science-and-technology',
          title: 'x',
          evidence: [quote('CPC')],
        },
      },
      auth,
    );
    expect(extra.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noEvidence = await write(
      LINK,
      { input: { type: 'PART_OF', from: 'cppcc', to: 'zhigong-party', evidence: [] } },
      auth,
    );
    expect(noEvidence.errors?.[0]?.message).toMatch(/evidence/);
  });
});

describe('merge', () => {
  it('moves names, evidence and relationships over in one transaction, losing nothing', async () => {
    const duplicate = await write<{ createEntity: { id: string } }>(
      CREATE,
      {
        input: {
          kind: 'PERSON',
          id: 'ruxin-li',
          name: 'Ruxin Li',
          aliases: ['R. Li'],
          evidence: [quote('Li Ruxin, a member of the Chinese Academy of Sciences')],
        },
      },
      auth,
    );
    expect(duplicate.errors).toBeUndefined();
    const linked = await write(
      `mutation ($input: LinkInput!) { link(input: $input) { id } }`,
      {
        input: {
          type: 'PARTICIPATED_IN',
          from: 'ruxin-li',
          to: 'symposium-13-roundtable',
          role: 'participant',
          evidence: [quote('At the roundtable')],
        },
      },
      auth,
    );
    expect(linked.errors).toBeUndefined();
    await write(
      `mutation ($input: LinkInput!) { link(input: $input) { id } }`,
      {
        input: {
          type: 'MEMBER_OF',
          from: 'ruxin-li',
          to: 'chinese-academy-of-sciences',
          title: 'member',
          evidence: [quote('a member of the Chinese Academy of Sciences, vice president')],
        },
      },
      auth,
    );

    const merged = await write<{
      mergeEntities: {
        movedRelationships: number;
        combinedRelationships: number;
        entity: {
          id: string;
          aliases: string[];
          sources: { quote: string }[];
          events: { edges: { node: { id: string } }[] };
          memberships: { edges: { evidence: { quote: string }[] }[] };
        };
      };
    }>(
      `mutation {
        mergeEntities(keepId: "li-ruxin", mergeId: "ruxin-li") {
          movedRelationships
          combinedRelationships
          entity {
            id
            aliases
            sources { quote }
            ... on Person {
              events { edges { node { id } } }
              memberships { edges { evidence { quote } } }
            }
          }
        }
      }`,
      {},
      auth,
    );
    expect(merged.errors).toBeUndefined();
    const result = merged.data!.mergeEntities;
    expect(result.movedRelationships).toBe(1);
    expect(result.combinedRelationships).toBe(1);
    expect(result.entity.aliases).toEqual(expect.arrayContaining(['Ruxin Li', 'R. Li']));
    expect(result.entity.sources.map((s) => s.quote)).toContain(
      'Li Ruxin, a member of the Chinese Academy of Sciences',
    );
    expect(result.entity.events.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([
        'symposium-13-roundtable',
        'symposium-chinese-scholars-shanghai-development-13',
      ]),
    );
    expect(result.entity.memberships.edges).toHaveLength(1);
    expect(result.entity.memberships.edges[0]!.evidence.map((e) => e.quote)).toContain(
      'a member of the Chinese Academy of Sciences, vice president',
    );
    const gone = await write<{ node: null }>(`{ node(id: "ruxin-li") { id } }`);
    expect(gone.data!.node).toBeNull();
  });

  it('refuses to merge different kinds', async () => {
    const response = await write(
      `mutation { mergeEntities(keepId: "pei-gang", mergeId: "shanghai") { movedRelationships } }`,
      {},
      auth,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
