import type { SentenceTokens } from '../mentions/find-mentions';
import type { Mention } from '../mentions/mention';
import { itemAt } from '../text/checked';
import type { EntityCandidateDraft } from '../types';
import type { Clustering } from './cluster';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';

/*
 * When an event was held, as much of an ISO date as the text states: "on May 18, 2024" →
 * 2024-05-18, "in March 2023" → 2023-03, "in 2019" → 2019. A date without its year ("on May
 * 18") or a weekday alone ("on Saturday") is dated from the publication date, and only when
 * there is one: a weekday is the last such day on or before it. A date belongs to the event named
 * nearest it in its sentence; the first date stated for an event wins, as the lead gives it.
 * "Launched in 1998" dates the series an edition belongs to, never the edition, and nothing when
 * the text names no series.
 */

const RULE = 'event.date@1';
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '((?:19|20)\\d\\d)';

interface Found {
  at: number;
  date: string;
  /** The founding of a series, not the holding of an edition. */
  founding: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

/** "2024-06-03T08:00Z" → its calendar day, or undefined when it is no date. */
function publicationDay(publishedAt: string | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? undefined : day;
}

const isoDay = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Whether a day exists on the calendar ("February 30" does not). */
function dayOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDay(date) : undefined;
}

const PATTERNS: readonly {
  pattern: RegExp;
  read: (m: RegExpMatchArray, pub?: Date) => string | undefined;
}[] = [
  {
    // "on (Saturday,) May 18(, 2024)"
    pattern: new RegExp(
      `\\bon\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    read: (m, pub) => {
      const year = m[4] ? Number(m[4]) : pub?.getUTCFullYear();
      return year ? dayOf(year, monthOf(itemAt(m, 2)), Number(m[3])) : undefined;
    },
  },
  {
    // "on 18 May(, 2024)"
    pattern: new RegExp(`\\bon\\s+(\\d{1,2})\\s+${MONTH}\\b(?:,?\\s+${YEAR})?`, 'gi'),
    read: (m, pub) => {
      const year = m[3] ? Number(m[3]) : pub?.getUTCFullYear();
      return year ? dayOf(year, monthOf(itemAt(m, 2)), Number(m[1])) : undefined;
    },
  },
  {
    // "on Saturday", not followed by a month (read above)
    pattern: new RegExp(`\\bon\\s+${WEEKDAY}\\b(?!,?\\s+${MONTH}\\s+\\d)`, 'gi'),
    read: (m, pub) => {
      if (!pub) return undefined;
      const back =
        (pub.getUTCDay() -
          (WEEKDAYS as readonly string[]).indexOf(itemAt(m, 1).toLowerCase()) +
          7) %
        7;
      return isoDay(new Date(pub.getTime() - back * 86_400_000));
    },
  },
  {
    // "in May 2024", "in May" (with a publication date)
    pattern: new RegExp(`\\bin\\s+${MONTH}\\b(?:,?\\s+${YEAR})?`, 'gi'),
    read: (m, pub) => {
      const year = m[2] ? Number(m[2]) : pub?.getUTCFullYear();
      return year ? `${year}-${pad(monthOf(itemAt(m, 1)))}` : undefined;
    },
  },
  { pattern: new RegExp(`\\bin\\s+${YEAR}\\b`, 'g'), read: (m) => itemAt(m, 1) },
];

const FOUNDING =
  /\b(?:launched|founded|established|inaugurated|initiated|started|first\s+held|created)\s+$/i;

function datesIn(text: string, start: number, end: number, pub: Date | undefined): Found[] {
  const sentence = text.slice(start, end);
  const found: Found[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const at = start + (match.index ?? 0);
      const date = read(match, pub);
      if (!date || found.some((f) => f.at === at)) continue;
      found.push({ at, date, founding: FOUNDING.test(text.slice(Math.max(0, at - 20), at)) });
    }
  }
  return found;
}

export interface DateContext {
  text: string;
  tokens: readonly SentenceTokens[];
  mentions: readonly Mention[];
  clustering: Clustering;
  publishedAt?: string;
}

/** The event candidates with the dates the text states for them. */
export function withEventDates(
  entities: readonly EntityCandidateDraft[],
  context: DateContext,
): EntityCandidateDraft[] {
  const { text, clustering } = context;
  const pub = publicationDay(context.publishedAt);
  const seriesOf = new Map(
    clustering.eventLinks
      .filter((l) => l.rule === 'event.series@1')
      .map((l) => [l.child, l.parent]),
  );
  const dates = new Map<string, string>();
  for (const { sentence, tokens } of context.tokens) {
    if (tokens.length === 0) continue;
    const events = context.mentions.filter(
      (m) => m.sentence === sentence && m.kind === 'EVENT' && clustering.keyOf.has(m),
    );
    if (events.length === 0) continue;
    const start = itemAt(tokens, 0).start;
    for (const found of datesIn(text, start, itemAt(tokens, tokens.length - 1).end, pub)) {
      const nearest = [...events].sort(
        (a, b) => Math.abs(a.start - found.at) - Math.abs(b.start - found.at),
      )[0];
      const key = nearest && clustering.keyOf.get(nearest);
      // A founding year dates a series; the edition reported was held later.
      const target = key && found.founding ? seriesOf.get(key) : key;
      if (target && !dates.has(target)) dates.set(target, found.date);
    }
  }
  return entities.map((entity) => {
    const date = dates.get(entity.key);
    return date && entity.kind === 'EVENT'
      ? { ...entity, date, rule: `${entity.rule}+${RULE}` }
      : entity;
  });
}
