import type {
  GazetteerEntry,
  EntityCandidateDraft,
  Proposal,
  RelationshipCandidateDraft,
} from '../src/types';
import type { GoldArticle } from './gold';
import { bodyKey } from './keys';

/*
 * Proposals built from gold, to check the scorer itself (`npm run eval:ingest -- --self-check`):
 * the perfect proposal must score 100 % everywhere with no wrong merge, and the proposal that
 * makes every merge gold forbids must be charged exactly those merges.
 */

const first = <T>(value: T | T[]): T => (Array.isArray(value) ? (value[0] as T) : value);

export function perfectProposal(gold: GoldArticle, gazetteer: readonly GazetteerEntry[]): Proposal {
  const entities: EntityCandidateDraft[] = [];
  const relationships: RelationshipCandidateDraft[] = [];
  const add = (draft: Omit<EntityCandidateDraft, 'key' | 'evidence' | 'confidence' | 'rule'>) => {
    const key = `e${entities.length + 1}`;
    entities.push({ key, evidence: [], confidence: 1, rule: 'oracle@1', ...draft });
    return key;
  };
  const match = (id: string | null | undefined) =>
    id ? { match: { entityId: id, reasons: ['oracle'] } } : {};
  const people = new Map(
    gold.people.map((p) => [
      p.name,
      add({ kind: 'PERSON', name: p.name, aliases: p.aliases ?? [], ...match(p.match) }),
    ]),
  );
  const events = new Map(
    gold.events.map((e) => [
      e.name,
      add({ kind: 'EVENT', name: e.name, aliases: e.aliases ?? [], ...match(e.match) }),
    ]),
  );
  const bodies = new Map<string, string>();
  const body = (b: { body: string; bodyAliases?: string[]; bodyMatch?: string | null }): string => {
    const k = bodyKey(b.body);
    const known = bodies.get(k);
    if (known) return known;
    const key = add({
      kind: 'INSTITUTION',
      name: b.body,
      aliases: b.bodyAliases ?? [],
      ...match(b.bodyMatch),
    });
    bodies.set(k, key);
    return key;
  };
  const rel = (
    draft: Omit<RelationshipCandidateDraft, 'key' | 'evidence' | 'confidence' | 'rule'>,
  ) =>
    relationships.push({
      key: `r${relationships.length + 1}`,
      evidence: [],
      confidence: 1,
      rule: 'oracle@1',
      ...draft,
    });
  for (const p of gold.positions) {
    rel({
      type: p.type,
      from: people.get(p.person) ?? '',
      to: body(p),
      properties: { title: first(p.title) },
    });
  }
  for (const r of gold.eventRoles) {
    rel({
      type: 'PARTICIPATED_IN',
      from: people.get(r.person) ?? '',
      to: events.get(r.event) ?? '',
      properties: { role: first(r.role) },
    });
  }
  for (const o of gold.organisers) {
    rel({
      type: 'ORGANIZED',
      from: body(o),
      to: events.get(o.event) ?? '',
      properties: { role: o.role },
    });
  }
  const matched = new Set(entities.flatMap((e) => (e.match ? [e.match.entityId] : [])));
  const kinds = new Map(gazetteer.map((g) => [g.id, g.kind]));
  for (const m of gold.matches) {
    if (matched.has(m.entity) || m.optional) continue;
    add({ kind: kinds.get(m.entity) ?? 'PLACE', name: m.name, aliases: [], ...match(m.entity) });
    matched.add(m.entity);
  }
  return { pipelineVersion: 'oracle', sentences: [], entities, relationships };
}

/** The perfect proposal plus one candidate per notMatches entry, merged as gold forbids. */
export function mergingProposal(gold: GoldArticle, gazetteer: readonly GazetteerEntry[]): Proposal {
  const proposal = perfectProposal(gold, gazetteer);
  const kinds = new Map(gazetteer.map((g) => [g.id, g.kind]));
  gold.notMatches.forEach((m, i) => {
    proposal.entities.push({
      key: `wrong${i}`,
      kind: kinds.get(m.entity) ?? 'PLACE',
      name: m.name,
      aliases: [],
      evidence: [],
      match: { entityId: m.entity, reasons: ['oracle: forbidden'] },
      confidence: 1,
      rule: 'oracle@1',
    });
  });
  return proposal;
}
