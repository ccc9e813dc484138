import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGuanxiYoga, createLogger } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  query = graphqlClient(db.executor);
}, 60_000);
afterAll(() => db.close());

interface Named {
  id: string;
  name: string;
}

async function ok<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await query<T>(document, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('node: who holds which office, as the article says', () => {
  it('Pei Gang is president of the Shanghai Association of Overseas Returnees and a CAS member', async () => {
    const data = await ok<{
      node: {
        __typename: string;
        kind: string;
        name: string;
        sources: { quote: string; source: { title: string } }[];
        positions: {
          totalCount: number;
          edges: { title: string; label: string; node: Named; evidence: { quote: string }[] }[];
        };
        memberships: { edges: { title: string; node: Named }[] };
        events: { edges: { role: string; node: Named }[] };
      };
    }>(/* GraphQL */ `
      query {
        node(id: "pei-gang") {
          __typename
          kind
          name
          sources {
            quote
            source {
              title
            }
          }
          ... on Person {
            positions(first: 10) {
              totalCount
              edges {
                title
                label
                node {
                  id
                  name
                }
                evidence {
                  quote
                }
              }
            }
            memberships {
              edges {
                title
                node {
                  id
                  name
                }
              }
            }
            events {
              edges {
                role
                node {
                  id
                  name
                }
              }
            }
          }
        }
      }
    `);
    const person = data.node;
    expect(person).toMatchObject({ __typename: 'Person', kind: 'PERSON', name: 'Pei Gang' });
    expect(person.sources).toEqual([
      {
        quote: 'Mr. Pei Gang',
        source: {
          title:
            'Report on the 13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
        },
      },
    ]);
    expect(person.positions.totalCount).toBe(1);
    const [presidency] = person.positions.edges;
    expect(presidency).toMatchObject({
      title: 'president',
      label: 'president',
      node: { id: 'shanghai-association-of-overseas-returnees' },
    });
    expect(presidency!.evidence[0]!.quote).toMatch(/president of the Shanghai Association/);
    expect(person.memberships.edges).toEqual([
      {
        title: 'member',
        node: { id: 'chinese-academy-of-sciences', name: 'Chinese Academy of Sciences' },
      },
    ]);
    expect(person.events.edges).toEqual([
      {
        role: 'host',
        node: {
          id: 'symposium-13-opening-ceremony',
          name: 'Opening ceremony of the 13th Symposium on Chinese Scholars and Shanghai’s Development',
        },
      },
    ]);
  });

  it('Wan Gang chairs the China Association for Science and Technology and the Zhigong Party central committee', async () => {
    const data = await ok<{
      node: { positions: { edges: { title: string; node: Named }[] } };
    }>(
      `{ node(id: "wan-gang") { ... on Person { positions { edges { title node { id name } } } } } }`,
    );
    const offices = data.node.positions.edges.map((edge) => `${edge.title} @ ${edge.node.id}`);
    expect(offices.sort()).toEqual([
      'Chairman @ china-association-for-science-and-technology',
      'Chairman @ zhigong-party-central-committee',
      'Vice Chairman @ cppcc-12th-national-committee',
    ]);
  });

  it('an institution lists its people with their titles, its parent and its children', async () => {
    const data = await ok<{
      association: {
        institutionKind: string;
        members: { totalCount: number; edges: { type: string; title: string; node: Named }[] };
      };
      committee: { parent: Named; children: { edges: { node: Named }[] } };
    }>(`{
      association: node(id: "shanghai-association-of-overseas-returnees") {
        ... on Institution {
          institutionKind
          members { totalCount edges { type title node { id name } } }
        }
      }
      committee: node(id: "cpc-shanghai-committee") {
        ... on Institution {
          parent { id name }
          children { edges { node { id name } } }
        }
      }
    }`);
    expect(data.association.institutionKind).toBe('ASSOCIATION');
    expect(data.association.members.totalCount).toBe(2);
    expect(data.association.members.edges.map((e) => `${e.node.id}:${e.title}`).sort()).toEqual([
      'pei-gang:president',
      'wu-zhiqiang:vice-president',
    ]);
    expect(data.committee.parent.id).toBe('communist-party-of-china');
    expect(data.committee.children.edges.map((e) => e.node.id).sort()).toEqual([
      'cpc-shanghai-standing-committee',
      'ufwd-cpc-shanghai-committee',
    ]);
  });

  it('the symposium was led by two bodies and co-organised by three', async () => {
    const data = await ok<{
      node: {
        edition: number | null;
        organizers: { edges: { role: string; label: string; node: Named }[] };
        participants: { totalCount: number; edges: { role: string; node: Named }[] };
        places: { edges: { node: Named }[] };
        partOf: Named;
      };
    }>(`{
      node(id: "symposium-chinese-scholars-shanghai-development-13") {
        ... on Event {
          edition
          organizers { edges { role label node { id name } } }
          participants { totalCount edges { role node { id name } } }
          places { edges { node { id name } } }
          partOf { id name }
        }
      }
    }`);
    const byRole = (role: string) =>
      data.node.organizers.edges
        .filter((edge) => edge.role === role)
        .map((edge) => edge.node.id)
        .sort();
    expect(byRole('lead')).toEqual([
      'shanghai-science-and-technology-commission',
      'ufwd-cpc-shanghai-committee',
    ]);
    expect(byRole('co-organiser')).toEqual([
      'shanghai-association-of-overseas-returnees',
      'shanghai-overseas-chinese-overseas-friendship-association',
      'shanghai-youth-intellectuals-friendship-association',
    ]);
    expect(data.node.organizers.edges.find((e) => e.role === 'lead')!.label).toBe('led');
    expect(data.node.participants.totalCount).toBe(4);
    expect(data.node.participants.edges.map((e) => `${e.node.id}:${e.role}`).sort()).toEqual([
      'cheng-tong:speaker',
      'li-ruxin:speaker',
      'wan-gang:opening-remarks',
      'wu-zhiqiang:closing-remarks',
    ]);
    expect(data.node.places.edges).toEqual([
      { node: { id: 'shanghai-science-hall', name: 'Shanghai Science Hall' } },
    ]);
    expect(data.node.partOf.id).toBe('symposium-chinese-scholars-shanghai-development');
  });

  it('an unknown id is null, not an error', async () => {
    const data = await ok<{ node: null }>(`{ node(id: "nobody") { id } }`);
    expect(data.node).toBeNull();
  });
});

describe('sources', () => {
  it('a source carries its full text, which every evidence offset indexes into', async () => {
    const data = await ok<{
      source: { title: string; text: string };
      node: { sources: { sourceId: string; quote: string; start: number; end: number }[] };
      missing: null;
    }>(`{
      source(id: "article-000-909d8094033b2388") { title text }
      node(id: "wan-gang") { sources { sourceId quote start end } }
      missing: source(id: "nope") { id }
    }`);
    expect(data.source.text).toContain('Symposium on Chinese Scholars');
    expect(data.node.sources.map((evidence) => evidence.quote)).toEqual(['Mr. Wan Gang']);
    for (const evidence of data.node.sources) {
      expect(data.source.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(data.missing).toBeNull();
  });
});

describe('GraphiQL', () => {
  it('opens on /graphql with example operations', async () => {
    const yoga = createGuanxiYoga({
      executor: db.executor,
      logger: createLogger('silent'),
      tokens: [],
    });
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('Guanxi GraphiQL');
    for (const operation of [
      'search(',
      'node(',
      'neighborhood(',
      'connections(',
      'affiliations(',
    ]) {
      expect(html).toContain(operation);
    }
  });

  /** What each example operation answers on the article: the part a reader looks at. */
  const EXAMPLE_ANSWERS: Record<string, (data: Record<string, unknown>) => unknown> = {
    // Loading the article is not a write through the API, so the trail starts empty.
    History: (data) => data.history,
    Search: (data) =>
      (data.search as { matched: string; entity: Named }[]).map((hit) => [
        hit.entity.id,
        hit.matched,
      ]),
    Node: (data) => data.node,
    Neighborhood: (data) => {
      const graph = data.neighborhood as {
        truncated: boolean;
        nodes: Named[];
        edges: { source: string; type: string; target: string; label: string }[];
      };
      return {
        truncated: graph.truncated,
        nodes: graph.nodes.map((node) => node.id).sort(),
        edges: graph.edges.map((e) => `${e.source} ${e.type} ${e.target}: ${e.label}`).sort(),
      };
    },
    Connections: (data) =>
      (data.connections as { length: number; nodes: Named[] }[]).map((path) =>
        path.nodes.map((node) => node.id).join(' > '),
      ),
    Affiliations: (data) => {
      const tree = data.affiliations as {
        subBodies: { depth: number; institution: { name: string }; parent: { name: string } }[];
        people: { label: string; person: { name: string }; institution: { name: string } }[];
      };
      return {
        subBodies: tree.subBodies.map((s) => `${s.depth} ${s.institution.name} < ${s.parent.name}`),
        people: tree.people.map((p) => `${p.person.name}: ${p.label} @ ${p.institution.name}`),
      };
    },
  };

  const EXPECTED_ANSWERS: Record<string, unknown> = {
    History: [],
    Search: [
      ['pei-gang', 'Pei Gang'],
      ['wan-gang', 'Wan Gang'],
    ],
    Node: {
      id: 'pei-gang',
      name: 'Pei Gang',
      positions: {
        totalCount: 1,
        edges: [
          {
            title: 'president',
            node: {
              id: 'shanghai-association-of-overseas-returnees',
              name: 'Shanghai Association of Overseas Returnees',
              institutionKind: 'ASSOCIATION',
            },
            evidence: [
              {
                quote:
                  'Pei Gang, a member of the Chinese Academy of Sciences and president of the Shanghai Association of Overseas Returnees',
              },
            ],
          },
        ],
      },
    },
    Neighborhood: {
      truncated: false,
      nodes: [
        'cheng-tong',
        'chinese-academy-of-engineering',
        'chinese-academy-of-sciences',
        'li-ruxin',
        'pei-gang',
        'shanghai-association-of-overseas-returnees',
        'shanghai-overseas-chinese-overseas-friendship-association',
        'shanghai-science-and-technology-commission',
        'shanghai-science-hall',
        'shanghai-youth-intellectuals-friendship-association',
        'symposium-13-opening-ceremony',
        'symposium-13-roundtable',
        'symposium-chinese-scholars-shanghai-development',
        'symposium-chinese-scholars-shanghai-development-13',
        'ufwd-cpc-shanghai-committee',
        'wan-gang',
        'wu-zhiqiang',
      ],
      edges: [
        'cheng-tong HOLDS_POSITION ufwd-cpc-shanghai-committee: director',
        'cheng-tong PARTICIPATED_IN symposium-chinese-scholars-shanghai-development-13: speaker',
        'li-ruxin MEMBER_OF chinese-academy-of-sciences: member',
        'li-ruxin PARTICIPATED_IN symposium-chinese-scholars-shanghai-development-13: speaker',
        'pei-gang HOLDS_POSITION shanghai-association-of-overseas-returnees: president',
        'pei-gang MEMBER_OF chinese-academy-of-sciences: member',
        'pei-gang PARTICIPATED_IN symposium-13-opening-ceremony: host',
        'shanghai-association-of-overseas-returnees ORGANIZED symposium-chinese-scholars-shanghai-development-13: co-organised',
        'shanghai-overseas-chinese-overseas-friendship-association ORGANIZED symposium-chinese-scholars-shanghai-development-13: co-organised',
        'shanghai-science-and-technology-commission ORGANIZED symposium-chinese-scholars-shanghai-development-13: led',
        'shanghai-youth-intellectuals-friendship-association ORGANIZED symposium-chinese-scholars-shanghai-development-13: co-organised',
        'symposium-13-opening-ceremony PART_OF symposium-chinese-scholars-shanghai-development-13: part of',
        'symposium-13-roundtable PART_OF symposium-chinese-scholars-shanghai-development-13: part of',
        'symposium-chinese-scholars-shanghai-development-13 HELD_AT shanghai-science-hall: held at',
        'symposium-chinese-scholars-shanghai-development-13 PART_OF symposium-chinese-scholars-shanghai-development: part of',
        'ufwd-cpc-shanghai-committee ORGANIZED symposium-chinese-scholars-shanghai-development-13: led',
        'wan-gang PARTICIPATED_IN symposium-chinese-scholars-shanghai-development-13: opening remarks',
        'wu-zhiqiang HOLDS_POSITION shanghai-association-of-overseas-returnees: vice-president',
        'wu-zhiqiang MEMBER_OF chinese-academy-of-engineering: scholar',
        'wu-zhiqiang PARTICIPATED_IN symposium-chinese-scholars-shanghai-development-13: closing remarks',
      ],
    },
    Connections: [
      'pei-gang > chinese-academy-of-sciences > li-ruxin',
      'pei-gang > shanghai-association-of-overseas-returnees > symposium-chinese-scholars-shanghai-development-13 > li-ruxin',
      'pei-gang > symposium-13-opening-ceremony > symposium-chinese-scholars-shanghai-development-13 > li-ruxin',
    ],
    Affiliations: {
      subBodies: [
        '1 Shanghai Committee of the Communist Party of China < Communist Party of China',
        '1 Shanghai Science and Technology Commission of the Communist Party of China < Communist Party of China',
        '2 CPC Shanghai Standing Committee < Shanghai Committee of the Communist Party of China',
        '2 United Front Work Department of the Shanghai Committee of the Communist Party of China < Shanghai Committee of the Communist Party of China',
      ],
      people: [
        'Cheng Tong: member @ CPC Shanghai Standing Committee',
        'Cheng Tong: director @ United Front Work Department of the Shanghai Committee of the Communist Party of China',
      ],
    },
  };

  it.each(Object.keys(EXPECTED_ANSWERS))(
    'the example operation %s answers on the article as the article says',
    async (operationName) => {
      const yoga = createGuanxiYoga({
        executor: db.executor,
        logger: createLogger('silent'),
        tokens: [],
      });
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: GRAPHIQL_DEFAULT_QUERY, operationName }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(EXAMPLE_ANSWERS[operationName]!(body.data!)).toEqual(EXPECTED_ANSWERS[operationName]);
    },
  );
});

describe('connection pages', () => {
  it('pages with first/after and keeps totalCount', async () => {
    const first = await ok<{
      institutions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Named }[];
      };
    }>(
      `{ institutions(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
    );
    expect(first.institutions.totalCount).toBe(17);
    expect(first.institutions.edges).toHaveLength(5);
    expect(first.institutions.pageInfo.hasNextPage).toBe(true);
    const names = first.institutions.edges.map((edge) => edge.node.name);
    expect([...names].sort()).toEqual(names);

    const next = await ok<{
      institutions: { pageInfo: { hasPreviousPage: boolean }; edges: { node: Named }[] };
    }>(
      `query ($after: String) { institutions(first: 5, after: $after) { pageInfo { hasPreviousPage } edges { node { id name } } } }`,
      { after: first.institutions.pageInfo.endCursor },
    );
    expect(next.institutions.pageInfo.hasPreviousPage).toBe(true);
    const both = await ok<{ institutions: { edges: { node: Named }[] } }>(
      `{ institutions(first: 10) { edges { node { id name } } } }`,
    );
    expect([...first.institutions.edges, ...next.institutions.edges]).toEqual(
      both.institutions.edges,
    );
  });

  it('filters by name, institution kind, industry and relatedness, and orders', async () => {
    const data = await ok<{
      named: { edges: { node: Named }[] };
      academies: { totalCount: number };
      pillars: { edges: { node: Named }[] };
      cas: { edges: { node: Named }[] };
      byIdDesc: { edges: { node: Named }[] };
    }>(`{
      named: institutions(where: { nameContains: "returnees" }) { edges { node { id name } } }
      academies: institutions(where: { institutionKind: ACADEMY }) { totalCount }
      pillars: places(where: { industry: "biomedicine" }) { edges { node { id name } } }
      cas: people(where: { relatedTo: "chinese-academy-of-sciences" }) { edges { node { id name } } }
      byIdDesc: people(orderBy: { field: ID, direction: DESC }, first: 2) { edges { node { id name } } }
    }`);
    expect(data.named.edges.map((e) => e.node.id)).toEqual([
      'shanghai-association-of-overseas-returnees',
    ]);
    expect(data.academies.totalCount).toBe(2);
    expect(data.pillars.edges.map((e) => e.node.id)).toEqual(['shanghai']);
    expect(data.cas.edges.map((e) => e.node.id).sort()).toEqual(['li-ruxin', 'pei-gang']);
    expect(data.byIdDesc.edges.map((e) => e.node.id)).toEqual(['wu-zhiqiang', 'wan-gang']);
  });

  it('refuses a page above the cap with LIMIT_EXCEEDED', async () => {
    const response = await query(`{ people(first: 500) { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(response.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it.each([
    ['not base64', 'bogus'],
    ['a hexadecimal offset', Buffer.from('OffsetConnection:0x2').toString('base64')],
    ['an offset with trailing text', Buffer.from('OffsetConnection:2abc').toString('base64')],
  ])('refuses a cursor it did not hand out (%s) with BAD_USER_INPUT', async (_case, after) => {
    const response = await query(
      `query ($after: String) { people(after: $after) { totalCount } }`,
      {
        after,
      },
    );
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toBe(`"${after}" is not a cursor this API handed out.`);
  });

  it('does not echo an oversized cursor or date back whole', async () => {
    const after = 'x'.repeat(100_000);
    const response = await query(
      `query ($after: String) { people(after: $after) { totalCount } }`,
      { after },
    );
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toBe(
      `"${'x'.repeat(60)}…" (100,000 characters) is not a cursor this API handed out.`,
    );
    const dated = await query(`{ overview(asOf: "${'9'.repeat(5_000)}") { totalEntities } }`);
    expect(dated.errors?.[0]?.message).toBe(
      `"${'9'.repeat(60)}…" (5,000 characters) is not a Date: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD.`,
    );
  });
});

describe('RelationshipEdge: one fragment reads every relationship field', () => {
  it('gives Wan Gang’s offices and his part in the symposium the same shape', async () => {
    const data = await ok<{
      node: {
        positions: { edges: { type: string; label: string; node: Named }[] };
        events: { edges: { type: string; label: string; node: Named }[] };
      };
    }>(
      /* GraphQL */ `
        fragment Tie on RelationshipEdge {
          type
          label
          node {
            id
            name
          }
        }
        query ($id: ID!) {
          node(id: $id) {
            ... on Person {
              positions(first: 10) {
                edges {
                  ...Tie
                }
              }
              events(first: 10) {
                edges {
                  ...Tie
                }
              }
            }
          }
        }
      `,
      { id: 'wan-gang' },
    );
    expect(data.node.positions.edges.map((edge) => [edge.label, edge.node.id]).sort()).toEqual([
      ['Chairman', 'china-association-for-science-and-technology'],
      ['Chairman', 'zhigong-party-central-committee'],
      ['Vice Chairman', 'cppcc-12th-national-committee'],
    ]);
    expect(data.node.events.edges).toEqual([
      {
        type: 'PARTICIPATED_IN',
        label: 'opening remarks',
        node: {
          id: 'symposium-chinese-scholars-shanghai-development-13',
          name: '13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century',
        },
      },
    ]);
  });
});
