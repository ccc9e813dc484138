import { itemAt } from '../text/checked';
import { EVENT_HEADS, SESSION_TIMES, SUB_EVENT_PHRASES } from '../lexicon/organisation-heads';
import { PhraseIndex } from '../text/phrase-index';
import { lower, type Token } from '../text/tokens';
import type { Mention } from './mention';

/*
 * Events named in lower case. "the symposium" refers back to a named event (or, in a text that
 * names none, is the event: "held a seminar … the seminar"); "the opening
 * ceremony", "the afternoon session", "the session on quantum science" and "a panel discussion"
 * are parts of the event being reported, events of their own.
 */

const SUB_EVENTS = new PhraseIndex<string>(false);
for (const phrase of SUB_EVENT_PHRASES) SUB_EVENTS.add(phrase, phrase.replace(/[\s-]+/g, ' '));

const DEFINITE = new Set(['the', 'this', "year's", 'year’s']);
const ANY_DETERMINER = new Set([...DEFINITE, 'a', 'an', 'its', 'his', 'her']);
/** Words that end a topic ("the session on quantum science was chaired …"). */
const TOPIC_END = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'with',
  'at',
  'in',
  'by',
  'and',
  'that',
  'which',
  'who',
  'where',
  'when',
  'on',
  'of',
  'for',
  'to',
]);
const MAX_TOPIC_WORDS = 4;

/** "on quantum science": lower-case words after "on", as a sub-event's topic. */
function topicEnd(tokens: readonly Token[], at: number): number {
  if (lower(tokens[at]) !== 'on') return at;
  let end = at + 1;
  while (
    end - at <= MAX_TOPIC_WORDS &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[end]?.text ?? '') &&
    !TOPIC_END.has(lower(tokens[end]))
  )
    end += 1;
  return end > at + 1 ? end : at;
}

export function findEventReferences(
  text: string,
  tokens: readonly Token[],
  sentence: number,
): Mention[] {
  const found: Mention[] = [];
  for (const { from, to, value } of SUB_EVENTS.findAll(tokens)) {
    const time = SESSION_TIMES.has(lower(tokens[from - 1])) ? 1 : 0;
    if (!ANY_DETERMINER.has(lower(tokens[from - 1 - time]))) continue;
    const end = topicEnd(tokens, to);
    const start = itemAt(tokens, from - time).start;
    const phrase = text.slice(start, itemAt(tokens, end - 1).end);
    found.push({
      kind: 'EVENT',
      start,
      end: itemAt(tokens, end - 1).end,
      name: phrase,
      rule: 'event.sub-event@1',
      confidence: 0.6,
      sentence,
      subEvent: time || end > to ? phrase.toLowerCase().replace(/\s+/g, ' ') : value,
    });
  }
  tokens.forEach((token, i) => {
    if (!EVENT_HEADS.has(token.text) || !ANY_DETERMINER.has(lower(tokens[i - 1]))) return;
    if (found.some((sub) => sub.start <= token.start && token.end <= sub.end)) return;
    found.push({
      kind: 'EVENT',
      start: token.start,
      end: token.end,
      name: token.text,
      rule: 'event.definite-reference@1',
      confidence: 0.5,
      sentence,
      anaphoric: true,
    });
  });
  return found;
}
