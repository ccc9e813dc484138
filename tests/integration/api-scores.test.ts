import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphFileInput } from '@guanxi/graph-schema';
import { computeScores, loadGraph } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient, type GraphQLResponse } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase, openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';
import { ingestClient } from '../helpers/ingest-fixtures';
import { quote, writeClient } from '../helpers/write-fixtures';

/*
 * Graph-wide scores on the article graph (seed/data/article-000.graph.json): 33 entities and 35
 * distinct ties. Worked out from its relationships: the 13th symposium is the hub (13 ties: its
 * speakers, hosts, organisers and venue), so it leads degree, PageRank and betweenness; China is
 * named but tied to nothing; Pei Gang and Li Ruxin are both academicians of the CAS and both at
 * the symposium.
 */

interface Scores {
  degree: number;
  betweenness: number | null;
  pageRank: number;
  community: number;
  computedAt: string;
  stale: boolean;
}

interface ScoredNode {
  id: string;
  scores: Scores | null;
}

const NODE_SCORES = /* GraphQL */ `
  query NodeScores($id: ID!) {
    node(id: $id) {
      id
      scores {
        degree
        betweenness
        pageRank
        community
        computedAt
        stale
      }
    }
  }
`;

const LIST = (kind: string) => /* GraphQL */ `
  query ByScore($field: EntityOrderField!, $direction: SortDirection, $first: Int, $after: String) {
    list: ${kind}(orderBy: { field: $field, direction: $direction }, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          scores {
            degree
            betweenness
            pageRank
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface ListPage {
  list: {
    totalCount: number;
    edges: { cursor: string; node: ScoredNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const KINDS = ['people', 'institutions', 'events', 'places', 'industries'] as const;

let db: TestDatabase;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe('before the first run', () => {
  const tiny: GraphFileInput = {
    format: 'guanxi-graph/1',
    sources: [{ id: 'note', title: 'A note', text: 'Ada Lin. Bo Chen.' }],
    entities: [
      {
        id: 'ada-lin',
        kind: 'PERSON',
        name: 'Ada Lin',
        evidence: [{ sourceId: 'note', quote: 'Ada Lin', start: 0, end: 7 }],
      },
    ],
    relationships: [],
  };

  it('answers null scores, and a run gives them', async () => {
    await emptyDatabase(db.executor);
    const loaded = await loadGraph(db.executor, tiny, () => undefined);
    expect(loaded.ok).toBe(true);
    const query = graphqlClient(db.executor);
    const before = await query<{ node: ScoredNode }>(NODE_SCORES, { id: 'ada-lin' });
    expect(before.errors).toBeUndefined();
    expect(before.data?.node.scores).toBeNull();

    const summary = await computeScores(db.executor);
    expect(summary).toMatchObject({ entities: 1, ties: 0, communities: 1, modularity: 0 });
    const after = await query<{ node: ScoredNode }>(NODE_SCORES, { id: 'ada-lin' });
    expect(after.data?.node.scores).toMatchObject({
      degree: 0,
      betweenness: 0,
      pageRank: 1,
      stale: false,
      computedAt: summary.computedAt,
    });
  });
});

describe('on the article graph', () => {
  const query = () => graphqlClient(db.executor);
  const scoresOf = async (id: string): Promise<Scores> => {
    const answer = await query()<{ node: ScoredNode }>(NODE_SCORES, { id });
    expect(answer.errors).toBeUndefined();
    const scores = answer.data?.node.scores;
    if (!scores) throw new Error(`${id} has no scores`);
    return scores;
  };

  beforeAll(async () => {
    await emptyDatabase(db.executor);
    await seedArticle(db.executor);
  });

  it('runs over the entity graph only, and finds communities with their modularity', async () => {
    const summary = await computeScores(db.executor);
    expect(summary).toMatchObject({ entities: 33, ties: 35, betweenness: 'exact' });
    expect(summary.communities).toBeGreaterThan(1);
    expect(summary.modularity).toBeGreaterThan(0.3);
    expect(summary.modularity).toBeLessThanOrEqual(1);
  });

  it('puts the 13th symposium first by degree, PageRank and betweenness', async () => {
    for (const field of ['DEGREE', 'PAGE_RANK', 'BETWEENNESS']) {
      const answer = await query()<ListPage>(LIST('events'), { field, direction: 'DESC' });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.list.edges[0]?.node.id).toBe(
        'symposium-chinese-scholars-shanghai-development-13',
      );
    }
    const symposium = await scoresOf('symposium-chinese-scholars-shanghai-development-13');
    expect(symposium.degree).toBe(13);
    const everyone = await Promise.all(
      KINDS.map((kind) =>
        query()<ListPage>(LIST(kind), { field: 'DEGREE', direction: 'DESC', first: 1 }),
      ),
    );
    for (const answer of everyone) {
      const top = answer.data?.list.edges[0]?.node.scores;
      expect(top?.degree).toBeLessThanOrEqual(symposium.degree);
      expect(top?.pageRank).toBeLessThanOrEqual(symposium.pageRank);
    }
  });

  it('scores an entity tied to nothing as alone, and ties across bodies as shared', async () => {
    const china = await scoresOf('china');
    expect(china).toMatchObject({ degree: 0, betweenness: 0 });
    const peiGang = await scoresOf('pei-gang');
    const liRuxin = await scoresOf('li-ruxin');
    const chengTong = await scoresOf('cheng-tong');
    // Both academicians and both at the symposium: the same group.
    expect(peiGang.community).toBe(liRuxin.community);
    expect(china.community).not.toBe(peiGang.community);
    // Three ties each, but Pei Gang's reach the symposium hub and the academy it shares.
    expect(peiGang.degree).toBe(3);
    expect(chengTong.degree).toBe(3);
    expect(peiGang.pageRank).toBeGreaterThan(chengTong.pageRank);
  });

  it('pages every entity exactly once by PageRank, in order, with the total unchanged', async () => {
    for (const kind of KINDS) {
      const all = await query()<ListPage>(LIST(kind), { field: 'NAME', first: 100 });
      const seen: ScoredNode[] = [];
      let after: string | null = null;
      let total = -1;
      do {
        const answer: GraphQLResponse<ListPage> = await query()<ListPage>(LIST(kind), {
          field: 'PAGE_RANK',
          direction: 'DESC',
          first: 2,
          after,
        });
        expect(answer.errors).toBeUndefined();
        const list: ListPage['list'] = answer.data!.list;
        total = list.totalCount;
        seen.push(...list.edges.map((edge) => edge.node));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after);
      expect(total).toBe(all.data?.list.totalCount);
      expect(seen.map((node) => node.id).sort()).toEqual(
        all.data?.list.edges.map((edge) => edge.node.id).sort(),
      );
      const ranks = seen.map((node) => node.scores?.pageRank ?? -1);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });

  it('lists entities written after the run last, without scores, in both directions', async () => {
    const { asCurator } = writeClient(db.executor);
    const created = await asCurator<{ createEntity: { id: string } }>(
      /* GraphQL */ `
        mutation Create($input: CreateEntityInput!) {
          createEntity(input: $input) {
            id
          }
        }
      `,
      { input: { kind: 'PERSON', name: 'Pei', evidence: [quote('Pei')] } },
    );
    expect(created.errors).toBeUndefined();
    for (const direction of ['ASC', 'DESC']) {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const answer: GraphQLResponse<ListPage> = await query()<ListPage>(LIST('people'), {
          field: 'PAGE_RANK',
          direction,
          first: 3,
          after,
        });
        const list: ListPage['list'] = answer.data!.list;
        ids.push(...list.edges.map((edge) => edge.node.id));
        const last = list.edges.at(-1);
        if (last && !list.pageInfo.hasNextPage) expect(last.node.scores).toBeNull();
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.at(-1)).toBe(created.data?.createEntity.id);
    }
  });

  it("answers GraphiQL's WhoMatters example: Wan Gang, the person with the most ties, first", async () => {
    const answer = await query()<{ people: { edges: { node: { name: string } }[] } }>(
      GRAPHIQL_DEFAULT_QUERY,
      {},
      {},
      'WhoMatters',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.people.edges[0]?.node.name).toBe('Wan Gang');
  });

  /** Every node of a list, a page of `first` at a time, checking the total on each page. */
  const everyPage = async (document: string, variables: Record<string, unknown>, first: number) => {
    const seen: ScoredNode[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    do {
      const answer: GraphQLResponse<ListPage> = await query()<ListPage>(document, {
        ...variables,
        first,
        after,
      });
      expect(answer.errors).toBeUndefined();
      const list: ListPage['list'] = answer.data!.list;
      totals.add(list.totalCount);
      seen.push(...list.edges.map((edge) => edge.node));
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after);
    return { seen, totals: [...totals] };
  };

  it('pages through equal degrees one at a time, ties broken by id, both ways', async () => {
    const all = await query()<ListPage>(LIST('institutions'), { field: 'NAME', first: 100 });
    const everyone = all.data!.list.edges.map((edge) => edge.node.id);
    for (const direction of ['ASC', 'DESC'] as const) {
      const { seen, totals } = await everyPage(
        LIST('institutions'),
        { field: 'DEGREE', direction },
        1,
      );
      expect(totals).toEqual([everyone.length]);
      const keys = seen.map((node) => [node.scores!.degree, node.id] as const);
      const sorted = [...keys].sort(([a, x], [b, y]) => a - b || (x < y ? -1 : 1));
      expect(keys).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      // Most of the article's bodies share a degree with another: the ties are crossed.
      expect(new Set(keys.map(([degree]) => degree)).size).toBeLessThan(keys.length);
    }
  });

  it('orders the people tied to something in 2020 by PageRank, paging the filtered set', async () => {
    const LIST_AS_OF = LIST('people').replace(
      'orderBy: { field: $field, direction: $direction }',
      'orderBy: { field: $field, direction: $direction }, asOf: "2020"',
    );
    const { seen, totals } = await everyPage(
      LIST_AS_OF,
      { field: 'PAGE_RANK', direction: 'DESC' },
      1,
    );
    // Wan Gang's ties ended with the 12th committee's term in 2018; the others are undated;
    // a person written without ties is never listed at a date.
    expect(seen.map((node) => node.id).sort()).toEqual([
      'cheng-tong',
      'li-ruxin',
      'pei-gang',
      'wu-zhiqiang',
    ]);
    expect(totals).toEqual([4]);
    const ranks = seen.map((node) => node.scores!.pageRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('refuses a cursor of another order', async () => {
    const byDegree = await query()<ListPage>(LIST('people'), { field: 'DEGREE', first: 1 });
    const cursor = byDegree.data?.list.pageInfo.endCursor;
    const byRank = await query()<ListPage>(LIST('people'), {
      field: 'PAGE_RANK',
      first: 1,
      after: cursor,
    });
    expect(byRank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scores after an ingest commit', () => {
  it('a commit scores what it wrote; committing the same draft again scores nothing again', async () => {
    const ingest = ingestClient(writeClient(db.executor));
    const draft = await ingest.propose(
      'Mr. Zhang Wenhong, a member of the Chinese Academy of Sciences, spoke at the forum.',
    );
    await ingest.acceptAll(draft);
    const commit = await ingest.commit(draft.id);
    const created = commit.entities.find((entity) => entity.name === 'Zhang Wenhong')!;
    const scoresOf = async (id: string) =>
      (
        await graphqlClient(db.executor)<{
          node: { scores: { computedAt: string; degree: number } | null };
        }>(
          /* GraphQL */ `
            query Scores($id: ID!) {
              node(id: $id) {
                scores {
                  computedAt
                  degree
                }
              }
            }
          `,
          { id },
        )
      ).data!.node.scores;
    const scored = await scoresOf(created.id);
    expect(scored?.degree).toBeGreaterThan(0);
    await ingest.commit(draft.id);
    expect((await scoresOf(created.id))?.computedAt).toBe(scored?.computedAt);
  });
});
