import { nameKey } from '@guanxi/graph-schema';
import { defined } from './text/checked';
import { organisationKey, curatedBodyOf } from './normalise/organisation-key';
import { canonicalTitle } from './lexicon/titles';
import type { Clustering } from './normalise/cluster';
import type { EntityCandidateDraft, GazetteerEntry, RelationshipCandidateDraft } from './types';

/*
 * Stage 5: which candidates are entities the graph already has. Only evidence counts: the same
 * name, the same organisation key, an alias the text defines, a curated alias, or — for people —
 * the same title at the same body. Names that merely look alike never match: "Pudong Association
 * of Overseas Returnees" is not the Shanghai one, "Wang Lin" not "Wang Lei", the 14th symposium
 * not the 13th. When two entries are equally supported the candidate stays unmatched: a person
 * reviewing it decides.
 */

interface Scored {
  entry: GazetteerEntry;
  reasons: string[];
}

const REASON_WEIGHT: Readonly<Record<string, number>> = {
  'same name': 3,
  'same title at the same body': 3,
  'office at the same body': 2,
  'alias defined in text': 2,
  'curated alias': 2,
  'same key': 1,
};
const scoreOf = (reasons: readonly string[]): number =>
  reasons.reduce((sum, r) => sum + (REASON_WEIGHT[r] ?? 0), 0);

class GazetteerLookup {
  readonly byName = new Map<string, GazetteerEntry[]>();
  readonly byOrganisationKey = new Map<string, GazetteerEntry[]>();
  readonly byCuratedBody = new Map<number, GazetteerEntry[]>();

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      for (const name of new Set([entry.name, ...entry.aliases])) {
        push(this.byName, `${entry.kind}:${nameKey(name)}`, entry);
        if (entry.kind !== 'INSTITUTION') continue;
        push(this.byOrganisationKey, organisationKey(name), entry);
        const curated = curatedBodyOf(name);
        if (curated !== undefined) push(this.byCuratedBody, curated, entry);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

export function matchCandidates(
  entities: readonly EntityCandidateDraft[],
  relationships: readonly RelationshipCandidateDraft[],
  clustering: Clustering,
  gazetteer: readonly GazetteerEntry[],
): EntityCandidateDraft[] {
  const lookup = new GazetteerLookup(gazetteer);
  const matched = new Map<string, string>();
  // Bodies first: a person's "same title at the same body" needs the body's match.
  const ordered = [...entities].sort(
    (a, b) => Number(a.kind === 'PERSON') - Number(b.kind === 'PERSON'),
  );
  const result = new Map<string, EntityCandidateDraft>();
  for (const entity of ordered) {
    const scored = new Map<string, Scored>();
    const support = (entry: GazetteerEntry, reason: string): void => {
      const current = scored.get(entry.id) ?? { entry, reasons: [] };
      if (!current.reasons.includes(reason)) current.reasons.push(reason);
      scored.set(entry.id, current);
    };
    const names = [entity.name, ...entity.aliases];
    for (const name of names) {
      for (const entry of lookup.byName.get(`${entity.kind}:${nameKey(name)}`) ?? [])
        support(entry, 'same name');
    }
    if (entity.kind === 'INSTITUTION') {
      for (const name of names) {
        for (const entry of lookup.byOrganisationKey.get(organisationKey(name)) ?? [])
          support(entry, 'same key');
      }
      const defined = clustering.definedAliases.get(entity.key) ?? [];
      for (const alias of defined) {
        for (const entry of lookup.byName.get(`INSTITUTION:${nameKey(alias)}`) ?? [])
          support(entry, 'alias defined in text');
      }
      const curated = clustering.curatedBody.get(entity.key);
      for (const entry of curated === undefined ? [] : (lookup.byCuratedBody.get(curated) ?? []))
        support(entry, 'curated alias');
    }
    if (entity.kind === 'PERSON') {
      for (const candidate of scored.values()) {
        const tie = sharedTie(entity.key, candidate.entry, relationships, matched);
        if (tie) candidate.reasons.push(tie);
      }
    }
    const best = bestSupported([...scored.values()], entity.kind === 'PERSON');
    if (best) matched.set(entity.key, best.entry.id);
    result.set(entity.key, best ? withMatch(entity, best) : entity);
  }
  return entities.map((entity) => defined(result.get(entity.key)));
}

/**
 * The one best-supported entry; none on a tie. A person needs the same name and, when the graph
 * knows their offices, one at the same body: a namesake with none of them is someone else.
 */
function bestSupported(scored: readonly Scored[], isPerson: boolean): Scored | undefined {
  const eligible = scored.filter(
    (s) =>
      !isPerson ||
      (s.reasons.includes('same name') &&
        ((s.entry.ties ?? []).length === 0 ||
          s.reasons.some((r) => r.endsWith('at the same body')))),
  );
  const ranked = [...eligible].sort(
    (a, b) => scoreOf(b.reasons) - scoreOf(a.reasons) || a.entry.id.localeCompare(b.entry.id),
  );
  const [first, second] = ranked;
  if (!first || (second && scoreOf(second.reasons) === scoreOf(first.reasons))) return undefined;
  return first;
}

/** "same title at the same body", else "office at the same body", else nothing. */
function sharedTie(
  personKey: string,
  entry: GazetteerEntry,
  relationships: readonly RelationshipCandidateDraft[],
  matched: ReadonlyMap<string, string>,
): string | undefined {
  const offices = relationships.filter(
    (r) => r.from === personKey && (r.type === 'HOLDS_POSITION' || r.type === 'MEMBER_OF'),
  );
  const atSameBody = (entry.ties ?? []).filter((tie) =>
    offices.some((r) => tie.bodyId === matched.get(r.to)),
  );
  if (atSameBody.length === 0) return undefined;
  const sameTitle = atSameBody.some((tie) =>
    offices.some(
      (r) =>
        tie.bodyId === matched.get(r.to) &&
        canonicalTitle(tie.title ?? '') === canonicalTitle(String(r.properties.title ?? '')),
    ),
  );
  return sameTitle ? 'same title at the same body' : 'office at the same body';
}

function withMatch(entity: EntityCandidateDraft, best: Scored): EntityCandidateDraft {
  const strength = Math.min(1, scoreOf(best.reasons) / 5);
  return {
    ...entity,
    match: { entityId: best.entry.id, reasons: [...best.reasons].sort() },
    confidence: Math.round(entity.confidence * (0.6 + 0.4 * strength) * 100) / 100,
  };
}
