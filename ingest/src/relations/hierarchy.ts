import { spanOf } from '../text/spans';
import { organisationKey } from '../normalise/organisation-key';
import { type FoundRelation, keyOf, type RelationContext } from './context';

/*
 * Bodies under bodies and events under events, as names state them: "the Central Committee of
 * the Zhigong Party" is PART_OF the party; "the CPC Shanghai Standing Committee" PART_OF the
 * CPC Shanghai Committee when the text names that committee (rather than PART_OF the CPC its
 * prefix names: the committee is the nearer parent); an edition PART_OF its series, the
 * opening ceremony PART_OF the event reported.
 */

export function findHierarchy(context: RelationContext): FoundRelation[] {
  const { text, clustering } = context;
  const found: FoundRelation[] = [];
  const byOrganisationKey = new Map(
    clustering.entities
      .filter((e) => e.kind === 'INSTITUTION')
      .flatMap((e) =>
        [e.name, ...e.aliases].map((name) => [organisationKey(name), e.key] as const),
      ),
  );
  for (const entity of clustering.entities) {
    if (entity.kind !== 'INSTITUTION' || !/\bStanding Committee\b/.test(entity.name)) continue;
    const parent = byOrganisationKey.get(organisationKey(entity.name.replace(/\bStanding\s+/, '')));
    if (!parent || parent === entity.key) continue;
    found.push({
      type: 'PART_OF',
      from: entity.key,
      to: parent,
      properties: {},
      evidence: entity.evidence.slice(0, 1),
      confidence: 0.6,
      rule: 'relation.standing-committee@1',
    });
  }
  const standingChildren = new Set(found.map((r) => r.from));
  for (const mention of context.mentions) {
    const child = keyOf(context, mention);
    const parent = keyOf(context, mention.parent);
    if (!child || !parent || child === parent || standingChildren.has(child)) continue;
    found.push({
      type: 'PART_OF',
      from: child,
      to: parent,
      properties: {},
      evidence: [spanOf(text, mention.start, mention.end)],
      confidence: 0.75,
      rule: 'relation.name-nesting@1',
    });
  }
  for (const link of clustering.eventLinks) {
    found.push({
      type: 'PART_OF',
      from: link.child,
      to: link.parent,
      properties: {},
      evidence: link.evidence,
      confidence: 0.7,
      rule: link.rule,
    });
  }
  return found;
}
