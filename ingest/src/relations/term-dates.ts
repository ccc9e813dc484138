import { HIERARCHY_RELATION_TYPES, TERMS } from '@guanxi/graph-schema';
import { keyOf, type FoundRelation, type RelationContext } from './context';

/*
 * "Wang Wei, a member of the 12th National Committee of the CPPCC": what a sentence says of a
 * body in a numbered term held during that term, so the relationship is attested as of the term's
 * dates, with the words that name it as the evidence for them. A term the curated table does not
 * date, or two terms of the body in one quote, leave the relationship undated. A hierarchy holds
 * of the body whatever its term, so it is never dated by one.
 */

const RULE = 'date.term@1';
const UNDATED_TYPES: ReadonlySet<string> = new Set(HIERARCHY_RELATION_TYPES);

export function datedByTerm(context: RelationContext): (relation: FoundRelation) => FoundRelation {
  const termed = context.mentions.filter((m) => m.term !== undefined);
  return (relation) => {
    if (UNDATED_TYPES.has(relation.type) || termed.length === 0) return relation;
    const ends = new Set([relation.from, relation.to]);
    const stated = termed.filter(
      (mention) =>
        ends.has(keyOf(context, mention) ?? '') &&
        relation.evidence.some((span) => span.start <= mention.start && mention.end <= span.end),
    );
    const [first] = stated;
    const id = first?.term?.id;
    if (!first || !id || stated.some((m) => m.term?.id !== id)) return relation;
    const { from, to } = TERMS[id];
    return {
      ...relation,
      properties: {
        ...relation.properties,
        asOfFrom: from,
        asOfTo: to,
        dateBasis: 'term',
        dateTerm: id,
        dateEvidence: context.text.slice(first.start, first.end),
      },
      rule: `${relation.rule}+${RULE}`,
    };
  };
}
