import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphFileInput } from '@guanxi/graph-schema';
import { loadGraph } from '@guanxi/server';
import { graphqlClient } from '../helpers/graphql';
import { DRAFT_FIELDS, type Draft, INGEST_ARTICLE, ingestClient } from '../helpers/ingest-fixtures';
import { writeClient } from '../helpers/write-fixtures';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/*
 * `asOf` on neighbourhood, connections and affiliations: a memo whose offices carry stated
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
