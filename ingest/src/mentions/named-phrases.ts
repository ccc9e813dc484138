import { type InstitutionKind, nameKey, type PlaceKind } from '@guanxi/graph-schema';
import { defined, itemAt } from '../text/checked';
import { CURATED_BODIES } from '../lexicon/curated-aliases';
import {
  EVENT_HEADS,
  INSTITUTION_HEADS,
  isInstitutionDespiteEventHead,
  PARTY_WORDS,
  VENUE_CENTRE_MODIFIERS,
  VENUE_HEADS,
} from '../lexicon/organisation-heads';
import { KNOWN_PLACES } from '../lexicon/places';
import { readTitle } from '../lexicon/titles';
import { isCapitalised, lower, ordinalValue, type Token } from '../text/tokens';
import type { Mention } from './mention';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';

/*
 * Names of bodies, events and venues: capitalised words ending in a head noun ("Shanghai
 * Association"), then "of/for/on" complements ("… of Overseas Returnees"). A complement that is
 * itself a body ("… Department of the Shanghai Committee of the Communist Party of China") is
 * parsed as one and becomes the mention's `parent`: the name states the hierarchy.
 */

const RULE = 'organisation.head-noun@1';
const EVENT_RULE = 'event.head-noun@1';
const VENUE_RULE = 'place.head-noun@1';
const OF_CHAIN_RULE = 'organisation.of-chain@1';
const ABBREVIATION_PARENT_RULE = 'organisation.abbreviation-prefix@1';

const CURATED_ABBREVIATIONS = new Map(
  CURATED_BODIES.flatMap((body) => body.abbreviations.map((abbr) => [abbr, body] as const)),
);

/** Capitalised words that open sentences or clauses but never begin a name. */
const NOT_NAME_STARTS = new Set(
  'The A An On In At Yesterday Today Last This That These Earlier Meanwhile Also According Both Since Under During After Before When While Led Hosted Organized Organised Sponsored Co-organized Co-organised Jointly'.split(
    ' ',
  ),
);

/** Days and months: "on Monday" and "on May 18" say when, never what a name is about. */
const CALENDAR_WORDS = new Set<string>([...WEEKDAYS, ...MONTHS]);

/** Heads whose complement may start with "on": "Committee on Foreign Affairs". */
const TAKES_ON = new Set(['committee', 'commission']);
/** Parts of a body named "at" it: "the School of Artificial Intelligence at Shanghai Jiao Tong University". */
const TAKES_AT = new Set([
  'school',
  'college',
  'institute',
  'department',
  'center',
  'centre',
  'laboratory',
  'lab',
  'faculty',
]);

/** A head is the last word of a name that says what the name names. */
type Head =
  | { kind: 'INSTITUTION'; institutionKind: InstitutionKind }
  | { kind: 'EVENT' }
  | { kind: 'PLACE'; placeKind: PlaceKind };

function headOf(words: readonly Token[], at: number): Head | undefined {
  const word = lower(words[at]);
  const before = words.slice(0, at + 1).map(lower);
  if (EVENT_HEADS.has(word) && !isInstitutionDespiteEventHead(before)) return { kind: 'EVENT' };
  if ((word === 'center' || word === 'centre') && VENUE_CENTRE_MODIFIERS.has(lower(words[at - 1])))
    return { kind: 'PLACE', placeKind: 'venue' };
  const venue = VENUE_HEADS[word];
  if (venue) return { kind: 'PLACE', placeKind: venue };
  const institution =
    INSTITUTION_HEADS[word] ?? (EVENT_HEADS.has(word) ? 'government-body' : undefined);
  return institution ? { kind: 'INSTITUTION', institutionKind: institution } : undefined;
}

const isNameToken = (token: Token | undefined): boolean =>
  token !== undefined && (isCapitalised(token) || token.text === '&');

/** Index of the last head word in tokens[from, to), or -1. */
function lastHead(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) if (headOf(tokens.slice(from, to), i - from)) return i;
  return -1;
}

/** Index after the run of name tokens starting at `from`. */
function runEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (isNameToken(tokens[i])) i += 1;
  return i;
}

/**
 * A run of name tokens from `from`, joined across "and" unless the word before it ends a name:
 * "Xuhui District Science and Technology Commission" is one name; "Peking University and
 * Tsinghua University" are two. Inside a complement a second head starts a second body ("… of
 * Sciences and Fudan University").
 */
function readSegment(tokens: readonly Token[], from: number, inComplement: boolean): number {
  let end = runEnd(tokens, from);
  while (lower(tokens[end]) === 'and' && isNameToken(tokens[end + 1]) && end > from) {
    const afterEnd = runEnd(tokens, end + 1);
    if (lastHead(tokens, end - 1, end) >= 0) break;
    if (inComplement && lastHead(tokens, end + 1, afterEnd) >= 0) break;
    end = afterEnd;
  }
  return end;
}

const curatedKindOf = (name: string): InstitutionKind | undefined =>
  CURATED_BODIES.find((body) => body.names.some((n) => nameKey(n) === nameKey(name)))
    ?.institutionKind;

interface Parsed {
  mention: Mention;
  next: number;
}

export class NamedPhraseParser {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly sentence: number,
  ) {}

  findAll(): Mention[] {
    const found: Mention[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const parsed = isNameToken(this.tokens[i]) ? this.parse(i, false) : undefined;
      if (parsed) {
        found.push(parsed.mention);
        i = parsed.next;
      } else i += 1;
    }
    return found;
  }

  /** The name starting at `from` (after skipping openers), or nothing. */
  private parse(from: number, nested: boolean): Parsed | undefined {
    const { tokens } = this;
    let start = from;
    while (start < tokens.length && NOT_NAME_STARTS.has(itemAt(tokens, start).text)) start += 1;
    const segmentEnd = readSegment(tokens, start, nested);
    if (segmentEnd === start) return undefined;
    const headIndex = lastHead(tokens, start, segmentEnd);
    if (headIndex < 0) return nested ? this.parseCuratedAbbreviation(start, segmentEnd) : undefined;
    const head = defined(headOf(tokens.slice(start, headIndex + 1), headIndex - start), 'head');
    let end = headIndex + 1;
    let parent: Mention | undefined;
    let hasComplement = false;
    // Complements: "of Sciences", "for Science and Technology", "on Chinese Scholars …".
    for (;;) {
      const connector = lower(tokens[end]);
      const isEventTime =
        head.kind === 'EVENT' && connector === 'in' && lower(tokens[end + 1]) === 'the';
      const partAt =
        connector === 'at' && head.kind === 'INSTITUTION' && TAKES_AT.has(lower(tokens[headIndex]));
      if (!['of', 'for', 'on'].includes(connector) && !isEventTime && !partAt) break;
      if (connector === 'on' && head.kind !== 'EVENT' && !TAKES_ON.has(lower(tokens[headIndex])))
        break;
      let at = end + 1;
      if (lower(tokens[at]) === 'the') at += 1;
      if (!isNameToken(tokens[at])) break;
      // "the forum on Monday", "… on May 18": a date, not the theme of the event.
      if (CALENDAR_WORDS.has(lower(tokens[at]))) break;
      const complementEnd = readSegment(tokens, at, true);
      if (head.kind === 'INSTITUTION' && (connector === 'of' || partAt)) {
        const inner = this.parse(at, true);
        if (inner && inner.mention.kind === 'INSTITUTION') {
          parent = inner.mention;
          end = inner.next;
          hasComplement = true;
          break;
        }
        // "People's Government of Zhejiang Province": a body of a place; the place is in the name.
        if (inner && inner.mention.kind === 'PLACE' && connector === 'of') {
          end = inner.next;
          hasComplement = true;
          continue;
        }
      }
      if (partAt) break;
      if (lastHead(tokens, at, complementEnd) >= 0 && head.kind !== 'EVENT') break;
      if (
        isEventTime &&
        !ordinalValue(itemAt(tokens, at).text) &&
        lastHead(tokens, at, complementEnd) >= 0
      )
        break;
      end = complementEnd;
      hasComplement = true;
    }
    // A bare head ("Committee members said") names nothing; a name has a modifier or complement.
    if (headIndex === start && !hasComplement) return undefined;
    // "CPC Shanghai Party Secretary": the head begins a title, so it heads no name.
    if ((readTitle(tokens, headIndex)?.next ?? 0) > headIndex + 1) return undefined;
    // "Fudan University President Jin Li": the name ends at its head; the rest is read again.
    const mention = this.mentionOf(start, end, head, parent);
    return { mention, next: end };
  }

  /** Inside an "of" chain, "… Committee of the CPC": the abbreviation is the parent body. */
  private parseCuratedAbbreviation(start: number, end: number): Parsed | undefined {
    const token = itemAt(this.tokens, start);
    const body = CURATED_ABBREVIATIONS.get(token.text);
    if (!body || end !== start + 1) return undefined;
    return {
      mention: {
        kind: 'INSTITUTION',
        start: token.start,
        end: token.end,
        name: token.text,
        rule: OF_CHAIN_RULE,
        confidence: 0.8,
        sentence: this.sentence,
        institutionKind: body.institutionKind,
      },
      next: start + 1,
    };
  }

  private mentionOf(start: number, end: number, head: Head, parent: Mention | undefined): Mention {
    const first = itemAt(this.tokens, start);
    const last = itemAt(this.tokens, end - 1);
    const name = this.text.slice(first.start, last.end);
    const base = { start: first.start, end: last.end, name, sentence: this.sentence };
    if (head.kind === 'EVENT') {
      const edition = ordinalValue(first.text);
      return {
        ...base,
        kind: 'EVENT',
        rule: EVENT_RULE,
        confidence: 0.8,
        ...(edition ? { edition } : {}),
      };
    }
    if (head.kind === 'PLACE') {
      const city = name.replace(/\s+City$/, '');
      const placeKind =
        city !== name && KNOWN_PLACES.get(city) === 'city' ? 'city' : head.placeKind;
      return { ...base, kind: 'PLACE', rule: VENUE_RULE, confidence: 0.75, placeKind };
    }
    const prefixParent = parent ?? this.abbreviationPrefixParent(start, end);
    return {
      ...base,
      kind: 'INSTITUTION',
      rule: parent ? `${RULE}+${OF_CHAIN_RULE}` : RULE,
      confidence: 0.8,
      institutionKind: institutionKindOf(name, head.institutionKind, prefixParent),
      ...(prefixParent ? { parent: prefixParent } : {}),
    };
  }

  /** "CPC Shanghai Committee", "CPPCC National Committee": a body named after its parent. */
  private abbreviationPrefixParent(start: number, end: number): Mention | undefined {
    const token = itemAt(this.tokens, start);
    const body = CURATED_ABBREVIATIONS.get(token.text);
    if (!body || end - start < 2) return undefined;
    return {
      kind: 'INSTITUTION',
      start: token.start,
      end: token.end,
      name: token.text,
      rule: ABBREVIATION_PARENT_RULE,
      confidence: 0.8,
      sentence: this.sentence,
      institutionKind: body.institutionKind,
    };
  }
}

/** What kind of body a name names: curated first, then party membership, then its head. */
function institutionKindOf(
  name: string,
  headKind: InstitutionKind,
  parent: Mention | undefined,
): InstitutionKind {
  const curated = curatedKindOf(name);
  if (curated) return curated;
  if (headKind === 'political-party') return headKind;
  const parentKind = parent?.institutionKind;
  if (parentKind === 'political-party' || parentKind === 'party-body' || PARTY_WORDS.test(name))
    return 'party-body';
  if (parentKind === 'advisory-body') return 'advisory-body';
  if (parentKind === 'academy' && headKind !== 'university') return 'research-facility';
  return headKind;
}
