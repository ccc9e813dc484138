import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphqlClient } from '../helpers/graphql';
import {
  CONNECTIONS_OPERATION as CONNECTIONS,
  type PathResult,
} from '../helpers/connections-operation';
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

interface Hit {
  score: number;
  matched: string;
  entity: { id: string; kind: string; name: string };
}

const SEARCH = /* GraphQL */ `
  query ($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      matched
      entity {
        id
        kind
        name
      }
    }
  }
`;

async function search(text: string, kinds?: string[], first?: number): Promise<Hit[]> {
  const response = await query<{ search: Hit[] }>(SEARCH, { text, kinds, first });
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

describe('search', () => {
  it('finds a person by name, best match first', async () => {
    const hits = await search('Pei Gang');
    expect(hits[0]!.entity.id).toBe('pei-gang');
    expect(hits[0]!.matched).toBe('Pei Gang');
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('tolerates typos and unfinished words', async () => {
    expect((await search('pei gnag'))[0]!.entity.id).toBe('pei-gang');
    expect((await search('Zhiqang'))[0]!.entity.id).toBe('wu-zhiqiang');
    expect((await search('synchrot'))[0]!.entity.id).toBe(
      'shanghai-synchrotron-radiation-facility',
    );
  });

  it('reports the alias that matched', async () => {
    const hits = await search('Shanghai Overseas Returnees Association', ['INSTITUTION']);
    expect(hits[0]!.entity.id).toBe('shanghai-association-of-overseas-returnees');
    expect(hits[0]!.matched).toBe('Shanghai Overseas Returnees Association');
  });

  it('filters by kind', async () => {
    const hits = await search('Shanghai', ['PLACE']);
    expect(hits.map((hit) => [hit.entity.id, hit.entity.kind])).toEqual([
      ['shanghai', 'PLACE'],
      ['shanghai-science-hall', 'PLACE'],
    ]);
  });

  it.each([
    'C++',
    '"',
    '(',
    'AND',
    '*',
    '~',
    'Pei AND OR NOT',
    'title:president',
    '\\',
    '[a TO z]',
    '{}^!?/&&||',
    '裴钢',
    'Пэй Ган',
    'الصين',
  ])('any text is safe: %p', async (text) => {
    const response = await query<{ search: Hit[] }>(SEARCH, { text });
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data!.search)).toBe(true);
  });

  it('empty and blank text find nothing, without an error', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   \n\t ')).toEqual([]);
  });

  it('10,000 characters are cut to a safe query, not an error', async () => {
    const response = await query<{ search: Hit[] }>(SEARCH, { text: 'Pei Gang '.repeat(1112) });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search[0]!.entity.id).toBe('pei-gang');
  });

  it('caps the number of results with LIMIT_EXCEEDED', async () => {
    const response = await query(SEARCH, { text: 'Shanghai', first: 1000 });
    expect(response.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string; name: string }[];
  edges: { id: string; type: string; source: string; target: string; label: string | null }[];
}

const NEIGHBORHOOD = /* GraphQL */ `
  query (
    $id: ID!
    $depth: Int
    $kinds: [EntityKind!]
    $relationTypes: [RelationType!]
    $limit: Int
  ) {
    neighborhood(
      id: $id
      depth: $depth
      kinds: $kinds
      relationTypes: $relationTypes
      limit: $limit
    ) {
      truncated
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        source
        target
        label
      }
    }
  }
`;

async function neighborhood(variables: Record<string, unknown>): Promise<Subgraph> {
  const response = await query<{ neighborhood: Subgraph }>(NEIGHBORHOOD, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.neighborhood;
}

describe('neighborhood', () => {
  it('draws the people and the event around the association, with labelled edges', async () => {
    const graph = await neighborhood({ id: 'shanghai-association-of-overseas-returnees' });
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'pei-gang',
      'shanghai-association-of-overseas-returnees',
      'symposium-chinese-scholars-shanghai-development-13',
      'wu-zhiqiang',
    ]);
    const presidency = graph.edges.find((edge) => edge.source === 'pei-gang');
    expect(presidency).toMatchObject({
      type: 'HOLDS_POSITION',
      target: 'shanghai-association-of-overseas-returnees',
      label: 'president',
    });
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('depth 2 reaches the colleagues of colleagues; kinds and types narrow it', async () => {
    const wide = await neighborhood({ id: 'pei-gang', depth: 2 });
    expect(wide.nodes.map((n) => n.id).sort()).toEqual([
      'chinese-academy-of-sciences',
      'li-ruxin',
      'pei-gang',
      'shanghai-association-of-overseas-returnees',
      'symposium-13-opening-ceremony',
      'symposium-chinese-scholars-shanghai-development-13',
      'wu-zhiqiang',
    ]);
    // Kinds narrow the walk too: without events, the symposium no longer joins anybody.
    const bodies = await neighborhood({
      id: 'pei-gang',
      depth: 2,
      kinds: ['PERSON', 'INSTITUTION'],
    });
    expect(bodies.nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual([
      'INSTITUTION:chinese-academy-of-sciences',
      'INSTITUTION:shanghai-association-of-overseas-returnees',
      'PERSON:li-ruxin',
      'PERSON:pei-gang',
      'PERSON:wu-zhiqiang',
    ]);
    const cas = await neighborhood({ id: 'pei-gang', depth: 2, relationTypes: ['MEMBER_OF'] });
    expect(cas.nodes.map((n) => n.id).sort()).toEqual([
      'chinese-academy-of-sciences',
      'li-ruxin',
      'pei-gang',
    ]);
    expect(cas.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual([
      'li-ruxin MEMBER_OF chinese-academy-of-sciences',
      'pei-gang MEMBER_OF chinese-academy-of-sciences',
    ]);
  });

  it('never draws source documents', async () => {
    const graph = await neighborhood({ id: 'pei-gang', depth: 3, limit: 1000 });
    expect(graph.nodes).toHaveLength(18);
    expect(graph.edges).toHaveLength(22);
    expect(graph.edges.some((e) => e.type === 'MENTIONED')).toBe(false);
    expect(graph.nodes.some((n) => n.id.startsWith('article-'))).toBe(false);
  });

  it('says when the limit cut the result', async () => {
    const graph = await neighborhood({
      id: 'symposium-chinese-scholars-shanghai-development-13',
      limit: 3,
    });
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(3);
  });

  it('refuses a depth beyond the limit, and an unknown id, with codes', async () => {
    const deep = await query(NEIGHBORHOOD, { id: 'pei-gang', depth: 9 });
    expect(deep.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const unknown = await query(NEIGHBORHOOD, { id: 'nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

async function connections(variables: Record<string, unknown>): Promise<PathResult[]> {
  const response = await query<{ connections: PathResult[] }>(CONNECTIONS, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.connections;
}

describe('connections: who knows whom', () => {
  it('Pei Gang and Wu Zhiqiang are connected through the association, in two plain sentences', async () => {
    const [shortest, ...others] = await connections({ from: 'pei-gang', to: 'wu-zhiqiang' });
    expect(shortest!.length).toBe(2);
    expect(shortest!.nodes.map((n) => n.id)).toEqual([
      'pei-gang',
      'shanghai-association-of-overseas-returnees',
      'wu-zhiqiang',
    ]);
    expect(shortest!.steps.map((s) => s.sentence)).toEqual([
      'Pei Gang is president of the Shanghai Association of Overseas Returnees',
      'Wu Zhiqiang is vice-president of the Shanghai Association of Overseas Returnees',
    ]);
    expect(shortest!.steps[1]!.from.id).toBe('wu-zhiqiang');
    expect(shortest!.steps[0]!.evidence[0]!.quote).toMatch(/president of the Shanghai Association/);
    expect(others.map((p) => p.nodes.map((n) => n.id).join(' > ')).sort()).toEqual([
      'pei-gang > shanghai-association-of-overseas-returnees > symposium-chinese-scholars-shanghai-development-13 > wu-zhiqiang',
      'pei-gang > symposium-13-opening-ceremony > symposium-chinese-scholars-shanghai-development-13 > wu-zhiqiang',
    ]);
  });

  it('Pei Gang and Li Ruxin are both members of the Chinese Academy of Sciences', async () => {
    const [shortest] = await connections({ from: 'pei-gang', to: 'li-ruxin', first: 1 });
    expect(shortest!.nodes.map((n) => n.id)).toEqual([
      'pei-gang',
      'chinese-academy-of-sciences',
      'li-ruxin',
    ]);
    expect(shortest!.steps.map((s) => s.sentence)).toEqual([
      'Pei Gang is a member of the Chinese Academy of Sciences',
      'Li Ruxin is a member of the Chinese Academy of Sciences',
    ]);
  });

  it('avoiding the hub finds the next way round, through the symposium', async () => {
    const paths = await connections({
      from: 'pei-gang',
      to: 'li-ruxin',
      avoid: ['chinese-academy-of-sciences'],
    });
    expect(paths.map((p) => p.nodes.map((n) => n.id).join(' > ')).sort()).toEqual([
      'pei-gang > shanghai-association-of-overseas-returnees > symposium-chinese-scholars-shanghai-development-13 > li-ruxin',
      'pei-gang > shanghai-association-of-overseas-returnees > wu-zhiqiang > symposium-chinese-scholars-shanghai-development-13 > li-ruxin',
      'pei-gang > symposium-13-opening-ceremony > symposium-chinese-scholars-shanghai-development-13 > li-ruxin',
    ]);
    expect(paths.map((p) => p.length)).toEqual([3, 3, 4]);
  });

  it('no path within maxHops is an empty list', async () => {
    expect(await connections({ from: 'pei-gang', to: 'biomedicine' })).toEqual([]);
    expect(await connections({ from: 'pei-gang', to: 'wu-zhiqiang', maxHops: 1 })).toEqual([]);
    expect(
      await connections({ from: 'pei-gang', to: 'wu-zhiqiang', relationTypes: ['LOCATED_IN'] }),
    ).toEqual([]);
  });

  it('validates maxHops and ids with codes', async () => {
    const tooFar = await query(CONNECTIONS, { from: 'pei-gang', to: 'li-ruxin', maxHops: 7 });
    expect(tooFar.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const zero = await query(CONNECTIONS, { from: 'pei-gang', to: 'li-ruxin', maxHops: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await query(CONNECTIONS, { from: 'pei-gang', to: 'nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('affiliations', () => {
  it('a person: each institution with its role and its chain of parent bodies', async () => {
    const response = await query<{
      affiliations: {
        institutions: {
          label: string;
          type: string;
          institution: { id: string };
          parentChain: { id: string }[];
        }[];
      };
    }>(
      `{ affiliations(id: "cheng-tong") { institutions { label type institution { id } parentChain { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const ufwd = response.data!.affiliations.institutions.find(
      (a) => a.institution.id === 'ufwd-cpc-shanghai-committee',
    );
    expect(ufwd).toMatchObject({ label: 'director', type: 'HOLDS_POSITION' });
    expect(ufwd!.parentChain.map((p) => p.id)).toEqual([
      'cpc-shanghai-committee',
      'communist-party-of-china',
    ]);
  });

  it('an institution: what sits under it and everyone under it, transitively or not', async () => {
    const AFFILIATIONS = `query ($transitive: Boolean) {
      affiliations(id: "communist-party-of-china", transitive: $transitive) {
        parentChain { id }
        subBodies { depth institution { id } parent { id } }
        people { label person { id } institution { id } }
      }
    }`;
    const all = await query<{
      affiliations: {
        parentChain: { id: string }[];
        subBodies: { depth: number; institution: { id: string }; parent: { id: string } }[];
        people: { label: string; person: { id: string }; institution: { id: string } }[];
      };
    }>(AFFILIATIONS, { transitive: true });
    expect(all.errors).toBeUndefined();
    const tree = all.data!.affiliations;
    expect(tree.parentChain).toEqual([]);
    expect(
      tree.subBodies.map((s) => `${s.depth}:${s.institution.id}<${s.parent.id}`).sort(),
    ).toEqual([
      '1:cpc-shanghai-committee<communist-party-of-china',
      '1:shanghai-science-and-technology-commission<communist-party-of-china',
      '2:cpc-shanghai-standing-committee<cpc-shanghai-committee',
      '2:ufwd-cpc-shanghai-committee<cpc-shanghai-committee',
    ]);
    expect(tree.people.map((p) => `${p.person.id}:${p.label}@${p.institution.id}`).sort()).toEqual([
      'cheng-tong:director@ufwd-cpc-shanghai-committee',
      'cheng-tong:member@cpc-shanghai-standing-committee',
    ]);

    const direct = await query<{ affiliations: { subBodies: unknown[]; people: unknown[] } }>(
      AFFILIATIONS,
      { transitive: false },
    );
    expect(direct.data!.affiliations.subBodies).toHaveLength(2);
    expect(direct.data!.affiliations.people).toEqual([]);
  });

  it('caps the people under an institution and says so', async () => {
    const response = await query<{
      affiliations: { people: unknown[]; peopleTruncated: boolean };
    }>(
      `{ affiliations(id: "communist-party-of-china", peopleLimit: 1) { people { label } peopleTruncated } }`,
    );
    expect(response.data!.affiliations.people).toHaveLength(1);
    expect(response.data!.affiliations.peopleTruncated).toBe(true);
    const tooMany = await query(
      `{ affiliations(id: "communist-party-of-china", peopleLimit: 9999) { peopleTruncated } }`,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('events have no affiliations: BAD_USER_INPUT', async () => {
    const response = await query(
      `{ affiliations(id: "symposium-13-roundtable") { parentChain { id } } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('overview: the opening picture', () => {
  const OVERVIEW = /* GraphQL */ `
    query ($limit: Int) {
      overview(limit: $limit) {
        totalEntities
        subgraph {
          truncated
          nodes {
            id
          }
          edges {
            id
          }
        }
      }
    }
  `;
  interface OverviewResult {
    overview: { totalEntities: number; subgraph: Subgraph | null };
  }

  it('is the whole article graph in one answer: 33 entities and their 36 relationships', async () => {
    const response = await query<OverviewResult>(OVERVIEW);
    expect(response.errors).toBeUndefined();
    const { totalEntities, subgraph } = response.data!.overview;
    expect(totalEntities).toBe(33);
    expect(subgraph!.nodes).toHaveLength(33);
    expect(subgraph!.edges).toHaveLength(36);
    expect(subgraph!.truncated).toBe(false);
  });

  it('gives only the count when the graph is larger than the limit', async () => {
    const response = await query<OverviewResult>(OVERVIEW, { limit: 10 });
    expect(response.data!.overview).toEqual({ totalEntities: 33, subgraph: null });
  });

  it('refuses a limit above 1000 with LIMIT_EXCEEDED', async () => {
    const response = await query<OverviewResult>(OVERVIEW, { limit: 5000 });
    expect(response.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
