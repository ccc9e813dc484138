import { describe, expect, it } from '@jest/globals';
import { relationshipId } from '@guanxi/graph-schema';
import fc from 'fast-check';
import { brokenInvariants } from '../helpers/graph-invariants';
import { seedArticle } from '../helpers/seed-article';
import { emptyDatabase } from '../helpers/test-database';
import { distinctQuotes, quote, seededWriteTest } from '../helpers/write-fixtures';

/*
 * Random batches of creates, updates, links, unlinks and merges, each batch sent at once. After
 * every batch: every write that answered success is in the graph (following merges), and the
 * graph's invariants hold. `npm test` runs a short mode; GUANXI_PROPERTY_RUNS=50 runs longer.
 */

const RUNS = Number(process.env.GUANXI_PROPERTY_RUNS ?? 3);
const PEOPLE = 5;
const BODIES = 4;
const QUOTES = distinctQuotes(12);
const person = (index: number) => `prop-person-${index}`;
const personName = (index: number) => `Property Person ${index}`;
const body = (index: number) => `prop-body-${index}`;

type Op =
  | { kind: 'addEvidence'; person: number; quote: number }
  | { kind: 'member'; person: number; body: number }
  | { kind: 'unmember'; person: number; body: number }
  | { kind: 'partOf'; from: number; to: number }
  | { kind: 'merge'; keep: number; gone: number }
  | { kind: 'create'; person: number };

const personIndex = fc.integer({ min: 0, max: PEOPLE - 1 });
const bodyIndex = fc.integer({ min: 0, max: BODIES - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('addEvidence' as const),
    person: personIndex,
    quote: fc.integer({ min: 0, max: QUOTES.length - 1 }),
  }),
  fc.record({ kind: fc.constant('member' as const), person: personIndex, body: bodyIndex }),
  fc.record({ kind: fc.constant('unmember' as const), person: personIndex, body: bodyIndex }),
  fc.record({ kind: fc.constant('partOf' as const), from: bodyIndex, to: bodyIndex }),
  fc.record({ kind: fc.constant('merge' as const), keep: personIndex, gone: personIndex }),
  fc.record({
    kind: fc.constant('create' as const),
    person: fc.integer({ min: PEOPLE, max: PEOPLE + 3 }),
  }),
);
const batches = fc.array(fc.array(op, { minLength: 2, maxLength: 8 }), {
  minLength: 1,
  maxLength: 3,
});

const memberId = (from: string, to: string) =>
  relationshipId('MEMBER_OF', from, to, { title: 'member' });
const MEMBER_EVIDENCE = [quote('a member of the Chinese Academy of Sciences')];

const context = seededWriteTest({ resetEach: false });

function request(operation: Op) {
  const send = context.client.asCurator;
  switch (operation.kind) {
    case 'addEvidence':
      return send(
        `mutation ($id: ID!, $q: [EvidenceInput!]!) { updateEntity(id: $id, input: { addEvidence: $q }) { id } }`,
        {
          id: person(operation.person),
          q: [QUOTES[operation.quote]],
        },
      );
    case 'member':
      return send(`mutation ($input: LinkInput!) { link(input: $input) { id } }`, {
        input: {
          type: 'MEMBER_OF',
          from: person(operation.person),
          to: body(operation.body),
          title: 'member',
          evidence: MEMBER_EVIDENCE,
        },
      });
    case 'unmember':
      return send(`mutation ($id: ID!) { unlink(id: $id) { id } }`, {
        id: memberId(person(operation.person), body(operation.body)),
      });
    case 'partOf':
      return send(`mutation ($input: LinkInput!) { link(input: $input) { id } }`, {
        input: {
          type: 'PART_OF',
          from: body(operation.from),
          to: body(operation.to),
          evidence: [quote('Shanghai Committee')],
        },
      });
    case 'merge':
      return send(
        `mutation ($keep: ID!, $gone: ID!) { mergeEntities(keepId: $keep, mergeId: $gone) { entityId: entity { id } } }`,
        {
          keep: person(operation.keep),
          gone: person(operation.gone),
        },
      );
    case 'create':
      return send(`mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`, {
        input: {
          kind: 'PERSON',
          id: person(operation.person),
          name: personName(operation.person),
          evidence: [quote('Pei Gang')],
        },
      });
  }
}

async function reset(): Promise<void> {
  await emptyDatabase(context.db.executor);
  await seedArticle(context.db.executor);
  for (let index = 0; index < PEOPLE; index += 1) await request({ kind: 'create', person: index });
  for (let index = 0; index < BODIES; index += 1) {
    const answer = await context.client.asCurator(
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      {
        input: {
          kind: 'INSTITUTION',
          id: body(index),
          name: `Property Body ${index}`,
          institutionKind: 'ASSOCIATION',
          evidence: [quote('Association')],
        },
      },
    );
    expect(answer.errors).toBeUndefined();
  }
}

async function read(cypher: string, params: Record<string, unknown>) {
  return (await context.db.executor.run('propertyCheck', cypher, params)).map((row) =>
    row.toObject(),
  );
}

/** The claims that the successful writes of one batch make about the graph after it. */
async function unkeptClaims(
  batch: readonly Op[],
  ok: readonly boolean[],
  mergedInto: Map<string, string>,
) {
  const resolve = (id: string): string => {
    let current = id;
    while (mergedInto.has(current)) current = mergedInto.get(current)!;
    return current;
  };
  const succeeded = batch.filter((_, index) => ok[index]);
  for (const operation of succeeded) {
    if (operation.kind === 'merge') mergedInto.set(person(operation.gone), person(operation.keep));
  }
  const unkept: string[] = [];
  for (const operation of succeeded) {
    if (operation.kind === 'addEvidence') {
      const quoted = QUOTES[operation.quote]!;
      const rows = await read(
        'MATCH (n:Entity {id: $id}) RETURN $quote IN n.evidenceQuotes AS kept',
        { id: resolve(person(operation.person)), quote: quoted.quote },
      );
      if (rows[0]?.kept !== true)
        unkept.push(`quote "${quoted.quote}" on ${person(operation.person)}`);
    }
    if (operation.kind === 'member') {
      const unlinked = succeeded.some(
        (other) =>
          other.kind === 'unmember' &&
          other.person === operation.person &&
          other.body === operation.body,
      );
      const merged = succeeded.some(
        (other) =>
          other.kind === 'merge' &&
          (other.gone === operation.person || other.keep === operation.person),
      );
      if (unlinked || merged) continue;
      const rows = await read(
        'MATCH (:Entity {id: $from})-[r:MEMBER_OF]->(:Entity {id: $to}) RETURN count(r) AS c',
        { from: resolve(person(operation.person)), to: body(operation.body) },
      );
      if (Number(rows[0]?.c) !== 1)
        unkept.push(`membership ${person(operation.person)} → ${body(operation.body)}`);
    }
    if (operation.kind === 'unmember') {
      const relinked = succeeded.some(
        (other) =>
          other.kind === 'member' &&
          other.person === operation.person &&
          other.body === operation.body,
      );
      if (relinked) continue;
      const rows = await read('MATCH ()-[r:MEMBER_OF {id: $id}]->() RETURN count(r) AS c', {
        id: memberId(person(operation.person), body(operation.body)),
      });
      if (Number(rows[0]?.c) !== 0)
        unkept.push(`unlink of ${person(operation.person)} → ${body(operation.body)}`);
    }
    if (operation.kind === 'partOf') {
      const rows = await read(
        'MATCH (:Entity {id: $from})-[r:PART_OF]->(:Entity {id: $to}) RETURN count(r) AS c',
        { from: body(operation.from), to: body(operation.to) },
      );
      if (Number(rows[0]?.c) !== 1)
        unkept.push(`${body(operation.from)} part of ${body(operation.to)}`);
    }
    if (operation.kind === 'merge') {
      const gone = person(operation.gone);
      const rows = await read('MATCH (n:Entity {id: $gone}) RETURN count(n) AS c', { gone });
      if (Number(rows[0]?.c) !== 0) unkept.push(`merge removed ${gone}`);
      const names = await read(
        'MATCH (n:Entity {id: $id}) RETURN $name = n.name OR $name IN n.aliases AS named',
        { id: resolve(gone), name: personName(operation.gone) },
      );
      if (names[0]?.named !== true) unkept.push(`${resolve(gone)} carries the name of ${gone}`);
    }
    if (operation.kind === 'create') {
      const rows = await read('MATCH (n:Entity {id: $id}) RETURN count(n) AS c', {
        id: resolve(person(operation.person)),
      });
      if (Number(rows[0]?.c) !== 1) unkept.push(`created ${person(operation.person)}`);
    }
  }
  return unkept;
}

describe('random concurrent write batches', () => {
  it('keep every write that answered success, and every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (generated) => {
        await reset();
        const mergedInto = new Map<string, string>();
        for (const batch of generated) {
          const answers = await Promise.all(batch.map(request));
          const unexpected = answers.flatMap((answer) =>
            (answer.errors ?? []).filter(
              (error) => !['NOT_FOUND', 'BAD_USER_INPUT'].includes(error.extensions?.code ?? ''),
            ),
          );
          expect(unexpected).toEqual([]);
          const ok = answers.map((answer) => answer.errors === undefined);
          expect(await unkeptClaims(batch, ok, mergedInto)).toEqual([]);
          expect(await brokenInvariants(context.db.executor)).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.GUANXI_PROPERTY_SEED ?? 20261129) },
    );
  });
});
