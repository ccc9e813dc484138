import { defined, itemAt } from '../text/checked';
import { spanOf } from '../text/spans';
import { type FoundRelation, keyOf, mentionsIn, type RelationContext } from './context';

/*
 * Where things are. An event "held at/in" a place (HELD_AT): the event the sentence names before
 * the verb, else the event the text reports. A body or place "in" a place right after its name
 * ("the Shanghai Synchrotron Radiation Facility in Zhangjiang Science City"): LOCATED_IN.
 */

const HELD =
  /\b(?:(?:was|were|is|will be)\s+)?(?:held|took place|takes place|opened|kicked off|convened|staged)\b/gi;
const TO_PLACE = /^[^,.;]*?\b(?:at|in)\s+(?:the\s+)?$/i;
const LOCATED = /^\s*,?\s*(?:(?:located|based|situated)\s+)?in\s+(?:the\s+)?$/i;

export function findPlaces(context: RelationContext): FoundRelation[] {
  const { text, clustering } = context;
  const found: FoundRelation[] = [];
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const start = itemAt(tokens, 0).start;
    const mentions = mentionsIn(context, sentence).filter((m) => keyOf(context, m));
    for (const verb of text.slice(start, itemAt(tokens, tokens.length - 1).end).matchAll(HELD)) {
      const verbStart = start + (verb.index ?? 0);
      const verbEnd = verbStart + verb[0].length;
      const place = mentions.find(
        (m) =>
          m.kind === 'PLACE' && m.start >= verbEnd && TO_PLACE.test(text.slice(verbEnd, m.start)),
      );
      const event = mentions.filter((m) => m.kind === 'EVENT' && m.end <= verbStart).pop();
      const eventKey = keyOf(context, event) ?? clustering.mainEvent;
      if (!place || !eventKey) continue;
      found.push({
        type: 'HELD_AT',
        from: eventKey,
        to: defined(keyOf(context, place)),
        properties: {},
        evidence: [spanOf(text, verbStart, place.end)],
        confidence: event ? 0.75 : 0.55,
        rule: 'relation.held-at@1',
      });
    }
    for (const [i, inner] of mentions.entries()) {
      const outer = mentions[i + 1];
      if (!outer || outer.kind !== 'PLACE' || !LOCATED.test(text.slice(inner.end, outer.start)))
        continue;
      if (inner.kind !== 'INSTITUTION' && inner.kind !== 'PLACE') continue;
      found.push({
        type: 'LOCATED_IN',
        from: defined(keyOf(context, inner)),
        to: defined(keyOf(context, outer)),
        properties: {},
        evidence: [spanOf(text, inner.start, outer.end)],
        confidence: 0.6,
        rule: 'relation.located-in@1',
      });
    }
  }
  return found;
}
