import { describe, expect, it } from '@jest/globals';
import type {
  EntityCandidate,
  IngestDraft,
  RelationshipCandidate,
} from '../../client/src/features/ingest/lib/draft';
import {
  bulkAcceptDecisions,
  createdFirst,
  makeNewDecision,
  matchDecision,
  renameDecision,
  reviewCommandFor,
  skippedRelationships,
  withDecisions,
} from '../../client/src/features/ingest/lib/review';
import { authorization, isTokenRefusal } from '../../client/src/lib/write-token';
import { decidedLine } from '../../client/src/features/ingest/lib/format';
import { entityCandidate, relationshipCandidate } from '../helpers/client-ingest-candidates';

const entity = entityCandidate;
const relationship = relationshipCandidate;

const PEI_GANG = { id: 'pei-gang', kind: 'PERSON' as const, name: 'Pei Gang' };

const draftOf = (
  entities: EntityCandidate[],
  relationships: RelationshipCandidate[] = [],
): IngestDraft => ({
  id: 'd',
  createdAt: '2025-01-01T00:00:00Z',
  createdBy: 'curator',
  source: { id: 's', title: 't', url: null, text: '' },
  sentences: [],
  entities,
  relationships,
  preview: {
    entitiesToCreate: 0,
    entitiesToMatch: 0,
    relationshipsToWrite: 0,
    relationshipsToSkip: 0,
    pending: 0,
    unsure: 0,
  },
  commit: null,
});

const key = (
  name: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('ingest review: keys', () => {
  it('maps j/k, the arrows and the decision keys, and nothing with a modifier', () => {
    expect(reviewCommandFor(key('j'))).toBe('next');
    expect(reviewCommandFor(key('ArrowDown'))).toBe('next');
    expect(reviewCommandFor(key('k'))).toBe('previous');
    expect(reviewCommandFor(key('ArrowUp'))).toBe('previous');
    expect(['a', 'r', 'u', 'e', 'm', 'n'].map((k) => reviewCommandFor(key(k)))).toEqual([
      'accept',
      'reject',
      'unsure',
      'edit',
      'match',
      'new',
    ]);
    expect(reviewCommandFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(reviewCommandFor(key('r', { metaKey: true }))).toBeNull();
    expect(reviewCommandFor(key('x'))).toBeNull();
  });
});

describe('ingest review: decisions', () => {
  it('accepts in bulk only pending candidates above the threshold', () => {
    const candidates = [
      entity('sure', { confidence: 0.95 }),
      entity('edge', { confidence: 0.8 }),
      entity('rejected', { confidence: 0.99, decision: 'REJECTED' }),
      relationship('r', 'sure', 'edge', { confidence: 0.85 }),
    ];
    expect(bulkAcceptDecisions(candidates)).toEqual([
      { candidateId: 'sure', decision: 'ACCEPTED' },
      { candidateId: 'r', decision: 'ACCEPTED' },
    ]);
  });

  it('renaming, re-matching or making new accepts a pending candidate and keeps any other decision', () => {
    expect(renameDecision(entity('a'), 'A')).toEqual({
      candidateId: 'a',
      decision: 'ACCEPTED',
      name: 'A',
    });
    expect(matchDecision(entity('a', { decision: 'UNSURE' }), PEI_GANG)).toEqual({
      candidateId: 'a',
      decision: 'UNSURE',
      matchId: 'pei-gang',
    });
    expect(makeNewDecision(entity('a', { decision: 'REJECTED' }))).toEqual({
      candidateId: 'a',
      decision: 'REJECTED',
      makeNew: true,
    });
  });

  it('shows unsaved decisions as the server will apply them, the last one winning', () => {
    const draft = draftOf(
      [entity('pei', { name: 'Pei', aliases: ['PG'] }), entity('lin', { match: PEI_GANG })],
      [relationship('r', 'pei', 'lin')],
    );
    const next = withDecisions(
      draft,
      [
        { candidateId: 'pei', decision: 'ACCEPTED', name: 'Pei Gang' },
        { candidateId: 'pei', decision: 'UNSURE', matchId: 'pei-gang' },
        { candidateId: 'lin', decision: 'ACCEPTED', makeNew: true },
        { candidateId: 'r', decision: 'REJECTED' },
      ],
      new Map([[PEI_GANG.id, PEI_GANG]]),
    );
    expect(next.entities[0]).toMatchObject({
      name: 'Pei Gang',
      aliases: ['Pei', 'PG'],
      decision: 'UNSURE',
      match: PEI_GANG,
      matchReasons: ['chosen by the reviewer'],
    });
    expect(next.entities[1]).toMatchObject({ decision: 'ACCEPTED', match: null });
    expect(next.relationships[0]!.decision).toBe('REJECTED');
    // The draft itself is untouched: a refused decision rolls back to it.
    expect(draft.entities[0]!.name).toBe('Pei');
    expect(withDecisions(draft, [])).toBe(draft);
  });

  it('explains each accepted relationship a commit would skip by its ends that are not accepted', () => {
    const draft = draftOf(
      [
        entity('a', { decision: 'ACCEPTED' }),
        entity('b', { decision: 'REJECTED', name: 'Hall' }),
        entity('c', { decision: 'ACCEPTED' }),
      ],
      [
        relationship('ab', 'a', 'b', { decision: 'ACCEPTED' }),
        relationship('ac', 'a', 'c', { decision: 'ACCEPTED' }),
        relationship('cb', 'c', 'b', { decision: 'PENDING' }),
      ],
    );
    expect(skippedRelationships(draft)).toEqual([
      {
        relationship: draft.relationships[0],
        ends: [{ name: 'Hall', decision: 'REJECTED' }],
      },
    ]);
  });

  it('opens created entities before matched ones', () => {
    const draft = draftOf([entity('pei', { match: PEI_GANG }), entity('lin')]);
    const lin = { id: 'lin-xiaowen', kind: 'PERSON' as const, name: 'Lin Xiaowen' };
    expect(createdFirst([PEI_GANG, lin], draft)).toEqual([lin, PEI_GANG]);
  });

  it('says who decided and when, for entities only', () => {
    expect(decidedLine(entity('a'))).toBeNull();
    expect(
      decidedLine(entity('a', { decision: 'ACCEPTED', decidedBy: 'curator', decidedAt: 'soon' })),
    ).toBe('accepted by curator · soon');
    expect(decidedLine(relationship('r', 'a', 'b'))).toBeNull();
  });
});

describe('ingest review: the write token', () => {
  it('is sent as a bearer token only when there is one', () => {
    expect(authorization('  s3cret ')).toEqual({ authorization: 'Bearer s3cret' });
    expect(authorization(' ')).toEqual({});
  });

  it('tells token refusals from other errors', () => {
    expect(isTokenRefusal({ code: 'UNAUTHENTICATED' })).toBe(true);
    expect(isTokenRefusal({ code: 'FORBIDDEN' })).toBe(true);
    expect(isTokenRefusal({ code: 'BAD_USER_INPUT' })).toBe(false);
    expect(isTokenRefusal(null)).toBe(false);
  });
});
