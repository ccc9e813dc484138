import type { ORGANIZER_ROLES } from '@guanxi/graph-schema';
import { defined, itemAt } from '../text/checked';
import type { Mention } from '../mentions/mention';
import { spanOf } from '../text/spans';
import { type FoundRelation, keyOf, mentionsIn, type RelationContext } from './context';

/*
 * Who organised an event: "Led by A and B, the symposium is co-organized by C, D, and E";
 * "hosted by", "guided by", "sponsored by" → lead; "co-hosted", "co-organised", "jointly held",
 * "undertaken by" → co-organiser; "under the guidance of" → lead and "supported by" →
 * co-organiser whatever else the sentence says. The organisers are the bodies listed right after "by"; the
 * event is the one the sentence names, else the event the text reports. A person "hosted",
 * "chaired" or "moderated by" hosts the event.
 */

type Role = (typeof ORGANIZER_ROLES)[number];

const BY_PHRASE =
  /\b(co-organi[sz]ed|co-hosted|co-sponsored|jointly (?:held|hosted|organi[sz]ed|sponsored)|undertaken|led|guided|hosted|organi[sz]ed|sponsored|held|chaired|moderated|presided over)\s+by\s+/gi;
/** Verbs whose "by" names the person who ran the event, never a body that organised it. */
const CHAIRED = /^(?:chaired|moderated|presided over)$/i;
const ORGANISING_VERB =
  /^\s*(?:(?:jointly|also)\s+)?(?:co-organi[sz]ed|co-hosted|organi[sz]ed|hosted|held|sponsored|launched)\s+(?:the\s+)?$/i;
const RULE = 'relation.organised-by@1';

/** Phrases whose role is fixed: the body that guides leads, one that supports assists. */
const FIXED_PHRASES: readonly { pattern: RegExp; role: Role; rule: string }[] = [
  {
    pattern: /\bunder\s+the\s+(?:guidance|auspices|leadership|direction)\s+of\s+/gi,
    role: 'lead',
    rule: 'relation.organised-guidance@1',
  },
  {
    pattern: /\b(?:supported|assisted)\s+by\s+/gi,
    role: 'co-organiser',
    rule: 'relation.organised-support@1',
  },
];

interface Phrase {
  index: number;
  length: number;
  verb: string;
  /** Fixed by the phrase; otherwise read from the verb and the event's other organisers. */
  role?: Role;
  rule: string;
}

function phrasesIn(sentence: string): Phrase[] {
  const byVerb = [...sentence.matchAll(BY_PHRASE)].map((match) => ({
    index: match.index ?? 0,
    length: match[0].length,
    verb: itemAt(match, 1),
    rule: RULE,
  }));
  const fixed = FIXED_PHRASES.flatMap(({ pattern, role, rule }) =>
    [...sentence.matchAll(pattern)].map((match) => ({
      index: match.index ?? 0,
      length: match[0].length,
      verb: match[0].trim(),
      role,
      rule,
    })),
  );
  return [...byVerb, ...fixed].sort((a, b) => a.index - b.index);
}
const SUBJECT_RULE = 'relation.organised-subject@1';

/**
 * "co-hosted" bodies lead together; "co-organised", "jointly …", "undertaken" ones assist;
 * "organised by" after a host or leader names an assistant too.
 */
function roleOf(verb: string, eventHasLead: boolean): Role {
  if (/^co-hosted/i.test(verb)) return 'lead';
  if (/^(?:co-|jointly|undertaken)/i.test(verb)) return 'co-organiser';
  return /^organi[sz]ed/i.test(verb) && eventHasLead ? 'co-organiser' : 'lead';
}

interface Listed {
  mention: Mention;
  /** Named after "together with": an assistant whatever the verb. */
  assisting: boolean;
}

/** Bodies (and people) listed from `from`: "A (ABC), B, and the C", "A, together with B and C". */
function listFrom(text: string, mentions: readonly Mention[], from: number): Listed[] {
  const listed: Listed[] = [];
  let at = from;
  let assisting = false;
  for (;;) {
    const gap =
      listed.length === 0
        ? /^(?:the\s+)?$/i
        : /^\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:and\s+|as well as\s+|(together with\s+))?(?:the\s+)?$/i;
    const next = mentions.find((m) => m.start >= at && gap.test(text.slice(at, m.start)));
    if (!next || (next.kind !== 'INSTITUTION' && next.kind !== 'PERSON')) return listed;
    assisting ||= Boolean(gap.exec(text.slice(at, next.start))?.[1]);
    listed.push({ mention: next, assisting });
    at = next.end;
  }
}

export function findOrganisers(context: RelationContext): FoundRelation[] {
  const { text } = context;
  const found: FoundRelation[] = [];
  const hasLead = (eventKey: string): boolean =>
    found.some((r) => r.type === 'ORGANIZED' && r.to === eventKey && r.properties.role === 'lead');
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const start = itemAt(tokens, 0).start;
    const sentenceText = text.slice(start, itemAt(tokens, tokens.length - 1).end);
    const mentions = mentionsIn(context, sentence).filter((m) => keyOf(context, m));
    for (const phrase of phrasesIn(sentenceText)) {
      const { verb } = phrase;
      const phraseStart = start + phrase.index;
      const listed = listFrom(text, mentions, phraseStart + phrase.length).filter(
        ({ mention }) => !CHAIRED.test(verb) || mention.kind === 'PERSON',
      );
      if (listed.length === 0) continue;
      const last = itemAt(listed, listed.length - 1).mention;
      const events = mentions.filter((m) => m.kind === 'EVENT');
      const event =
        events.filter((m) => m.end <= phraseStart).pop() ?? events.find((m) => m.start >= last.end);
      const eventKey = keyOf(context, event) ?? context.clustering.mainEvent;
      if (!eventKey) continue;
      const role = phrase.role ?? roleOf(verb, hasLead(eventKey));
      for (const { mention, assisting } of listed) {
        const evidence = [spanOf(text, phraseStart, mention.end)];
        if (event) evidence.push(spanOf(text, event.start, event.end));
        found.push(
          relationOf(
            context,
            mention,
            eventKey,
            assisting ? 'co-organiser' : role,
            evidence,
            event ? 0.75 : 0.5,
            phrase.rule,
          ),
        );
      }
    }
    found.push(...organiserSubjects(context, mentions));
  }
  return found;
}

/** "Fudan University and the CAS jointly hosted the forum". */
function organiserSubjects(
  context: RelationContext,
  mentions: readonly Mention[],
): FoundRelation[] {
  const { text } = context;
  const found: FoundRelation[] = [];
  for (const event of mentions.filter((m) => m.kind === 'EVENT')) {
    const before = mentions.filter((m) => m.end <= event.start && m.kind === 'INSTITUTION');
    const last = before[before.length - 1];
    const verb = last && ORGANISING_VERB.exec(text.slice(last.end, event.start));
    if (!last || !verb) continue;
    const subjects = [last];
    for (let i = before.length - 2; i >= 0; i -= 1) {
      if (
        !/^\s*,?\s*(?:and\s+)?(?:the\s+)?$/i.test(
          text.slice(itemAt(before, i).end, itemAt(subjects, 0).start),
        )
      )
        break;
      subjects.unshift(itemAt(before, i));
    }
    const eventKey = defined(keyOf(context, event), 'event key');
    for (const subject of subjects) {
      const evidence = [spanOf(text, subject.start, event.end)];
      found.push(
        relationOf(
          context,
          subject,
          eventKey,
          roleOf(verb[0].trim(), false),
          evidence,
          0.7,
          SUBJECT_RULE,
        ),
      );
    }
  }
  return found;
}

function relationOf(
  context: RelationContext,
  organiser: Mention,
  eventKey: string,
  role: Role,
  evidence: FoundRelation['evidence'],
  confidence: number,
  rule: string,
): FoundRelation {
  const from = defined(keyOf(context, organiser), 'organiser key');
  return organiser.kind === 'PERSON'
    ? {
        type: 'PARTICIPATED_IN',
        from,
        to: eventKey,
        properties: { role: 'host' },
        evidence,
        confidence,
        rule,
      }
    : { type: 'ORGANIZED', from, to: eventKey, properties: { role }, evidence, confidence, rule };
}
