import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_LIMITS } from '@guanxi/graph-schema';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let client: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  client = graphqlClient(db.executor);
}, 60_000);
afterAll(() => db.close());

const RELATIONSHIPS = /* GraphQL */ `
  query Relationships($ids: [ID!]!) {
    relationships(ids: $ids) {
      id
      type
      source
      target
      label
      evidence {
        quote
        start
        end
        source {
          title
          publisher
        }
      }
    }
  }
`;

interface Answer {
  relationships: {
    id: string;
    source: string;
    target: string;
    evidence: { quote: string; source: { title: string } }[];
  }[];
}

const MEMBERSHIP = 'pei-gang--member-of--chinese-academy-of-sciences--member';

describe('relationships by id (what exports read)', () => {
  it('answers in the order asked, with evidence and sources, leaving out unknown ids', async () => {
    const neighbourhood = await client<{ neighborhood: { edges: { id: string }[] } }>(
      /* GraphQL */ `
        {
          neighborhood(id: "pei-gang") {
            edges {
              id
            }
          }
        }
      `,
    );
    const ids = neighbourhood.data!.neighborhood.edges.map((edge) => edge.id).reverse();
    expect(ids).toContain(MEMBERSHIP);
    const { data, errors } = await client<Answer>(RELATIONSHIPS, {
      ids: ['no-such--relationship', ...ids, ids[0]],
    });
    expect(errors).toBeUndefined();
    expect(data!.relationships.map((relationship) => relationship.id)).toEqual(ids);
    for (const relationship of data!.relationships)
      expect(relationship.evidence.length).toBeGreaterThan(0);
    const membership = data!.relationships.find((relationship) => relationship.id === MEMBERSHIP)!;
    expect(membership).toMatchObject({ source: 'pei-gang', target: 'chinese-academy-of-sciences' });
    expect(membership.evidence[0]!.quote).toContain('Chinese Academy of Sciences');
    expect(membership.evidence[0]!.source.title).toMatch(/Symposium/);
  });

  it('the neighbourhood carries the same evidence on its edges', async () => {
    const { data } = await client<{
      neighborhood: { edges: { id: string; evidence: { quote: string }[] }[] };
    }>(/* GraphQL */ `
      {
        neighborhood(id: "pei-gang") {
          edges {
            id
            evidence {
              quote
            }
          }
        }
      }
    `);
    const membership = data!.neighborhood.edges.find((edge) => edge.id === MEMBERSHIP)!;
    expect(membership.evidence[0]!.quote).toContain('Chinese Academy of Sciences');
  });

  it('refuses more ids than one request may ask for, saying to batch', async () => {
    const max = API_LIMITS.relationships.ids.max;
    const ids = Array.from({ length: max + 1 }, (_, index) => `r-${index}`);
    const { data, errors } = await client(RELATIONSHIPS, { ids });
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('LIMIT_EXCEEDED');
    expect(errors![0]!.message).toContain('batches');
    const empty = await client<Answer>(RELATIONSHIPS, { ids: [] });
    expect(empty.data!.relationships).toEqual([]);
  });
});
