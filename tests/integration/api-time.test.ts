import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphFileInput } from '@guanxi/graph-schema';
import { loadGraph } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient } from '../helpers/graphql';
import { DRAFT_FIELDS, type Draft, INGEST_ARTICLE, ingestClient } from '../helpers/ingest-fixtures';
import { writeClient } from '../helpers/write-fixtures';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/*
 * `asOf` on neighbourhood, connections, affiliations, the lists and the overview: a memo whose offices carry stated
 * starts and ends, whose membership is dated by the CPPCC term it names and whose council seat
 * has no date at all, beside the article, whose Wan Gang is dated by his 12th National Committee.
 */

const MEMO_TEXT =
  'Lin Fang was mayor of Harbour City from 2010 to 2015. She has chaired the Harbour Port Authority since 2016. She is a member of the 13th National Committee of the CPPCC. She sits on the Harbour Arts Council. Guo Rui was deputy mayor of Harbour City from 2012 to 2014.';
const quoted = (quote: string) => {
  const start = MEMO_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the memo: ${quote}`);
  return { sourceId: 'harbour-memo', quote, start, end: start + quote.length };
};
const institution = (id: string, name: string, quote = name) => ({
  id,
  kind: 'INSTITUTION' as const,
  name,
  institutionKind: 'government-body' as const,
  evidence: [quoted(quote)],
});

const MAYOR = 'Lin Fang was mayor of Harbour City from 2010 to 2015';
const CHAIR = 'She has chaired the Harbour Port Authority since 2016';
const MEMBER = 'She is a member of the 13th National Committee of the CPPCC';
const memo = (membership: Record<string, unknown>): GraphFileInput => ({
  format: 'guanxi-graph/1',
  sources: [{ id: 'harbour-memo', title: 'Harbour City staff memo', text: MEMO_TEXT }],
  entities: [
    { id: 'lin-fang', kind: 'PERSON', name: 'Lin Fang', evidence: [quoted('Lin Fang')] },
    { id: 'guo-rui', kind: 'PERSON', name: 'Guo Rui', evidence: [quoted('Guo Rui')] },
    institution('harbour-city', 'Harbour City'),
    institution('harbour-port-authority', 'Harbour Port Authority'),
    institution('harbour-arts-council', 'Harbour Arts Council'),
    institution(
      'cppcc-13th-national-committee',
      '13th National Committee of the CPPCC',
      '13th National Committee of the CPPCC',
    ),
  ],
  relationships: [
    {
      type: 'HOLDS_POSITION',
      from: 'lin-fang',
      to: 'harbour-city',
      properties: {
        title: 'mayor',
        since: '2010',
        until: '2015',
        dateBasis: 'stated',
        dateEvidence: 'from 2010 to 2015',
      },
      evidence: [quoted(MAYOR)],
    },
    {
      type: 'HOLDS_POSITION',
      from: 'lin-fang',
      to: 'harbour-port-authority',
      properties: {
        title: 'chair',
        since: '2016',
        dateBasis: 'stated',
        dateEvidence: 'since 2016',
      },
      evidence: [quoted(CHAIR)],
    },
    {
      type: 'MEMBER_OF',
      from: 'lin-fang',
      to: 'cppcc-13th-national-committee',
      properties: membership,
      evidence: [quoted(MEMBER)],
    },
    {
      type: 'MEMBER_OF',
      from: 'lin-fang',
      to: 'harbour-arts-council',
      properties: { title: 'member' },
      evidence: [quoted('She sits on the Harbour Arts Council')],
    },
    {
      type: 'HOLDS_POSITION',
      from: 'guo-rui',
      to: 'harbour-city',
      properties: {
        title: 'deputy mayor',
        since: '2012',
        until: '2014',
        dateBasis: 'stated',
        dateEvidence: 'from 2012 to 2014',
      },
      evidence: [quoted('Guo Rui was deputy mayor of Harbour City from 2012 to 2014')],
    },
  ],
});

const TERM_MEMBERSHIP = {
  title: 'member',
  asOfFrom: '2018-03',
  asOfTo: '2023-03',
  dateBasis: 'term',
  dateTerm: 'cppcc-national-committee-13',
  dateEvidence: '13th National Committee of the CPPCC',
};

let db: TestDatabase;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  const loaded = await loadGraph(db.executor, memo(TERM_MEMBERSHIP), () => undefined);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  query = graphqlClient(db.executor);
}, 60_000);
afterAll(() => db.close());

interface Time {
  since: string | null;
  until: string | null;
  asOfFrom: string | null;
  asOfTo: string | null;
  basis: string | null;
  term: string | null;
  evidence: string | null;
  undated: boolean;
}
const TIME = 'time { since until asOfFrom asOfTo basis term evidence undated }';

interface Edge {
  source: string;
  target: string;
  label: string;
  time: Time;
}

async function neighbourhood(id: string, time: Record<string, unknown> = {}): Promise<Edge[]> {
  const { data, errors } = await query<{ neighborhood: { edges: Edge[] } }>(
    /* GraphQL */ `
      query Neighbourhood($id: ID!, $asOf: Date, $strictDates: Boolean) {
        neighborhood(id: $id, asOf: $asOf, strictDates: $strictDates) {
          edges { source target label ${TIME} }
        }
      }
    `,
    { id, ...time },
  );
  expect(errors).toBeUndefined();
  return data!.neighborhood.edges;
}

const targetsOf = (edges: readonly Edge[], from: string): string[] =>
  edges
    .filter((edge) => edge.source === from)
    .map((edge) => edge.target)
    .sort();

describe('neighbourhood as of a date', () => {
  it('without asOf draws every relationship, each with its dates', async () => {
    const edges = await neighbourhood('lin-fang');
    expect(targetsOf(edges, 'lin-fang')).toEqual([
      'cppcc-13th-national-committee',
      'harbour-arts-council',
      'harbour-city',
      'harbour-port-authority',
    ]);
    const mayor = edges.find((edge) => edge.target === 'harbour-city')!;
    expect(mayor.time).toEqual({
      since: '2010',
      until: '2015',
      asOfFrom: null,
      asOfTo: null,
      basis: 'STATED',
      term: null,
      evidence: 'from 2010 to 2015',
      undated: false,
    });
    expect(edges.find((edge) => edge.target === 'harbour-arts-council')!.time.undated).toBe(true);
  });

  it('keeps offices held then, open-ended ones after their start, and undated ties', async () => {
    expect(targetsOf(await neighbourhood('lin-fang', { asOf: '2012' }), 'lin-fang')).toEqual([
      'harbour-arts-council',
      'harbour-city',
    ]);
    expect(targetsOf(await neighbourhood('lin-fang', { asOf: '2020-06-30' }), 'lin-fang')).toEqual([
      'cppcc-13th-national-committee',
      'harbour-arts-council',
      'harbour-port-authority',
    ]);
  });

  it('compares at the coarser precision: a year means any day of it', async () => {
    // The mayoralty ended in 2015 and the chair began in 2016: 2015 holds only the first.
    expect(targetsOf(await neighbourhood('lin-fang', { asOf: '2015' }), 'lin-fang')).toEqual([
      'harbour-arts-council',
      'harbour-city',
    ]);
    // The 13th committee's term opened in March 2018.
    const february = targetsOf(await neighbourhood('lin-fang', { asOf: '2018-02' }), 'lin-fang');
    expect(february).not.toContain('cppcc-13th-national-committee');
    const march = targetsOf(await neighbourhood('lin-fang', { asOf: '2018-03-05' }), 'lin-fang');
    expect(march).toContain('cppcc-13th-national-committee');
    expect(targetsOf(await neighbourhood('lin-fang', { asOf: '2018' }), 'lin-fang')).toContain(
      'cppcc-13th-national-committee',
    );
  });

  it('strictDates leaves out what has no date', async () => {
    const edges = await neighbourhood('lin-fang', { asOf: '2020', strictDates: true });
    expect(targetsOf(edges, 'lin-fang')).toEqual([
      'cppcc-13th-national-committee',
      'harbour-port-authority',
    ]);
    expect(edges.every((edge) => !edge.time.undated)).toBe(true);
  });

  it('does not walk past a relationship that did not hold', async () => {
    const reached = async (asOf: string) =>
      (
        await query<{ neighborhood: { nodes: { id: string }[] } }>(
          /* GraphQL */ `
            query ($asOf: Date) {
              neighborhood(id: "guo-rui", depth: 2, asOf: $asOf) {
                nodes {
                  id
                }
              }
            }
          `,
          { asOf },
        )
      ).data!.neighborhood.nodes.map((node) => node.id);
    expect(await reached('2013')).toEqual(expect.arrayContaining(['harbour-city', 'lin-fang']));
    expect(await reached('2016')).toEqual(['guo-rui']);
  });
});

const ids = (rows: { institution: { id: string } }[]) => rows.map((row) => row.institution.id);

describe('connections and affiliations as of a date', () => {
  const paths = async (asOf?: string) => {
    const { data, errors } = await query<{
      connections: { nodes: { id: string }[]; steps: { time: Time }[] }[];
    }>(
      /* GraphQL */ `
        query ($asOf: Date) {
          connections(from: "lin-fang", to: "guo-rui", asOf: $asOf) {
            nodes {
              id
            }
            steps {
              ${TIME}
            }
          }
        }
      `,
      { asOf },
    );
    expect(errors).toBeUndefined();
    return data!.connections;
  };

  it('finds a path only through relationships that held then', async () => {
    const [during] = await paths('2013');
    expect(during!.nodes.map((node) => node.id)).toEqual(['lin-fang', 'harbour-city', 'guo-rui']);
    expect(during!.steps.map((step) => step.time.until)).toEqual(['2015', '2014']);
    expect(await paths('2016')).toEqual([]);
    expect(await paths()).toHaveLength(1);
  });

  const affiliations = async (id: string, asOf: string) => {
    const { data, errors } = await query<{
      affiliations: {
        institutions: { institution: { id: string }; label: string; time: Time }[];
        people: { person: { id: string } }[];
      };
    }>(
      /* GraphQL */ `
        query ($id: ID!, $asOf: Date) {
          affiliations(id: $id, asOf: $asOf) {
            institutions { institution { id } label ${TIME} }
            people { person { id } }
          }
        }
      `,
      { id, asOf },
    );
    expect(errors).toBeUndefined();
    return data!.affiliations;
  };

  it("lists a person's ties and an institution's people that held then", async () => {
    expect(ids((await affiliations('lin-fang', '2012')).institutions)).toEqual([
      'harbour-arts-council',
      'harbour-city',
    ]);
    const people = async (asOf: string) =>
      (await affiliations('harbour-city', asOf)).people.map((row) => row.person.id).sort();
    expect(await people('2013')).toEqual(['guo-rui', 'lin-fang']);
    expect(await people('2015')).toEqual(['lin-fang']);
    expect(await people('2016')).toEqual([]);
  });

  it("dates the article's Wan Gang by the 12th National Committee's term", async () => {
    const during = await affiliations('wan-gang', '2015');
    const viceChair = during.institutions.find(
      (row) => row.institution.id === 'cppcc-12th-national-committee',
    );
    expect(viceChair).toMatchObject({
      label: 'Vice Chairman',
      time: {
        asOfFrom: '2013-03',
        asOfTo: '2018-03',
        basis: 'TERM',
        term: 'cppcc-national-committee-12',
        undated: false,
      },
    });
    expect(viceChair!.time.evidence).toContain('12th National Committee');
    const later = await affiliations('wan-gang', '2020');
    expect(ids(later.institutions)).not.toContain('cppcc-12th-national-committee');
    // Pei Gang's presidency has no date in the article: kept, and marked so.
    const pei = await affiliations('pei-gang', '2020');
    expect(pei.institutions.length).toBeGreaterThan(0);
    expect(pei.institutions.every((row) => row.time.undated)).toBe(true);
  });
});

interface ListAnswer {
  list: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** One page of a list; `args` are the field's arguments, written as GraphQL. */
async function listPage(
  kind: string,
  args: string,
  variables: Record<string, unknown> = {},
): Promise<ListAnswer['list']> {
  const { data, errors } = await query<ListAnswer>(
    /* GraphQL */ `
      query ($asOf: Date, $strictDates: Boolean, $after: String) {
        list: ${kind}(${args}, asOf: $asOf, strictDates: $strictDates, after: $after) {
          totalCount
          edges { cursor node { id } }
          pageInfo { hasNextPage endCursor }
        }
      }
    `,
    variables,
  );
  expect(errors).toBeUndefined();
  return data!.list;
}

/** The ids of a whole list, checking that its total counts exactly them. */
async function listed(kind: string, args: string, time: Record<string, unknown>) {
  const list = await listPage(kind, `${args}, first: 100`, time);
  const ids = list.edges.map((edge) => edge.node.id);
  expect(list.totalCount).toBe(ids.length);
  return ids;
}

describe('lists as of a date', () => {
  it('with relatedTo: only the entities whose tie to it held then', async () => {
    const harbourCity = 'where: { relatedTo: "harbour-city" }';
    expect(await listed('people', harbourCity, { asOf: '2013' })).toEqual(['guo-rui', 'lin-fang']);
    expect(await listed('people', harbourCity, { asOf: '2015' })).toEqual(['lin-fang']);
    expect(await listed('people', harbourCity, { asOf: '2016' })).toEqual([]);
    expect(await listed('people', harbourCity, {})).toEqual(['guo-rui', 'lin-fang']);
    // The arts council seat has no date: kept unless strictDates.
    const linFang = 'where: { relatedTo: "lin-fang" }';
    expect(await listed('institutions', linFang, { asOf: '2012' })).toEqual([
      'harbour-arts-council',
      'harbour-city',
    ]);
    expect(await listed('institutions', linFang, { asOf: '2012', strictDates: true })).toEqual([
      'harbour-city',
    ]);
  });

  it("the article's academicians: undated, so listed in any year unless strictDates", async () => {
    // The article states no publication date and no date of their memberships.
    const academy = 'where: { relatedTo: "chinese-academy-of-sciences" }';
    for (const asOf of ['2012', '2013', '2020']) {
      expect(await listed('people', academy, { asOf })).toEqual(['li-ruxin', 'pei-gang']);
      expect(await listed('people', academy, { asOf, strictDates: true })).toEqual([]);
    }
    // Wan Gang's vice-chairmanship is dated by the 12th committee's term, March 2013 to March 2018.
    const committee = 'where: { relatedTo: "cppcc-12th-national-committee" }';
    expect(await listed('people', committee, { asOf: '2012', strictDates: true })).toEqual([]);
    expect(await listed('people', committee, { asOf: '2015', strictDates: true })).toEqual([
      'wan-gang',
    ]);
  });

  it('without relatedTo: the entities with at least one relationship that held then', async () => {
    // Guo Rui's only tie ended in 2014; the article's people are undated but for Wan Gang.
    expect(await listed('people', 'where: {}', { asOf: '2016' })).toEqual([
      'cheng-tong',
      'li-ruxin',
      'lin-fang',
      'pei-gang',
      'wan-gang',
      'wu-zhiqiang',
    ]);
    expect(await listed('people', 'where: {}', { asOf: '2016', strictDates: true })).toEqual([
      'lin-fang',
      'wan-gang',
    ]);
    expect(await listed('people', 'where: {}', { asOf: '2012', strictDates: true })).toEqual([
      'guo-rui',
      'lin-fang',
    ]);
    // China is named in the article but tied to nothing: never listed at a date.
    expect(await listed('places', 'where: {}', { asOf: '2016' })).toEqual([
      'shanghai',
      'shanghai-science-hall',
      'zhangjiang-science-city',
    ]);
  });

  it('combines with nameContains, industry and orderBy', async () => {
    const harbour = 'where: { nameContains: "harbour" }';
    expect(await listed('institutions', harbour, { asOf: '2013', strictDates: true })).toEqual([
      'harbour-city',
    ]);
    expect(await listed('institutions', harbour, { asOf: '2020', strictDates: true })).toEqual([
      'harbour-port-authority',
    ]);
    // Shanghai prioritises integrated circuits, undated.
    const chips = 'where: { industry: "integrated-circuits" }';
    expect(await listed('places', chips, { asOf: '2016' })).toEqual(['shanghai']);
    expect(await listed('places', chips, { asOf: '2016', strictDates: true })).toEqual([]);
    const byIdDown = 'where: {}, orderBy: { field: ID, direction: DESC }';
    expect(await listed('people', byIdDown, { asOf: '2016', strictDates: true })).toEqual([
      'wan-gang',
      'lin-fang',
    ]);
  });

  it('pages through the filtered list one at a time, visiting each entity once', async () => {
    for (const order of ['NAME', 'ID', 'PAGE_RANK']) {
      for (const direction of ['ASC', 'DESC']) {
        const args = `where: {}, orderBy: { field: ${order}, direction: ${direction} }, first: 1`;
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const page: ListAnswer['list'] = await listPage('people', args, { asOf: '2016', after });
          expect(page.totalCount).toBe(6);
          seen.push(...page.edges.map((edge) => edge.node.id));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(seen.sort()).toEqual([
          'cheng-tong',
          'li-ruxin',
          'lin-fang',
          'pei-gang',
          'wan-gang',
          'wu-zhiqiang',
        ]);
      }
    }
  });

  it("answers GraphiQL's PeopleAsOf example: Wan Gang, vice chairman in 2015", async () => {
    const { data, errors } = await query<{
      people: { totalCount: number; edges: { node: { name: string } }[] };
    }>(GRAPHIQL_DEFAULT_QUERY, {}, {}, 'PeopleAsOf');
    expect(errors).toBeUndefined();
    expect(data!.people).toEqual({ totalCount: 1, edges: [{ node: { name: 'Wan Gang' } }] });
  });

  it('takes a cursor made at another date as a position', async () => {
    const first = await listPage('people', 'where: {}, first: 1', {
      asOf: '2012',
      strictDates: true,
    });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['guo-rui']);
    const next = await listPage('people', 'where: {}, first: 5', {
      asOf: '2016',
      strictDates: true,
      after: first.pageInfo.endCursor,
    });
    expect(next.edges.map((edge) => edge.node.id)).toEqual(['lin-fang', 'wan-gang']);
  });
});

describe('the overview as of a date', () => {
  const overview = async (time: Record<string, unknown>) => {
    const { data, errors } = await query<{
      overview: {
        totalEntities: number;
        subgraph: { nodes: { id: string }[]; edges: Edge[] };
      };
    }>(
      /* GraphQL */ `
        query ($asOf: Date, $strictDates: Boolean) {
          overview(asOf: $asOf, strictDates: $strictDates) {
            totalEntities
            subgraph { nodes { id } edges { source target label ${TIME} } }
          }
        }
      `,
      time,
    );
    expect(errors).toBeUndefined();
    return data!.overview;
  };

  it('keeps every entity and draws only the relationships that held then', async () => {
    const always = await overview({});
    const in2016 = await overview({ asOf: '2016' });
    expect(in2016.totalEntities).toBe(always.totalEntities);
    expect(in2016.subgraph.nodes.map((node) => node.id).sort()).toEqual(
      always.subgraph.nodes.map((node) => node.id).sort(),
    );
    expect(in2016.subgraph.nodes.map((node) => node.id)).toContain('guo-rui');
    expect(targetsOf(always.subgraph.edges, 'guo-rui')).toEqual(['harbour-city']);
    expect(targetsOf(in2016.subgraph.edges, 'guo-rui')).toEqual([]);
    expect(targetsOf(in2016.subgraph.edges, 'lin-fang')).toEqual([
      'harbour-arts-council',
      'harbour-port-authority',
    ]);
    const strict = await overview({ asOf: '2016', strictDates: true });
    expect(targetsOf(strict.subgraph.edges, 'lin-fang')).toEqual(['harbour-port-authority']);
    // Every edge the article draws in 2016 is undated, or Wan Gang's term-dated ties.
    expect(strict.subgraph.edges.map((edge) => edge.source).sort()).toEqual([
      'lin-fang',
      'wan-gang',
      'wan-gang',
      'wan-gang',
      'wan-gang',
    ]);
  });
});

describe('ingested facts', () => {
  it('are attested as of their source’s publication day', async () => {
    const writer = writeClient(db.executor);
    const proposed = await writer.asCurator<{ proposeIngest: Draft }>(
      `mutation ($input: IngestInput!) { proposeIngest(input: $input) { ${DRAFT_FIELDS} } }`,
      { input: { text: INGEST_ARTICLE, publishedAt: '2019-06-02' } },
    );
    expect(proposed.errors).toBeUndefined();
    const ingest = ingestClient(writer);
    await ingest.acceptAll(proposed.data!.proposeIngest);
    await ingest.commit(proposed.data!.proposeIngest.id);

    const director = (await neighbourhood('zhao-minghua')).find(
      (edge) => edge.source === 'zhao-minghua' && edge.label === 'director',
    );
    expect(director?.time).toMatchObject({
      asOfFrom: '2019-06-02',
      asOfTo: '2019-06-02',
      basis: 'PUBLICATION',
      undated: false,
    });
    expect(await neighbourhood('zhao-minghua', { asOf: '2019' })).toContainEqual(director);
    expect(await neighbourhood('zhao-minghua', { asOf: '2020' })).toEqual([]);
  });
});

describe('hostile dates', () => {
  const ask = (asOf: unknown) =>
    query(
      /* GraphQL */ `
        query ($asOf: Date) {
          neighborhood(id: "lin-fang", asOf: $asOf) {
            edges {
              id
            }
          }
        }
      `,
      { asOf },
    );

  it.each([
    ['2020-13', /no month 13/],
    ['2019-02-29', /February 2019 has 28 days/],
    ['yesterday', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ["2020' OR true //", /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['2020-1-1', /YYYY, YYYY-MM or YYYY-MM-DD/],
    [2020, /a string/],
  ])('refuses %p with BAD_USER_INPUT', async (asOf, message) => {
    const { data, errors } = await ask(asOf);
    expect(data?.neighborhood).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
  });

  it.each([
    ['people', 'people(where: { relatedTo: "harbour-city" }, asOf: $asOf) { totalCount }'],
    ['overview', 'overview(asOf: $asOf) { totalEntities }'],
  ])('refuses a malformed date on %s, naming the argument', async (_field, selection) => {
    for (const asOf of ['2020-13', 'yesterday']) {
      const { data, errors } = await query(`query ($asOf: Date) { ${selection} }`, { asOf });
      expect(data).toBeUndefined();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
      expect(errors![0]!.message).toContain('$asOf');
    }
  });

  it('refuses a malformed literal the same way', async () => {
    const { errors } = await query(/* GraphQL */ `
      {
        connections(from: "lin-fang", to: "guo-rui", asOf: "2020-00") {
          length
        }
      }
    `);
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/no month 0/);
  });

  it('a graph file whose term dates disagree with the term is refused, saying why', async () => {
    const loaded = await loadGraph(
      db.executor,
      memo({ ...TERM_MEMBERSHIP, asOfTo: '2024' }),
      () => undefined,
    );
    expect(loaded.ok).toBe(false);
    expect(JSON.stringify(loaded)).toContain('runs from 2018-03 to 2023-03');
  });
});
