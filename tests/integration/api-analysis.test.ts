import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_LIMITS, type GraphFileInput } from '@guanxi/graph-schema';
import { createGuanxiYoga, createLogger, Executor, loadGraph } from '@guanxi/server';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient, type GraphQLResponse } from '../helpers/graphql';
import { seedArticle } from '../helpers/seed-article';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

/*
 * `commonConnections` and `interlocks` on the article graph (seed/data/article-000.graph.json),
 * against answers worked out by hand from its relationships, and a two-department memo beside it
 * for the case the article lacks: two people in different bodies under one parent.
 */

const MEMO_TEXT =
  'Zhou Min is a member of the Budget Department of the Harbour Committee. Qian Hui is a member of the Audit Department of the Harbour Committee.';
const quoted = (quote: string, from = 0) => {
  const start = MEMO_TEXT.indexOf(quote, from);
  return { sourceId: 'harbour-memo', quote, start, end: start + quote.length };
};
const memo: GraphFileInput = {
  format: 'guanxi-graph/1',
  sources: [{ id: 'harbour-memo', title: 'Harbour Committee staff memo', text: MEMO_TEXT }],
  entities: [
    { id: 'zhou-min', kind: 'PERSON', name: 'Zhou Min', evidence: [quoted('Zhou Min')] },
    { id: 'qian-hui', kind: 'PERSON', name: 'Qian Hui', evidence: [quoted('Qian Hui')] },
    {
      id: 'harbour-committee',
      kind: 'INSTITUTION',
      name: 'Harbour Committee',
      institutionKind: 'government-body',
      evidence: [quoted('Harbour Committee')],
    },
    {
      id: 'harbour-budget-department',
      kind: 'INSTITUTION',
      name: 'Budget Department of the Harbour Committee',
      institutionKind: 'government-body',
      evidence: [quoted('Budget Department of the Harbour Committee')],
    },
    {
      id: 'harbour-audit-department',
      kind: 'INSTITUTION',
      name: 'Audit Department of the Harbour Committee',
      institutionKind: 'government-body',
      evidence: [quoted('Audit Department of the Harbour Committee')],
    },
  ],
  relationships: [
    {
      type: 'MEMBER_OF',
      from: 'zhou-min',
      to: 'harbour-budget-department',
      properties: { title: 'member' },
      evidence: [quoted('Zhou Min is a member of the Budget Department of the Harbour Committee')],
    },
    {
      type: 'MEMBER_OF',
      from: 'qian-hui',
      to: 'harbour-audit-department',
      properties: { title: 'member' },
      evidence: [quoted('Qian Hui is a member of the Audit Department of the Harbour Committee')],
    },
    {
      type: 'PART_OF',
      from: 'harbour-budget-department',
      to: 'harbour-committee',
      evidence: [quoted('Budget Department of the Harbour Committee')],
    },
    {
      type: 'PART_OF',
      from: 'harbour-audit-department',
      to: 'harbour-committee',
      evidence: [quoted('Audit Department of the Harbour Committee')],
    },
  ],
};

let db: TestDatabase;
let query: ReturnType<typeof graphqlClient>;
/** Every source's text by id, to check that each quote is the span it claims. */
let sourceTexts: Map<string, string>;

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await seedArticle(db.executor);
  const loaded = await loadGraph(db.executor, memo, () => undefined);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  query = graphqlClient(db.executor);
  const rows = await db.executor.run(
    'testSourceTexts',
    'MATCH (s:Source) RETURN s.id AS id, s.text AS text',
  );
  sourceTexts = new Map(rows.map((row) => [String(row.get('id')), String(row.get('text'))]));
}, 60_000);
afterAll(() => db.close());

const PEI = 'pei-gang';
const LI = 'li-ruxin';
const WAN = 'wan-gang';
const CHENG = 'cheng-tong';
const WU = 'wu-zhiqiang';
const CAS = 'chinese-academy-of-sciences';
const CAE = 'chinese-academy-of-engineering';
const SAOR = 'shanghai-association-of-overseas-returnees';
const SUT = 'shanghai-university-of-technology';
const SYMPOSIUM_13 = 'symposium-chinese-scholars-shanghai-development-13';
const SYMPOSIUM_SERIES = 'symposium-chinese-scholars-shanghai-development';
const OPENING = 'symposium-13-opening-ceremony';
const CPC_SHANGHAI = 'cpc-shanghai-committee';
const UFWD = 'ufwd-cpc-shanghai-committee';
const STANDING = 'cpc-shanghai-standing-committee';

interface EvidenceResult {
  quote: string;
  start: number;
  end: number;
  sourceId: string;
}
interface StepResult {
  type: string;
  sentence: string;
  evidence: EvidenceResult[];
}
interface CommonConnectionResult {
  sharedCount: number;
  directCount: number;
  entity: { id: string };
  ties: { nodes: { id: string }[]; steps: StepResult[] }[];
}

const COMMON_CONNECTIONS = /* GraphQL */ `
  query ($ids: [ID!]!, $via: [TieRoute!], $relationTypes: [RelationType!], $first: Int) {
    commonConnections(ids: $ids, via: $via, relationTypes: $relationTypes, first: $first) {
      sharedCount
      directCount
      entity {
        id
      }
      ties {
        nodes {
          id
        }
        steps {
          type
          sentence
          evidence {
            quote
            start
            end
            sourceId
          }
        }
      }
    }
  }
`;

interface CommonAsk {
  ids: string[];
  via?: string[];
  relationTypes?: string[];
  first?: number;
}

const askCommon = (ask: CommonAsk) =>
  query<{ commonConnections: CommonConnectionResult[] }>(COMMON_CONNECTIONS, { ...ask });

async function commonConnections(ask: CommonAsk): Promise<CommonConnectionResult[]> {
  const response = await askCommon(ask);
  expect(response.errors).toBeUndefined();
  return response.data!.commonConnections;
}

/** "entity shared/direct: given > body > entity, …": the part a reader compares with the article. */
const summary = (connections: CommonConnectionResult[]) =>
  connections.map(
    (c) =>
      `${c.entity.id} ${c.sharedCount}/${c.directCount}: ${c.ties.map((tie) => tie.nodes.map((n) => n.id).join(' > ')).join(', ')}`,
  );

function expectQuotesFromTheirSources(ties: readonly { evidence: EvidenceResult[] }[]): void {
  for (const tie of ties) {
    expect(tie.evidence.length).toBeGreaterThan(0);
    for (const evidence of tie.evidence) {
      expect(sourceTexts.get(evidence.sourceId)?.slice(evidence.start, evidence.end)).toBe(
        evidence.quote,
      );
    }
  }
}

function expectError(response: GraphQLResponse, code: string, messagePart: string): void {
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(response.errors?.[0]?.message).toContain(messagePart);
}

describe('commonConnections on the article, worked by hand', () => {
  it('Pei Gang and Li Ruxin share the Chinese Academy of Sciences and the 13th symposium', async () => {
    // Pei Gang: MEMBER_OF the academy, HOLDS_POSITION at the returnees association,
    // PARTICIPATED_IN (host) the opening ceremony, which is PART_OF the 13th symposium.
    // Li Ruxin: MEMBER_OF the academy, two offices at Shanghai University of Technology,
    // PARTICIPATED_IN (speaker) the 13th symposium, which is PART_OF the symposium series.
    // Shared: the academy (both direct); the 13th symposium (Li directly, Pei through the
    // ceremony under it). The series is one step too far for Pei (ceremony → 13th → series).
    const connections = await commonConnections({ ids: [PEI, LI] });
    expect(summary(connections)).toEqual([
      `${CAS} 2/2: ${PEI} > ${CAS}, ${LI} > ${CAS}`,
      `${SYMPOSIUM_13} 2/1: ${PEI} > ${OPENING} > ${SYMPOSIUM_13}, ${LI} > ${SYMPOSIUM_13}`,
    ]);
    const [academy, symposium] = connections;
    expect(academy!.ties.map((tie) => tie.steps.map((step) => step.sentence))).toEqual([
      ['Pei Gang is a member of the Chinese Academy of Sciences'],
      ['Li Ruxin is a member of the Chinese Academy of Sciences'],
    ]);
    expect(academy!.ties[0]!.steps[0]!.evidence.map((evidence) => evidence.quote)).toEqual([
      'Pei Gang, a member of the Chinese Academy of Sciences',
    ]);
    expect(symposium!.ties[0]!.steps.map((step) => step.type)).toEqual([
      'PARTICIPATED_IN',
      'PART_OF',
    ]);
    expect(symposium!.ties[0]!.steps[1]!.evidence.map((evidence) => evidence.quote)).toEqual([
      'the opening ceremony of the symposium',
    ]);
    expectQuotesFromTheirSources(connections.flatMap((c) => c.ties.flatMap((tie) => tie.steps)));
  });

  it('all five people: the symposium, its series, then the association and the academy', async () => {
    // The 13th symposium: Wan Gang, Cheng Tong, Li Ruxin and Wu Zhiqiang took part directly,
    // Pei Gang through the ceremony (5, 4 direct). Its series: the four, each through the 13th
    // edition (4, none direct). The returnees association (Pei president, Wu vice-president)
    // and the academy of sciences (Pei, Li members) have two each, directly: offices rank before
    // memberships. Cheng's committee, Wan's CPPCC and Zhigong Party reach one person each.
    const connections = await commonConnections({ ids: [PEI, WAN, CHENG, LI, WU] });
    expect(summary(connections)).toEqual([
      `${SYMPOSIUM_13} 5/4: ${PEI} > ${OPENING} > ${SYMPOSIUM_13}, ${WAN} > ${SYMPOSIUM_13}, ${CHENG} > ${SYMPOSIUM_13}, ${LI} > ${SYMPOSIUM_13}, ${WU} > ${SYMPOSIUM_13}`,
      `${SYMPOSIUM_SERIES} 4/0: ${WAN} > ${SYMPOSIUM_13} > ${SYMPOSIUM_SERIES}, ${CHENG} > ${SYMPOSIUM_13} > ${SYMPOSIUM_SERIES}, ${LI} > ${SYMPOSIUM_13} > ${SYMPOSIUM_SERIES}, ${WU} > ${SYMPOSIUM_13} > ${SYMPOSIUM_SERIES}`,
      `${SAOR} 2/2: ${PEI} > ${SAOR}, ${WU} > ${SAOR}`,
      `${CAS} 2/2: ${PEI} > ${CAS}, ${LI} > ${CAS}`,
    ]);
    expectQuotesFromTheirSources(connections.flatMap((c) => c.ties.flatMap((tie) => tie.steps)));
  });

  it('direct ties only, one relationship type, and the first ones', async () => {
    expect(
      summary(await commonConnections({ ids: [PEI, WAN, CHENG, LI, WU], via: ['DIRECT'] })),
    ).toEqual([
      `${SYMPOSIUM_13} 4/4: ${WAN} > ${SYMPOSIUM_13}, ${CHENG} > ${SYMPOSIUM_13}, ${LI} > ${SYMPOSIUM_13}, ${WU} > ${SYMPOSIUM_13}`,
      `${SAOR} 2/2: ${PEI} > ${SAOR}, ${WU} > ${SAOR}`,
      `${CAS} 2/2: ${PEI} > ${CAS}, ${LI} > ${CAS}`,
    ]);
    expect(
      summary(await commonConnections({ ids: [PEI, LI], relationTypes: ['MEMBER_OF'] })),
    ).toEqual([`${CAS} 2/2: ${PEI} > ${CAS}, ${LI} > ${CAS}`]);
    expect(summary(await commonConnections({ ids: [PEI, LI], via: ['THROUGH_BODY'] }))).toEqual([]);
    const firstTwo = await commonConnections({ ids: [PEI, WAN, CHENG, LI, WU], first: 2 });
    expect(firstTwo.map((c) => c.entity.id)).toEqual([SYMPOSIUM_13, SYMPOSIUM_SERIES]);
  });

  it('a party committee and the symposium: bodies under the committee carry its people', async () => {
    // The Shanghai committee: its departments (United Front Work Department, Standing
    // Committee) and its parent (the CPC), directly; Cheng Tong through each department.
    // The 13th symposium: its participants and organisers directly; the CPC through the
    // science and technology commission (an organiser under the CPC); Pei Gang through the
    // ceremony. Shared: the UFWD (both direct), Cheng Tong and the CPC (one side each directly).
    const connections = await commonConnections({ ids: [CPC_SHANGHAI, SYMPOSIUM_13] });
    expect(summary(connections)).toEqual([
      `${UFWD} 2/2: ${CPC_SHANGHAI} > ${UFWD}, ${SYMPOSIUM_13} > ${UFWD}`,
      `${CHENG} 2/1: ${CPC_SHANGHAI} > ${STANDING} > ${CHENG}, ${CPC_SHANGHAI} > ${UFWD} > ${CHENG}, ${SYMPOSIUM_13} > ${CHENG}`,
      `communist-party-of-china 2/1: ${CPC_SHANGHAI} > communist-party-of-china, ${SYMPOSIUM_13} > shanghai-science-and-technology-commission > communist-party-of-china`,
    ]);
    const throughDepartment = connections[1]!.ties[1]!.steps;
    expect(throughDepartment.map((step) => step.sentence)).toEqual([
      'United Front Work Department of the Shanghai Committee of the Communist Party of China is part of the Shanghai Committee of the Communist Party of China',
      'Cheng Tong is director of the United Front Work Department of the Shanghai Committee of the Communist Party of China',
    ]);
  });

  it('two people in different departments of one committee share the committee', async () => {
    const connections = await commonConnections({ ids: ['zhou-min', 'qian-hui'] });
    expect(summary(connections)).toEqual([
      'harbour-committee 2/0: zhou-min > harbour-budget-department > harbour-committee, qian-hui > harbour-audit-department > harbour-committee',
    ]);
    expectQuotesFromTheirSources(connections.flatMap((c) => c.ties.flatMap((tie) => tie.steps)));
    expect(await commonConnections({ ids: ['zhou-min', 'qian-hui'], via: ['DIRECT'] })).toEqual([]);
  });
});

describe('commonConnections refuses what it cannot answer', () => {
  const LIMITS = API_LIMITS.analysis.commonConnections;
  const many = (count: number) => Array.from({ length: count }, (_, i) => `entity-${i}`);

  it('one id, or none', async () => {
    expectError(await askCommon({ ids: [PEI] }), 'BAD_USER_INPUT', 'at least 2 entities');
    expectError(await askCommon({ ids: [] }), 'BAD_USER_INPUT', 'at least 2 entities');
  });

  it(`more than ${LIMITS.ids.max} ids`, async () => {
    expectError(
      await askCommon({ ids: many(LIMITS.ids.max + 1) }),
      'LIMIT_EXCEEDED',
      `at most ${LIMITS.ids.max} entities, got ${LIMITS.ids.max + 1}`,
    );
  });

  it('an unknown id, named', async () => {
    const response = await askCommon({ ids: [PEI, 'nobody-at-all', LI] });
    expectError(response, 'NOT_FOUND', '"nobody-at-all"');
    expect(response.errors?.[0]?.extensions?.id).toBe('nobody-at-all');
  });

  it('the same id twice, named', async () => {
    const response = await askCommon({ ids: [PEI, LI, PEI] });
    expectError(response, 'BAD_USER_INPUT', `"${PEI}" twice`);
  });

  it('no route, no tie type between entities, and pages out of bounds', async () => {
    expectError(await askCommon({ ids: [PEI, LI], via: [] }), 'BAD_USER_INPUT', '`via`');
    expectError(
      await askCommon({ ids: [PEI, LI], relationTypes: ['MENTIONED'] }),
      'BAD_USER_INPUT',
      '`relationTypes`',
    );
    expectError(await askCommon({ ids: [PEI, LI], first: 0 }), 'BAD_USER_INPUT', '`first`');
    expectError(
      await askCommon({ ids: [PEI, LI], first: LIMITS.first.max + 1 }),
      'LIMIT_EXCEEDED',
      `at most ${LIMITS.first.max}`,
    );
  });

  it('the largest ask the contract allows stays within the cost limit', async () => {
    const ids = [PEI, WAN, CHENG, LI, WU, CAS, CAE, SAOR, SUT, SYMPOSIUM_13];
    expect(ids).toHaveLength(LIMITS.ids.max);
    const connections = await commonConnections({ ids, first: LIMITS.first.max });
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.every((c) => c.sharedCount >= 2)).toBe(true);
  });
});

interface InterlockResult {
  sharedCount: number;
  institutions: { id: string }[];
  people: {
    person: { id: string };
    ties: {
      label: string;
      type: string;
      institution: { id: string };
      evidence: EvidenceResult[];
    }[];
  }[];
}

const INTERLOCKS = /* GraphQL */ `
  query ($ids: [ID!], $kinds: [InstitutionKind!], $minShared: Int, $first: Int, $peopleLimit: Int) {
    interlocks(
      ids: $ids
      kinds: $kinds
      minShared: $minShared
      first: $first
      peopleLimit: $peopleLimit
    ) {
      sharedCount
      institutions {
        id
      }
      people {
        person {
          id
        }
        ties {
          label
          type
          institution {
            id
          }
          evidence {
            quote
            start
            end
            sourceId
          }
        }
      }
    }
  }
`;

interface InterlockAsk {
  ids?: string[];
  kinds?: string[];
  minShared?: number;
  first?: number;
  peopleLimit?: number;
}

const askInterlocks = (ask: InterlockAsk) =>
  query<{ interlocks: InterlockResult[] }>(INTERLOCKS, { ...ask });

async function interlocks(ask: InterlockAsk): Promise<InterlockResult[]> {
  const response = await askInterlocks(ask);
  expect(response.errors).toBeUndefined();
  return response.data!.interlocks;
}

/** "a + b shared: person (title @ body, …)". */
const pairs = (found: InterlockResult[]) =>
  found.map(
    (pair) =>
      `${pair.institutions.map((i) => i.id).join(' + ')} ${pair.sharedCount}: ${pair.people
        .map(
          (p) =>
            `${p.person.id} (${p.ties.map((t) => `${t.label} @ ${t.institution.id}`).join(', ')})`,
        )
        .join('; ')}`,
  );

describe('interlocks on the article, worked by hand', () => {
  // Offices and memberships in the article: Pei Gang (academy of sciences, returnees
  // association), Wan Gang (12th CPPCC National Committee, CAST, Zhigong Party Central
  // Committee), Cheng Tong (UFWD, Standing Committee), Li Ruxin (academy of sciences, two offices
  // at Shanghai University of Technology), Wu Zhiqiang (academy of engineering, returnees
  // association); the memo's two people serve one department each. No two bodies share two people.
  it('nothing interlocks at the default of two shared people', async () => {
    expect(await interlocks({})).toEqual([]);
  });

  it('with one shared person: seven pairs, in the bodies’ name order', async () => {
    const found = await interlocks({ minShared: 1 });
    expect(pairs(found)).toEqual([
      `cppcc-12th-national-committee + zhigong-party-central-committee 1: ${WAN} (Vice Chairman @ cppcc-12th-national-committee, Chairman @ zhigong-party-central-committee)`,
      `cppcc-12th-national-committee + china-association-for-science-and-technology 1: ${WAN} (Vice Chairman @ cppcc-12th-national-committee, Chairman @ china-association-for-science-and-technology)`,
      `${STANDING} + ${UFWD} 1: ${CHENG} (member @ ${STANDING}, director @ ${UFWD})`,
      `zhigong-party-central-committee + china-association-for-science-and-technology 1: ${WAN} (Chairman @ zhigong-party-central-committee, Chairman @ china-association-for-science-and-technology)`,
      `${CAE} + ${SAOR} 1: ${WU} (scholar @ ${CAE}, vice-president @ ${SAOR})`,
      `${CAS} + ${SAOR} 1: ${PEI} (member @ ${CAS}, president @ ${SAOR})`,
      `${CAS} + ${SUT} 1: ${LI} (member @ ${CAS}, party secretary @ ${SUT}, vice president @ ${SUT})`,
    ]);
    expectQuotesFromTheirSources(found.flatMap((pair) => pair.people.flatMap((p) => p.ties)));
  });

  it('the returnees association does interlock in one article: with both academies, one person each', async () => {
    // The issue expected "nothing else"; the article says Pei Gang is its president and a member
    // of the academy of sciences, and Wu Zhiqiang its vice-president and a scholar of the academy
    // of engineering. So it interlocks with both academies at one shared person, not at two.
    const withSaor = (await interlocks({ minShared: 1 })).filter((pair) =>
      pair.institutions.some((i) => i.id === SAOR),
    );
    expect(pairs(withSaor)).toEqual([
      `${CAE} + ${SAOR} 1: ${WU} (scholar @ ${CAE}, vice-president @ ${SAOR})`,
      `${CAS} + ${SAOR} 1: ${PEI} (member @ ${CAS}, president @ ${SAOR})`,
    ]);
    expect(await interlocks({ ids: [SAOR, CAS, CAE] })).toEqual([]);
  });

  it('by kinds, by ids, and fewer people listed than shared', async () => {
    expect(
      pairs(await interlocks({ kinds: ['ACADEMY', 'ASSOCIATION'], minShared: 1 })).map(
        (p) => p.split(':')[0],
      ),
    ).toEqual([`${CAE} + ${SAOR} 1`, `${CAS} + ${SAOR} 1`]);
    expect(
      pairs(await interlocks({ ids: [SUT, SAOR, CAS], minShared: 1 })).map((p) => p.split(':')[0]),
    ).toEqual([`${CAS} + ${SAOR} 1`, `${CAS} + ${SUT} 1`]);
    const counted = await interlocks({ ids: [CAS, SUT], minShared: 1, peopleLimit: 0 });
    expect(counted.map((pair) => [pair.sharedCount, pair.people])).toEqual([[1, []]]);
    expect(await interlocks({ minShared: 1, first: 2 })).toHaveLength(2);
  });
});

describe('interlocks refuses what it cannot answer', () => {
  const LIMITS = API_LIMITS.analysis.interlocks;

  it('a huge minShared finds nothing, and refuses nothing', async () => {
    expect(await interlocks({ minShared: 2 ** 31 - 1 })).toEqual([]);
  });

  it('a minShared, first or peopleLimit out of bounds', async () => {
    expectError(await askInterlocks({ minShared: 0 }), 'BAD_USER_INPUT', '`minShared`');
    expectError(await askInterlocks({ first: 0 }), 'BAD_USER_INPUT', '`first`');
    expectError(
      await askInterlocks({ first: LIMITS.first.max + 1 }),
      'LIMIT_EXCEEDED',
      `at most ${LIMITS.first.max}`,
    );
    expectError(
      await askInterlocks({ peopleLimit: LIMITS.people.max + 1 }),
      'LIMIT_EXCEEDED',
      `at most ${LIMITS.people.max}`,
    );
    expectError(await askInterlocks({ kinds: [] }), 'BAD_USER_INPUT', '`kinds`');
  });

  it('one id, too many, the same twice, an unknown one and a person', async () => {
    expectError(await askInterlocks({ ids: [CAS] }), 'BAD_USER_INPUT', 'at least 2 institutions');
    expectError(
      await askInterlocks({ ids: Array.from({ length: LIMITS.ids.max + 1 }, (_, i) => `i-${i}`) }),
      'LIMIT_EXCEEDED',
      `at most ${LIMITS.ids.max} institutions`,
    );
    expectError(await askInterlocks({ ids: [CAS, SAOR, CAS] }), 'BAD_USER_INPUT', `"${CAS}" twice`);
    const unknown = await askInterlocks({ ids: [CAS, 'no-such-body'] });
    expectError(unknown, 'NOT_FOUND', '"no-such-body"');
    expect(unknown.errors?.[0]?.extensions?.id).toBe('no-such-body');
    expectError(await askInterlocks({ ids: [CAS, PEI] }), 'BAD_USER_INPUT', `"${PEI}" is not one`);
  });

  it('the largest ask the contract allows stays within the cost limit', async () => {
    const found = await interlocks({
      minShared: 1,
      first: LIMITS.first.max,
      peopleLimit: LIMITS.people.max,
    });
    expect(found).toHaveLength(7);
  });
});

describe('the GraphiQL examples', () => {
  it('CommonConnections answers what the article says Pei Gang and Li Ruxin share', async () => {
    const response = await query<{ commonConnections: CommonConnectionResult[] }>(
      GRAPHIQL_DEFAULT_QUERY,
      {},
      {},
      'CommonConnections',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.commonConnections.map((c) => c.entity.id)).toEqual([CAS, SYMPOSIUM_13]);
  });

  it('Interlocks answers the academies and associations that share a person', async () => {
    const response = await query<{ interlocks: InterlockResult[] }>(
      GRAPHIQL_DEFAULT_QUERY,
      {},
      {},
      'Interlocks',
    );
    expect(response.errors).toBeUndefined();
    expect(
      response.data!.interlocks.map((pair) => pair.institutions.map((i) => i.id).join(' + ')),
    ).toEqual([`${CAE} + ${SAOR}`, `${CAS} + ${SAOR}`]);
  });
});

/** Every statement waits a while first, so two reads sent at once overlap. */
class SlowExecutor extends Executor {
  override fork(): Executor {
    return this;
  }
  override async run(...args: Parameters<Executor['run']>) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return super.run(...args);
  }
}

describe('both are heavy reads: they take turns with connections and deep neighbourhoods', () => {
  it.each([
    ['commonConnections', `{ commonConnections(ids: ["${PEI}", "${LI}"]) { sharedCount } }`],
    ['interlocks', `{ interlocks { sharedCount } }`],
  ])(
    '%s: with one slot and no queue, the second of two at once is refused',
    async (_, document) => {
      const yoga = createGuanxiYoga({
        executor: new SlowExecutor(db.driver, {
          timeoutMs: 30_000,
          logger: createLogger('silent'),
        }),
        logger: createLogger('silent'),
        tokens: [],
        limits: { heavyReads: { concurrent: 1, queued: 0, maxWaitMs: 100, retryAfterSeconds: 1 } },
      });
      const ask = () =>
        yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: document }),
        });
      const answers = await Promise.all([ask(), ask()]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 429]);
    },
  );
});
