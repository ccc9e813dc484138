import { describe, expect, it } from '@jest/globals';
import { SAVED_VIEW_LABEL, SAVED_VIEW_LIMITS, VIEW_STATE_PARAMETERS } from '@guanxi/graph-schema';
import { exportGraph } from '@guanxi/server';
import { encodeViewState, type ViewState } from '../../client/src/lib/url-state';
import { GRAPHIQL_DEFAULT_QUERY } from '../../server/src/graphiql-examples';
import { graphqlClient, type GraphQLResponse } from '../helpers/graphql';
import { seededWriteTest, WRITE_TOKEN } from '../helpers/write-fixtures';

const context = seededWriteTest();

interface View {
  id: string;
  name: string;
  note: string | null;
  state: string;
  savedBy: string;
  createdAt: string;
  updatedAt: string;
}

const VIEW_FIELDS = 'id name note state savedBy createdAt updatedAt';
const SAVE = `mutation ($input: SaveViewInput!) { saveView(input: $input) { ${VIEW_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteSavedView(id: $id) { ${VIEW_FIELDS} } }`;
const ONE = `query ($id: ID!) { savedView(id: $id) { ${VIEW_FIELDS} } }`;
const PAGE = `query ($first: Int, $after: String, $last: Int) {
  savedViews(first: $first, after: $after, last: $last) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${VIEW_FIELDS} } }
  }
}`;
const HISTORY = `query ($id: ID!) { history(id: $id) { actor operation subjects before after } }`;

const STATE = 'focus=pei-gang&expand=chinese-academy-of-sciences&v=1';

const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code ?? 'OK';

const save = (
  input: Record<string, unknown>,
  as = context.client.asCurator,
): Promise<GraphQLResponse<{ saveView: View }>> => as<{ saveView: View }>(SAVE, { input });

async function saved(input: Record<string, unknown>, as = context.client.asCurator) {
  const answer = await save(input, as);
  expect(answer.errors).toBeUndefined();
  return answer.data!.saveView;
}

async function storedViewCount(): Promise<number> {
  const [row] = await context.db.executor.run(
    'testSavedViewCount',
    `RETURN COUNT { (:${SAVED_VIEW_LABEL}) } AS count`,
  );
  return Number(row!.get('count'));
}

async function history(id: string) {
  const answer = await context.client.query<{
    history: { actor: string; operation: string; subjects: string[]; before: string }[];
  }>(HISTORY, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data!.history;
}

async function page(variables: Record<string, unknown>) {
  return context.client.query<{
    savedViews: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: View }[];
    };
  }>(PAGE, variables);
}

describe('saving, reading and replacing a view', () => {
  it('round-trips a view with who and when, audited, and lists it newest first', async () => {
    const view = await saved({
      name: '  Pei Gang   and the academy ',
      note: 'Who else sits in the CAS?\n\nAsk the desk.',
      state: `?${STATE}`,
    });
    expect(view).toMatchObject({
      name: 'Pei Gang and the academy',
      note: 'Who else sits in the CAS?\n\nAsk the desk.',
      state: STATE,
      savedBy: 'curator',
    });
    expect(view.updatedAt).toBe(view.createdAt);
    expect(new Date(view.createdAt).getTime()).not.toBeNaN();
    expect(view.createdAt).toMatch(/Z$/);

    const one = await context.client.query<{ savedView: View }>(ONE, { id: view.id });
    expect(one.data!.savedView).toEqual(view);
    const list = await page({});
    expect(list.data!.savedViews).toMatchObject({ totalCount: 1, edges: [{ node: view }] });

    const [entry] = await history(view.id);
    expect(entry).toMatchObject({ actor: 'curator', operation: 'saveView', subjects: [view.id] });
    expect(JSON.parse(entry!.before)).toBeNull();
  });

  it('replaces the same person’s view of the same name (any case or spacing), never another’s', async () => {
    const first = await saved({ name: 'Returnees', note: 'first', state: STATE });
    const again = await saved({ name: ' returnees ', state: 'focus=wan-gang&v=1' });
    expect(again).toMatchObject({
      id: first.id,
      name: 'returnees',
      note: null,
      state: 'focus=wan-gang&v=1',
      createdAt: first.createdAt,
    });
    expect(again.updatedAt >= first.updatedAt).toBe(true);
    const entries = await history(first.id);
    expect(entries.map((e) => e.operation)).toEqual(['saveView', 'saveView']);
    expect(JSON.parse(entries[0]!.before)).toMatchObject({ name: 'Returnees', note: 'first' });

    const theirs = await saved({ name: 'Returnees', state: STATE }, context.client.asAdmin);
    expect(theirs.id).not.toBe(first.id);
    expect(theirs.savedBy).toBe('editor-in-chief');
    expect(await storedViewCount()).toBe(2);
  });

  it('accepts every parameter the explorer writes into a link', async () => {
    // Typed as the explorer's ViewState: a new field there must be added here, and allowed.
    const withEdge: ViewState = {
      focus: 'pei-gang',
      selected: null,
      selectedEdge: 'pei-gang--member-of--chinese-academy-of-sciences',
      expanded: [
        { nodeId: 'pei-gang', relationType: null },
        { nodeId: 'chinese-academy-of-sciences', relationType: 'MEMBER_OF' },
      ],
      hidden: ['wan-gang'],
      pinned: [{ id: 'li-ruxin', x: -120, y: 45 }],
      industry: 'biomedicine',
      compare: ['pei-gang', 'li-ruxin'],
      path: { from: 'pei-gang', to: 'li-ruxin', maxHops: 5, avoid: ['shanghai'] },
      hiddenKinds: ['PLACE'],
      hiddenTypes: ['PART_OF', 'HELD_AT'],
      size: { depth: 2, limit: 500 },
      asOf: 2015,
      sizeBy: 'viewPageRank',
      colourBy: 'community',
      sharedDrawn: true,
    };
    const states = [
      encodeViewState(withEdge),
      encodeViewState({ ...withEdge, selected: 'li-ruxin', selectedEdge: null }),
    ];
    const names = new Set(states.flatMap((state) => [...new URLSearchParams(state).keys()]));
    expect([...names].sort()).toEqual([...VIEW_STATE_PARAMETERS].sort());
    for (const [index, state] of states.entries())
      expect((await saved({ name: `Everything ${index}`, state })).state).toBe(state);
  });

  it('runs the GraphiQL examples SaveView and SavedViews as documented', async () => {
    const run = (operationName: string) =>
      context.client.query<Record<string, unknown>>(
        GRAPHIQL_DEFAULT_QUERY,
        {},
        { authorization: `Bearer ${WRITE_TOKEN}` },
        operationName,
      );
    const stored = await run('SaveView');
    expect(stored.errors).toBeUndefined();
    const listed = await run('SavedViews');
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toMatchObject({
      savedViews: {
        totalCount: 1,
        edges: [{ node: { name: 'Pei Gang and the academy', savedBy: 'curator' } }],
      },
    });
  });
});

describe('refusals: nothing is stored', () => {
  it('needs a write token: none, a read-only one, or a server without tokens', async () => {
    const input = { name: 'Mine', state: STATE };
    expect(codeOf(await save(input, context.client.query))).toBe('UNAUTHENTICATED');
    const readOnly = await save(input, context.client.asReader);
    expect(codeOf(readOnly)).toBe('FORBIDDEN');
    expect(readOnly.errors![0]!.message).toMatch(
      /"reader" has the read scope; this change needs write/,
    );
    const closed = graphqlClient(context.db.executor);
    expect(codeOf(await closed(SAVE, { input }))).toBe('FORBIDDEN');
    expect(await storedViewCount()).toBe(0);
  });

  it.each([
    ['empty', '', /state: is empty/],
    ['without its link version', 'focus=pei-gang', /state: has no link version/],
    ['with a parameter links never have', `${STATE}&evil=1`, /state: has "evil"/],
    ['opening the ingest screen', 'ingest=&v=1', /state: has "ingest"/],
    ['with a parameter twice', 'focus=a&focus=b&v=1', /state: has "focus" twice/],
    ['with an empty value', 'focus=&v=1', /state: has "focus" without a single value/],
    ['with markup', 'focus=<script>&v=1', /state: may hold only/],
    ['with spaces', 'focus=pei gang&v=1', /state: may hold only/],
    ['with escapes', 'focus=pei%20gang&v=1', /state: may hold only/],
    ['a whole address', 'http://evil.example/?focus=a&v=1', /state: may hold only/],
    [
      'over the length cap',
      `hide=${'a,'.repeat(SAVED_VIEW_LIMITS.stateLength / 2)}&v=1`,
      /state: at most 8000 characters/,
    ],
  ])('refuses a state %s', async (_what, state, message) => {
    const answer = await save({ name: 'Bad state', state });
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(message);
    expect(await storedViewCount()).toBe(0);
  });

  it('caps the name at 200 characters and the note at 2,000, and refuses a blank name', async () => {
    const { nameLength, noteLength } = SAVED_VIEW_LIMITS;
    const refusals = [
      [{ name: 'n'.repeat(nameLength + 1), state: STATE }, /name: at most 200 characters/],
      [{ name: '   ', state: STATE }, /name: must not be blank/],
      [{ name: 'Hidden\u202etext', state: STATE }, /name: contains U\+202E/],
      [{ name: 'Long note', note: 'n'.repeat(noteLength + 1), state: STATE }, /note: at most 2000/],
    ] as const;
    for (const [input, message] of refusals) {
      const answer = await save(input);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(message);
    }
    expect(await storedViewCount()).toBe(0);
    // At the caps, once trimmed, both are fine.
    const atCaps = await saved({
      name: ` ${'n'.repeat(nameLength)} `,
      note: 'n'.repeat(noteLength),
      state: STATE,
    });
    expect(atCaps.name).toHaveLength(nameLength);
  });
});

describe('concurrency', () => {
  it('one person saving one name from several clients at once leaves one view', async () => {
    for (const round of [1, 2, 3]) {
      const name = `Race ${round}`;
      const states = Array.from({ length: 8 }, (_, index) => `focus=pei-gang&hops=${index}&v=1`);
      const answers = await Promise.all(states.map((state) => save({ name, note: state, state })));
      expect(answers.map(codeOf)).toEqual(states.map(() => 'OK'));
      const ids = new Set(answers.map((answer) => answer.data!.saveView.id));
      expect(ids.size).toBe(1);
      expect(await storedViewCount()).toBe(round);
      const [id] = [...ids];
      const stored = (await context.client.query<{ savedView: View }>(ONE, { id })).data!.savedView;
      // The last save to commit wins, whole: its note and state belong together.
      expect(states).toContain(stored.state);
      expect(stored.note).toBe(stored.state);
      // Every save is in the trail; exactly one created the view.
      const entries = await history(id!);
      expect(entries).toHaveLength(states.length);
      expect(entries.filter((entry) => JSON.parse(entry.before) === null)).toHaveLength(1);
    }
  });
});

describe('deleting', () => {
  it('deletes one’s own view, audited; an unknown or deleted id is NOT_FOUND', async () => {
    const view = await saved({ name: 'Short-lived', state: STATE });
    const deleted = await context.client.asCurator<{ deleteSavedView: View }>(DELETE, {
      id: view.id,
    });
    expect(deleted.data!.deleteSavedView).toEqual(view);
    expect((await context.client.query(ONE, { id: view.id })).data).toEqual({ savedView: null });
    expect((await page({})).data!.savedViews.totalCount).toBe(0);
    expect((await history(view.id)).map((e) => e.operation)).toEqual([
      'deleteSavedView',
      'saveView',
    ]);

    for (const id of [view.id, 'no-such-view']) {
      const answer = await context.client.asCurator(DELETE, { id });
      expect(codeOf(answer)).toBe('NOT_FOUND');
      expect(answer.errors![0]!.message).toBe(`No saved view has the id "${id}".`);
    }
  });

  it('leaves another person’s view to them or an admin', async () => {
    const theirs = await saved({ name: 'Theirs', state: STATE }, context.client.asAdmin);
    const mine = await saved({ name: 'Mine', state: STATE });
    const refused = await context.client.asCurator(DELETE, { id: theirs.id });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/Only "editor-in-chief" or an admin token/);
    expect(codeOf(await context.client.asReader(DELETE, { id: mine.id }))).toBe('FORBIDDEN');
    expect(codeOf(await context.client.query(DELETE, { id: mine.id }))).toBe('UNAUTHENTICATED');
    expect(await storedViewCount()).toBe(2);
    expect(codeOf(await context.client.asAdmin(DELETE, { id: mine.id }))).toBe('OK');
    expect(await storedViewCount()).toBe(1);
  });
});

describe('pages', () => {
  it('pages newest first with keyset cursors: a save between pages repeats nothing', async () => {
    const names = ['One', 'Two', 'Three', 'Four', 'Five'];
    for (const name of names) await saved({ name, state: STATE });
    const first = await page({ first: 2 });
    expect(first.data!.savedViews.totalCount).toBe(5);
    expect(first.data!.savedViews.pageInfo.hasNextPage).toBe(true);
    expect(first.data!.savedViews.edges.map((e) => e.node.name)).toEqual(['Five', 'Four']);

    await saved({ name: 'Six', state: STATE });
    const seen = first.data!.savedViews.edges.map((e) => e.node.name);
    let after = first.data!.savedViews.pageInfo.endCursor;
    while (after) {
      const next = await page({ first: 2, after });
      expect(next.errors).toBeUndefined();
      seen.push(...next.data!.savedViews.edges.map((e) => e.node.name));
      after = next.data!.savedViews.pageInfo.hasNextPage
        ? next.data!.savedViews.pageInfo.endCursor
        : null;
    }
    expect(seen).toEqual(['Five', 'Four', 'Three', 'Two', 'One']);
  });

  it('refuses cursors it did not hand out, pages over the cap and backward paging', async () => {
    const forged = Buffer.from('SavedViewKey:["not a time","x"]').toString('base64');
    expect(codeOf(await page({ after: forged }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await page({ after: 'T2Zmc2V0Q29ubmVjdGlvbjow' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await page({ first: SAVED_VIEW_LIMITS.page.max + 1 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(await page({ last: 2 }))).toBe('BAD_USER_INPUT');
  });
});

describe('saved views are not part of the graph', () => {
  const SEARCH = `query ($text: String!) { search(text: $text, first: 50) { entity { id } } }`;
  const LISTS = `{
    people(first: 100) { totalCount edges { node { id } } }
    institutions(first: 100) { totalCount edges { node { id } } }
    events(first: 100) { totalCount }
    places(first: 100) { totalCount }
    industries(first: 100) { totalCount }
  }`;
  const AROUND = `query ($id: ID!) {
    node(id: $id) { id }
    neighborhood(id: "pei-gang", depth: 3, limit: 1000) { nodes { id } edges { id } }
    overview(limit: 1000) { totalEntities subgraph { nodes { id } edges { id } } }
    connections(from: "pei-gang", to: "li-ruxin", first: 10) { nodes { id } }
    graphStats { labels { label count } relationshipTypes { type count } }
  }`;

  async function observe(viewId: string) {
    const answers = await Promise.all([
      context.client.query(SEARCH, { text: 'Pei Gang academy' }),
      context.client.query(LISTS),
      context.client.query(AROUND, { id: viewId }),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    return {
      answers: answers.map((answer) => answer.data),
      graph: await exportGraph(context.db.executor),
    };
  }

  it('leaves search, lists, neighbourhoods, paths, the overview, stats and exports as they were', async () => {
    const before = await observe('no-view-yet');
    // Named and noted like the entities, so a search that reached views would find them.
    const view = await saved({
      name: 'Pei Gang academy',
      note: 'Pei Gang, Li Ruxin, Chinese Academy of Sciences',
      state: STATE,
    });
    const after = await observe(view.id);
    expect(after.answers).toEqual(before.answers);
    expect(after.graph).toEqual(before.graph);
    expect(JSON.stringify(after)).not.toContain(view.id);
    const labels = (after.answers[2] as { graphStats: { labels: { label: string }[] } }).graphStats
      .labels;
    expect(labels.map((entry) => entry.label)).not.toContain(SAVED_VIEW_LABEL);
  });
});
