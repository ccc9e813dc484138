import { describe, expect, it } from '@jest/globals';
import { brokenInvariants } from '../helpers/graph-invariants';
import { ARTICLE_SOURCE_ID, quote, seededWriteTest } from '../helpers/write-fixtures';

/* Every hostile input users found is refused with BAD_USER_INPUT and a message naming the field, and writes nothing. */

const context = seededWriteTest();

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const CREATE = /* GraphQL */ `
  mutation ($input: CreateEntityInput!) {
    createEntity(input: $input) {
      id
      name
      aliases
      sources {
        quote
      }
    }
  }
`;
const LINK = /* GraphQL */ `
  mutation ($input: LinkInput!) {
    link(input: $input) {
      id
    }
  }
`;

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await context.db.executor.run(
    'counts',
    'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return { nodes: Number(row!.get('nodes')), relationships: Number(row!.get('relationships')) };
}

/** The answer is a refusal naming the problem, and the graph is exactly as before. */
async function expectRefused(send: () => Promise<Answer>, message: RegExp): Promise<void> {
  const before = await counts();
  const answer = await send();
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0]?.message).toMatch(message);
  expect(await counts()).toEqual(before);
}

const person = (fields: Record<string, unknown>) =>
  context.client.asCurator(CREATE, {
    input: { kind: 'PERSON', name: 'Test Person', evidence: [quote('Pei Gang')], ...fields },
  });

describe('links: no self-links, no hierarchy cycles', () => {
  it('refuses cppcc PART_OF cppcc', async () => {
    await expectRefused(
      () =>
        context.client.asCurator(LINK, {
          input: {
            type: 'PART_OF',
            from: 'cppcc',
            to: 'cppcc',
            evidence: [quote('Chinese People’s Political Consultative Conference')],
          },
        }),
      /PART_OF cannot link "cppcc" to itself/,
    );
  });

  it('refuses a PART_OF that would close a cycle, directly or through other bodies', async () => {
    // The curated graph says the 12th National Committee is part of the CPPCC.
    await expectRefused(
      () =>
        context.client.asCurator(LINK, {
          input: {
            type: 'PART_OF',
            from: 'cppcc',
            to: 'cppcc-12th-national-committee',
            evidence: [quote('Chinese People’s Political Consultative Conference')],
          },
        }),
      /would make a cycle/,
    );
    const [row] = await context.db.executor.run(
      'chain',
      'MATCH p = (:Entity {id: "ufwd-cpc-shanghai-committee"})-[:PART_OF*1..]->(top) RETURN top.id AS top ORDER BY length(p) DESC LIMIT 1',
    );
    const top = String(row!.get('top'));
    await expectRefused(
      () =>
        context.client.asCurator(LINK, {
          input: {
            type: 'PART_OF',
            from: top,
            to: 'ufwd-cpc-shanghai-committee',
            evidence: [quote('United Front Work Department')],
          },
        }),
      /would make a cycle/,
    );
    const chain = await context.client.query<{ affiliations: { parentChain: { id: string }[] } }>(
      `{ affiliations(id: "ufwd-cpc-shanghai-committee") { parentChain { id } } }`,
    );
    expect(chain.errors).toBeUndefined();
    expect(new Set(chain.data!.affiliations.parentChain.map((p) => p.id)).size).toBe(
      chain.data!.affiliations.parentChain.length,
    );
  });

  it('refuses a merge that would make a body part of itself', async () => {
    const created = await context.client.asCurator(CREATE, {
      input: {
        kind: 'INSTITUTION',
        id: 'cppcc-copy',
        name: 'CPPCC copy',
        institutionKind: 'ADVISORY_BODY',
        evidence: [quote('Chinese People’s Political Consultative Conference')],
      },
    });
    expect(created.errors).toBeUndefined();
    const linked = await context.client.asCurator(LINK, {
      input: {
        type: 'PART_OF',
        from: 'cppcc-copy',
        to: 'cppcc-12th-national-committee',
        evidence: [quote('Chinese People’s Political Consultative Conference')],
      },
    });
    expect(linked.errors).toBeUndefined();
    await expectRefused(
      () =>
        context.client.asCurator(
          `mutation { mergeEntities(keepId: "cppcc", mergeId: "cppcc-copy") { movedRelationships } }`,
        ),
      /would make "Chinese People’s Political Consultative Conference" PART_OF itself|PART_OF itself/,
    );
  });
});

describe('dates', () => {
  const office = (since: string, until?: string) =>
    context.client.asCurator(LINK, {
      input: {
        type: 'HOLDS_POSITION',
        from: 'pei-gang',
        to: 'chinese-academy-of-sciences',
        title: 'adviser',
        since,
        until,
        evidence: [quote('Pei Gang')],
      },
    });
  it('refuses a date that does not exist', async () => {
    await expectRefused(() => office('2020-13-45'), /since.*2020-13-45 is not a date/);
    await expectRefused(() => office('2021-02-29'), /since.*February 2021 has 28 days/);
  });
  it('refuses an end before its start', async () => {
    await expectRefused(() => office('2020-05-01', '2019-01-01'), /until/);
  });
  it('accepts a leap day', async () => {
    const answer = await office('2020-02-29');
    expect(answer.errors).toBeUndefined();
  });
});

describe('names, aliases and evidence', () => {
  it('folds repeated aliases and drops the entity’s own name from them', async () => {
    const answer = await person({ aliases: ['Tester', 'tester', ' Tester ', 'Test Person'] });
    expect(answer.errors).toBeUndefined();
    expect((answer.data!.createEntity as { aliases: string[] }).aliases).toEqual(['Tester']);
  });

  it('refuses 20,000 aliases, naming the limit', async () => {
    await expectRefused(
      () =>
        person({
          aliases: Array.from({ length: 20_000 }, (_, i) => `alias ${i} ${'x'.repeat(480)}`),
        }),
      /too many aliases: at most 50/,
    );
  });

  it('refuses 1,000 identical quotes and folds a few repeats into one', async () => {
    await expectRefused(
      () => person({ evidence: Array(1000).fill(quote('Pei Gang')) }),
      /at most 200/,
    );
    const answer = await person({ evidence: Array(3).fill(quote('Pei Gang')) });
    expect(answer.errors).toBeUndefined();
    expect((answer.data!.createEntity as { sources: unknown[] }).sources).toHaveLength(1);
  });

  it('refuses a quote of only whitespace', async () => {
    const text = await context.db.executor.run(
      'text',
      'MATCH (s:Source {id: $id}) RETURN s.text AS text',
      {
        id: ARTICLE_SOURCE_ID,
      },
    );
    const start = String(text[0]!.get('text')).indexOf('\n\n');
    await expectRefused(
      () =>
        person({
          evidence: [{ sourceId: ARTICLE_SOURCE_ID, quote: '\n\n', start, end: start + 2 }],
        }),
      /evidence\.0\.quote/,
    );
  });

  it.each([
    ['NUL', 'Pei\u0000Gang', /U\+0000/],
    ['ESC', 'Pei\u001bGang', /U\+001B/],
    ['right-to-left override', 'Pei\u202eGang', /U\+202E/],
    ['zero-width space', 'Pei\u200bGang', /U\+200B/],
  ])('refuses a name with %s', async (_what, name, message) => {
    await expectRefused(() => person({ id: 'hostile', name }), message);
  });

  it('derives a valid id from a 299-character name and refuses one over the cap', async () => {
    const long = Array.from({ length: 50 }, (_, i) => `word${i}`)
      .join(' ')
      .slice(0, 299);
    const answer = await person({ name: long });
    expect(answer.errors).toBeUndefined();
    expect((answer.data!.createEntity as { id: string }).id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    await expectRefused(() => person({ name: 'x'.repeat(499) }), /name/);
  });

  it('creates 裴钢 without an explicit id, as pei-gang-… when pei-gang is taken', async () => {
    const taken = await person({ name: '裴钢' });
    expect(taken.errors?.[0]?.message).toMatch(/"pei-gang" is already taken/);
    const answer = await person({ name: '裴钢', id: 'pei-gang-zh' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createEntity).toMatchObject({ id: 'pei-gang-zh', name: '裴钢' });
  });

  it('leaves a graph that validates whole', async () => {
    expect(await brokenInvariants(context.db.executor)).toEqual([]);
  });
});
