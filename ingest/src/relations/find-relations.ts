import { allowsEnds, STRICT_RELATION_PROPERTY_SCHEMAS } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import { uniqueSpans } from '../text/spans';
import type { EntityCandidateDraft, RelationshipCandidateDraft } from '../types';
import { findOffices } from './appositives';
import type { FoundRelation, RelationContext } from './context';
import { findEventRoles } from './event-roles';
import { findHierarchy } from './hierarchy';
import { findListedRoles } from './listed-roles';
import { findOrganisers } from './organisers';
import { findPlaces } from './places';
import { findPriorities } from './priorities';
import { statingSpanFirst } from './stating-span';
import { datedByTerm } from './term-dates';

/*
 * Stage 3: every rule's findings, kept only where the graph model allows them (the ends' kinds,
 * the type's properties), one candidate per natural key (type, ends, title or role) with the
 * evidence of every rule that found it, the span that states it first, dated by a numbered term
 * the evidence names.
 */

const RULES = [
  findOffices,
  findEventRoles,
  findListedRoles,
  findOrganisers,
  findPlaces,
  findPriorities,
  findHierarchy,
];

const naturalKey = (r: FoundRelation): string =>
  [r.type, r.from, r.to, String(r.properties.title ?? r.properties.role ?? '')].join('|');

/**
 * "Gu said …" after "the session was chaired by Gu Yifan": a speech at no named event adds
 * nothing for a person whose part in the event the text already states.
 */
function withoutAssumedEvents(found: readonly FoundRelation[]): FoundRelation[] {
  const statedFor = new Set(
    found.filter((r) => r.type === 'PARTICIPATED_IN' && !r.eventAssumed).map((r) => r.from),
  );
  return found.filter(
    (r) =>
      !r.eventAssumed ||
      !statedFor.has(r.from) ||
      !['speaker', 'participant'].includes(String(r.properties.role)),
  );
}

export function findRelations(context: RelationContext): RelationshipCandidateDraft[] {
  const kindOf = new Map<string, EntityCandidateDraft['kind']>(
    context.clustering.entities.map((e) => [e.key, e.kind]),
  );
  const merged = new Map<string, FoundRelation>();
  for (const relation of withoutAssumedEvents(RULES.flatMap((rule) => rule(context)))) {
    const from = kindOf.get(relation.from);
    const to = kindOf.get(relation.to);
    if (!from || !to || relation.from === relation.to || !allowsEnds(relation.type, from, to))
      continue;
    if (!STRICT_RELATION_PROPERTY_SCHEMAS[relation.type].safeParse(relation.properties).success)
      continue;
    const key = naturalKey(relation);
    const current = merged.get(key);
    merged.set(
      key,
      current
        ? {
            ...current,
            evidence: uniqueSpans([...current.evidence, ...relation.evidence]),
            confidence: Math.max(current.confidence, relation.confidence),
            rule: [...new Set([...current.rule.split('+'), relation.rule])].sort().join('+'),
          }
        : { ...relation, evidence: uniqueSpans(relation.evidence) },
    );
  }
  const stated = statingSpanFirst(context);
  const dated = datedByTerm(context);
  const ordered = [...merged.values()]
    .map((relation) => dated({ ...relation, evidence: stated(relation) }))
    .sort(
      (a, b) =>
        itemAt(a.evidence, 0).start - itemAt(b.evidence, 0).start ||
        naturalKey(a).localeCompare(naturalKey(b)),
    );
  return ordered.map(({ type, from, to, properties, evidence, confidence, rule }, i) => ({
    key: `r${i + 1}`,
    type,
    from,
    to,
    properties,
    evidence,
    confidence,
    rule,
  }));
}
