import type { PARTICIPATION_ROLES } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import { spanOf } from '../text/spans';
import { readChain } from './appositives';
import { type FoundRelation, keyOf, mentionsIn, type RelationContext } from './context';

/*
 * Roles stated before the people who had them: "Also present were A, deputy …, and B", "The
 * forum was attended by A and B", "Speakers included A and B". Each person of the list (with
 * the offices between the names) has the role; the event is the one the sentence names, else
 * the event the text reports.
 */

type Role = (typeof PARTICIPATION_ROLES)[number];

const LIST_OPENERS: readonly { pattern: RegExp; role: Role }[] = [
  {
    pattern:
      /\b(?:(?:also|among\s+those|others)\s+present\s+(?:were|was|included)|(?:was|were)\s+(?:also\s+)?attended\s+by|(?:attendees|guests|participants)\s+included)\s+/gi,
    role: 'participant',
  },
  { pattern: /\b(?:speakers|panell?ists)\s+(?:included|were)\s+/gi, role: 'speaker' },
];
/** Between one listed name (with its offices) and the next: a comma, "and", or both. */
const NEXT_IN_LIST = /^\s*,?\s*(?:and\s+|as well as\s+)?$/;
/** Offices the chain reader did not take ("deputy head of the city's … bureau"), then ", and". */
const AFTER_UNREAD_OFFICES = /^[\s,][^.;:!?“”"()]*,\s*(?:and\s+)?$/;
const RULE = 'relation.event-role-list@1';

export function findListedRoles(context: RelationContext): FoundRelation[] {
  const { text } = context;
  const found: FoundRelation[] = [];
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const start = itemAt(tokens, 0).start;
    const sentenceText = text.slice(start, itemAt(tokens, tokens.length - 1).end);
    const mentions = mentionsIn(context, sentence);
    const persons = mentions.filter((m) => m.kind === 'PERSON' && keyOf(context, m));
    const events = mentions.filter((m) => m.kind === 'EVENT' && keyOf(context, m));
    for (const { pattern, role } of LIST_OPENERS) {
      for (const match of sentenceText.matchAll(pattern)) {
        const opener = start + (match.index ?? 0);
        let at = opener + match[0].length;
        const eventKey =
          keyOf(
            context,
            events.find((e) => e.end <= opener) ?? events.find((e) => e.start >= at),
          ) ?? context.clustering.mainEvent;
        if (!eventKey) continue;
        for (let listed = 0; ; listed += 1) {
          const from = at;
          const next = persons.find((p) => p.start >= from);
          const gap = next ? text.slice(from, next.start) : '';
          const person =
            NEXT_IN_LIST.test(gap) || (listed > 0 && AFTER_UNREAD_OFFICES.test(gap))
              ? next
              : undefined;
          const personKey = keyOf(context, person);
          if (!person || !personKey) break;
          at = readChain(context, tokens, mentions, person).end;
          found.push({
            type: 'PARTICIPATED_IN',
            from: personKey,
            to: eventKey,
            properties: { role },
            evidence: [
              spanOf(text, opener, match[0].length + opener),
              spanOf(text, person.start, person.end),
            ],
            confidence: 0.6,
            rule: RULE,
          });
        }
      }
    }
  }
  return found;
}
