import type { PARTICIPATION_ROLES } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import type { Mention } from '../mentions/mention';
import { spanOf } from '../text/spans';
import { readChain } from './appositives';
import { type FoundRelation, keyOf, mentionsIn, type RelationContext } from './context';

/*
 * Who did what at an event, from the verb: hosted → host, gave the opening remarks →
 * opening-remarks, spoke/said/delivered a keynote/shared his experience → speaker, attended/was
 * present/received an award/signed an agreement → participant. The doer is the person whose name
 * (and appositive chain) ends where the verb begins, a person named right after "said", the
 * sentence's subject when the verb is its second predicate ("X visited A and held a seminar"), or,
 * for "he"/"she", the last person named before, at low confidence. The event is the one the
 * clause names, else the event the text reports.
 */

type Role = (typeof PARTICIPATION_ROLES)[number];

const TRIGGERS: readonly { pattern: RegExp; role: Role; quotesDetail: boolean; rule?: string }[] = [
  {
    pattern: /\b(?:hosted|presided over|chaired|co-chaired|moderated)\b/g,
    role: 'host',
    quotesDetail: false,
  },
  {
    pattern:
      /\b(?:gave|delivered|made)\s+(?:the\s+|an?\s+)?opening\s+(?:remarks|speech|address)\b/g,
    role: 'opening-remarks',
    quotesDetail: false,
  },
  {
    pattern: /\b(?:gave|delivered|made)\s+(?:the\s+|a\s+)?closing\s+(?:remarks|speech|address)\b/g,
    role: 'closing-remarks',
    quotesDetail: false,
  },
  {
    pattern:
      /\b(?:gave|delivered|made)\s+(?:a|the|an)\s+(?:keynote(?:\s+(?:speech|address|report|lecture))?|speech|report|presentation|lecture|address|talk)\b/g,
    role: 'speaker',
    quotesDetail: true,
  },
  { pattern: /\bopened\s+(?=the\s)/g, role: 'opening-remarks', quotesDetail: false },
  { pattern: /\bheld\s+(?=(?:a|an|the)\s)/g, role: 'host', quotesDetail: false },
  {
    pattern: /\b(?:spoke|said|says|talked|addressed|noted|stressed|pointed out|remarked|told)\b/g,
    role: 'speaker',
    quotesDetail: true,
  },
  {
    pattern: /\b(?:attended|participated in|took part in|joined|was present at|were present at)\b/g,
    role: 'participant',
    quotesDetail: false,
  },
  // Verbs a report uses for what a speaker did, beyond "spoke" and "said".
  {
    pattern:
      /\bshared\s+(?:his|her|their|its)\s+(?:own\s+)?(?:experiences?|insights?|stor(?:y|ies))\b/g,
    role: 'speaker',
    quotesDetail: true,
    rule: 'relation.event-role-experience@1',
  },
  // "received the Young Scientist Award": an award at the event is a part in it, not a speech.
  {
    pattern:
      /\b(?:won|received|accepted|was\s+awarded|were\s+awarded)\s+(?:the|an?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:awards?|prizes?|medals?|honou?rs?)\b/giu,
    role: 'participant',
    quotesDetail: true,
    rule: 'relation.event-role-award@1',
  },
  {
    pattern:
      /\b(?:signed|inked)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|contracts?|deals?|MoUs?)\b|\bwitnessed\s+the\s+signing\b/gu,
    role: 'participant',
    quotesDetail: true,
    rule: 'relation.event-role-signing@1',
  },
  {
    pattern: /\b(?:was|were)\s+(?:also\s+)?present\b/g,
    role: 'participant',
    quotesDetail: false,
    rule: 'relation.event-role-present@1',
  },
];

/** Roles that stand beside each other; weaker ones fold into them. */
const STANDING_ROLES = new Set<Role>(['host', 'opening-remarks', 'closing-remarks']);
const ROLE_STRENGTH: readonly Role[] = [
  'host',
  'opening-remarks',
  'closing-remarks',
  'speaker',
  'participant',
];

/** Sentence openings that say which part of the event the speech was. */
const FRAMES: readonly { pattern: RegExp; role: Role }[] = [
  {
    pattern:
      /^(?:In\s+(?:his|her|their)\s+opening\s+(?:remarks|speech|address)|Opening\s+the\s+\w+)\s*,/,
    role: 'opening-remarks',
  },
  {
    pattern:
      /^(?:In\s+(?:his|her|their)\s+closing\s+(?:remarks|speech|address)|Closing\s+the\s+\w+)\s*,/,
    role: 'closing-remarks',
  },
];

const RULE = 'relation.event-role@1';
const PRONOUN_RULE = 'relation.event-role-pronoun@1';
const COORDINATED_RULE = 'relation.event-role-coordinated@1';
const MAX_DETAIL = 200;

interface Trigger {
  start: number;
  end: number;
  role: Role;
  quotesDetail: boolean;
  rule: string;
}

function triggersIn(text: string, start: number, end: number): Trigger[] {
  const sentence = text.slice(start, end);
  const found: Trigger[] = [];
  for (const { pattern, role, quotesDetail, rule = RULE } of TRIGGERS) {
    for (const match of sentence.matchAll(pattern)) {
      const at = start + (match.index ?? 0);
      if (found.some((t) => t.start <= at && at < t.end)) continue;
      found.push({ start: at, end: at + match[0].length, role, quotesDetail, rule });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The clause a verb opens, up to the next comma, semicolon or the sentence end. */
function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const stop = /[;.!?](?:\s|$)|,\s|[“”"]/.exec(rest);
  return from + (stop ? stop.index : rest.trimEnd().length);
}

export function findEventRoles(context: RelationContext): FoundRelation[] {
  const { text, clustering } = context;
  const found: FoundRelation[] = [];
  const people = context.mentions.filter((m) => m.kind === 'PERSON' && keyOf(context, m));
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const sentenceStart = itemAt(tokens, 0).start;
    const sentenceEnd = itemAt(tokens, tokens.length - 1).end;
    const mentions = mentionsIn(context, sentence);
    const persons = mentions.filter((m) => m.kind === 'PERSON' && keyOf(context, m));
    const frame = FRAMES.find((f) => f.pattern.test(text.slice(sentenceStart, sentenceEnd)));
    for (const verb of triggersIn(text, sentenceStart, sentenceEnd)) {
      const trigger = frame && verb.role === 'speaker' ? { ...verb, role: frame.role } : verb;
      const doer = doerOf(context, tokens, mentions, persons, people, trigger);
      if (!doer) continue;
      const end = clauseEnd(text, trigger.end, sentenceEnd);
      const events = mentions.filter((m) => m.kind === 'EVENT' && keyOf(context, m));
      const event =
        events.find((m) => m.start >= trigger.end && m.start <= end) ??
        events.find((m) => m.end <= doer.person.start);
      const eventKey = keyOf(context, event) ?? clustering.mainEvent;
      const personKey = keyOf(context, doer.person);
      // "opened" is a speech only when what was opened is an event.
      if (
        !eventKey ||
        !personKey ||
        (trigger.role === 'opening-remarks' && !event && /^opened/.test(text.slice(trigger.start)))
      )
        continue;
      const clause = text.slice(
        trigger.start,
        Math.max(end, event && event.start >= trigger.end ? event.end : 0),
      );
      const detail =
        trigger.quotesDetail && clause.length > trigger.end - trigger.start + 3
          ? clause.slice(0, MAX_DETAIL).trim()
          : undefined;
      found.push({
        type: 'PARTICIPATED_IN',
        from: personKey,
        to: eventKey,
        properties: { role: trigger.role, ...(detail ? { detail } : {}) },
        // One quote from the person through the clause, so a reviewer reads who did what;
        // a pronoun's antecedent stands in another sentence, so it is quoted apart.
        evidence: doer.pronoun
          ? [
              spanOf(text, doer.person.start, doer.person.end),
              spanOf(text, trigger.start, trigger.start + clause.length),
            ]
          : [spanOf(text, doer.person.start, trigger.start + clause.length)],
        confidence: doer.pronoun ? 0.4 : doer.coordinated ? 0.55 : event ? 0.75 : 0.6,
        rule: doer.pronoun ? PRONOUN_RULE : doer.coordinated ? COORDINATED_RULE : trigger.rule,
        ...(event ? {} : { eventAssumed: true }),
      });
    }
  }
  return strongestRolePerEvent(found);
}

interface Doer {
  person: Mention;
  pronoun: boolean;
  /** The sentence's subject, doer of an earlier verb too: "X visited A and held a seminar". */
  coordinated?: boolean;
}

/** Between a subject's first predicate and the verb: no clause break, no name, then "and". */
const SECOND_PREDICATE = /^\s+[^,;:“”"()]*\band\s+(?:then\s+|also\s+|later\s+)?$/;

/** "X, director of Y, visited A on Monday and held a seminar": X, the subject, held it. */
function coordinatedSubject(
  context: RelationContext,
  tokens: Parameters<typeof readChain>[1],
  mentions: readonly Mention[],
  persons: readonly Mention[],
  trigger: Trigger,
): Mention | undefined {
  const subject = persons[0];
  const first = tokens[0];
  if (!subject || !first || subject.start !== first.start || subject.end > trigger.start)
    return undefined;
  const chainEnd = readChain(context, tokens, mentions, subject).end;
  const gap = context.text.slice(chainEnd, trigger.start).replace(/^,/, '');
  const otherPerson = persons.some((p) => p.start >= chainEnd && p.start < trigger.start);
  return !otherPerson && SECOND_PREDICATE.test(gap) ? subject : undefined;
}

function doerOf(
  context: RelationContext,
  tokens: Parameters<typeof readChain>[1],
  mentions: readonly Mention[],
  persons: readonly Mention[],
  people: readonly Mention[],
  trigger: Trigger,
): Doer | undefined {
  const { text } = context;
  for (const person of [...persons].reverse()) {
    if (person.end > trigger.start) continue;
    const chainEnd = readChain(context, tokens, mentions, person).end;
    if (
      /^[\s,]*(?:(?:also|then|later|first|jointly)\s+)?$/.test(text.slice(chainEnd, trigger.start))
    )
      return { person, pronoun: false };
  }
  const subject = coordinatedSubject(context, tokens, mentions, persons, trigger);
  if (subject) return { person: subject, pronoun: false, coordinated: true };
  const after = persons.find((p) => /^\s*$/.test(text.slice(trigger.end, p.start)));
  if (after && /said|says/.test(text.slice(trigger.start, trigger.end)))
    return { person: after, pronoun: false };
  if (/\b(?:he|she)\s+$/i.test(text.slice(Math.max(0, trigger.start - 5), trigger.start))) {
    const antecedent = people.filter((p) => p.end <= trigger.start).pop();
    if (antecedent) return { person: antecedent, pronoun: true };
  }
  return undefined;
}

/**
 * Roles the text states for one person at one event. Hosting and opening or closing remarks
 * each stand; "said" and "attended" add nothing beside them; a pronoun's reading yields to a
 * named one.
 */
function strongestRolePerEvent(found: readonly FoundRelation[]): FoundRelation[] {
  const byPair = new Map<string, FoundRelation[]>();
  for (const relation of found) {
    const pair = `${relation.from}>${relation.to}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), relation]);
  }
  const kept: FoundRelation[] = [];
  for (const relations of byPair.values()) {
    const named = relations.filter((r) => r.rule !== PRONOUN_RULE);
    const pool = named.length > 0 ? named : relations;
    const strong = pool.filter((r) => STANDING_ROLES.has(r.properties.role as Role));
    const chosen =
      strong.length > 0
        ? strong
        : [
            itemAt(
              pool.sort((a, b) => strength(a) - strength(b)),
              0,
            ),
          ];
    const seen = new Set<unknown>();
    kept.push(...chosen.filter((r) => !seen.has(r.properties.role) && seen.add(r.properties.role)));
  }
  return kept;
}

const strength = (relation: FoundRelation): number =>
  ROLE_STRENGTH.indexOf(relation.properties.role as Role);
