import { defined, itemAt } from '../text/checked';
import { spanOf } from '../text/spans';
import { type FoundRelation, keyOf, mentionsIn, type RelationContext } from './context';

/*
 * "Shanghai attaches great importance to the three pillar industries of integrated circuits,
 * biomedicine and artificial intelligence": the place or body that opens the sentence
 * PRIORITIZES each industry the sentence lists after the verb.
 */

const PRIORITISING =
  /\b(?:attaches?\s+(?:great\s+)?importance\s+to|prioriti[sz]es?|focus(?:es)?\s+on|gives?\s+priority\s+to|(?:pillar|key|strategic(?:\s+emerging)?)\s+industr)/i;

function descriptionOf(sentence: string): string | undefined {
  if (/pillar\s+industr/i.test(sentence)) return 'pillar industry';
  if (/key\s+industr/i.test(sentence)) return 'key industry';
  if (/strategic\s+emerging\s+industr/i.test(sentence)) return 'strategic emerging industry';
  return undefined;
}

export function findPriorities(context: RelationContext): FoundRelation[] {
  const { text } = context;
  const found: FoundRelation[] = [];
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const start = itemAt(tokens, 0).start;
    const sentenceText = text.slice(start, itemAt(tokens, tokens.length - 1).end);
    const trigger = PRIORITISING.exec(sentenceText);
    if (!trigger) continue;
    const triggerAt = start + trigger.index;
    const mentions = mentionsIn(context, sentence).filter((m) => keyOf(context, m));
    const subject = mentions.find((m) => m.end <= triggerAt);
    if (!subject || (subject.kind !== 'PLACE' && subject.kind !== 'INSTITUTION')) continue;
    if (text.slice(start, subject.start).trim().split(/\s+/).length > 2) continue;
    const description = descriptionOf(sentenceText);
    for (const industry of mentions.filter((m) => m.kind === 'INDUSTRY' && m.start > triggerAt)) {
      found.push({
        type: 'PRIORITIZES',
        from: defined(keyOf(context, subject)),
        to: defined(keyOf(context, industry)),
        properties: description ? { description } : {},
        evidence: [spanOf(text, subject.start, industry.end)],
        confidence: 0.6,
        rule: 'relation.prioritizes@1',
      });
    }
  }
  return found;
}
