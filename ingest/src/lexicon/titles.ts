import { defined, itemAt } from '../text/checked';
import type { Token } from '../text/tokens';

/*
 * Offices and memberships as English reports on Chinese institutions name them. A title is one
 * core from CORE_TITLES, optionally after modifiers ("executive vice", "honorary"), read
 * case-insensitively; its canonical form is lower case with spellings folded (CANONICAL_SPELLING).
 */

const CORE_TITLES = [
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'president',
  'director',
  'director-general',
  'director general',
  'secretary',
  'party secretary',
  'party chief',
  'party committee secretary',
  'secretary-general',
  'secretary general',
  'member',
  'committee member',
  'standing committee member',
  'academician',
  'scholar',
  'fellow',
  'professor',
  'researcher',
  'research fellow',
  'dean',
  'governor',
  'mayor',
  'minister',
  'premier',
  'commissioner',
  'ambassador',
  'consul general',
  'ceo',
  'chief executive',
  'chief executive officer',
  'chief technology officer',
  'chief financial officer',
  'chief operating officer',
  'chief scientist officer',
  'cto',
  'cfo',
  'coo',
  'founder',
  'co-founder',
  'head',
  'chief',
  'chief engineer',
  'chief scientist',
  'chief designer',
  'chief economist',
  'general manager',
  'manager',
  'managing director',
  'executive director',
  'principal',
  'rector',
  'provost',
  'editor-in-chief',
  'editor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'delegate',
  'deputy',
  'adviser',
  'advisor',
  'counsellor',
  'counselor',
  'councillor',
  'leader',
  'partner',
  'convener',
  'inspector',
  'commander',
  'political commissar',
  'honorary chairman',
];

const MODIFIERS = [
  'vice',
  'deputy',
  'executive',
  'honorary',
  'first',
  'permanent',
  'acting',
  'associate',
  'assistant',
  'senior',
  'founding',
  'alternate',
  'foreign',
  'distinguished',
  'full-time',
];

/** Titles that name a seat in a body, not an office in it: MEMBER_OF, not HOLDS_POSITION. */
const MEMBERSHIP_CORES = new Set([
  'member',
  'committee member',
  'standing committee member',
  'academician',
  'scholar',
  'fellow',
  'delegate',
]);

/** Different spellings of one title, folded to the one the graph stores. */
const CANONICAL_SPELLING: Readonly<Record<string, string>> = {
  'party chief': 'party secretary',
  'party committee secretary': 'party secretary',
  'secretary general': 'secretary-general',
  'director general': 'director-general',
  'chief executive officer': 'CEO',
  ceo: 'CEO',
  cto: 'CTO',
  cfo: 'CFO',
  coo: 'COO',
  advisor: 'adviser',
  counselor: 'counsellor',
};

/** Core titles by their first word, longest first, so "party secretary" wins over "party …". */
const CORES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const title of CORE_TITLES) {
  const words = title.split(' ');
  const list = CORES_BY_FIRST_WORD.get(itemAt(words, 0)) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  CORES_BY_FIRST_WORD.set(itemAt(words, 0), list);
}

export interface TitleMatch {
  /** Index of the first token after the title. */
  next: number;
  start: number;
  end: number;
  /** The text's wording in lower case, spacing folded: the relationship's `title`. */
  wording: string;
  /** Spellings folded ("party chief" → "party secretary"): the source of the `role` slug. */
  canonical: string;
  membership: boolean;
}

/** "Vice-Chairman" → ["vice", "chairman"]: hyphenated modifiers are separate words here. */
function wordsOf(token: Token): string[] {
  const text = token.text.toLowerCase();
  const [first, ...rest] = text.split('-');
  if (first && MODIFIERS.includes(first) && rest.length > 0) return [first, rest.join('-')];
  return [text];
}

/** Lower case, hyphens after modifiers as spaces, synonyms folded: "Vice-Chairman" → "vice chairman". */
export function canonicalTitle(title: string): string {
  const words = title
    .trim()
    .split(/\s+/)
    .flatMap((word) => wordsOf({ text: word, start: 0, end: 0 }));
  const modifiers: string[] = [];
  while (words.length > 1 && MODIFIERS.includes(itemAt(words, 0)))
    modifiers.push(defined(words.shift()));
  const core = words.join(' ');
  return [...modifiers, CANONICAL_SPELLING[core] ?? core].join(' ');
}

/** A normalised office for filters: "vice chairman" → "vice-chairman". */
export const roleSlug = (canonical: string): string =>
  canonical
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The title starting at `tokens[index]`, if one does. */
export function readTitle(tokens: readonly Token[], index: number): TitleMatch | undefined {
  const words: { word: string; token: number }[] = [];
  for (let i = index; i < tokens.length && words.length < 8; i += 1) {
    for (const word of wordsOf(itemAt(tokens, i))) words.push({ word, token: i });
  }
  let at = 0;
  while (at < words.length && MODIFIERS.includes(itemAt(words, at).word)) at += 1;
  // A modifier may itself be the core ("deputy", "chief"): try with and without it.
  for (let modifierEnd = at; modifierEnd >= 0; modifierEnd -= 1) {
    const first = words[modifierEnd];
    if (!first) continue;
    for (const core of CORES_BY_FIRST_WORD.get(first.word) ?? []) {
      const slice = words.slice(modifierEnd, modifierEnd + core.length);
      if (slice.length !== core.length || slice.some((w, k) => w.word !== core[k])) continue;
      const lastToken = itemAt(slice, slice.length - 1).token;
      // A title ends at a token boundary: "vice-" alone is not a title.
      if (words[modifierEnd + core.length]?.token === lastToken) continue;
      const start = itemAt(tokens, index).start;
      const end = itemAt(tokens, lastToken).end;
      const coreText = core.join(' ');
      return {
        next: lastToken + 1,
        start,
        end,
        wording: tokens
          .slice(index, lastToken + 1)
          .map((token) =>
            /^\p{Lu}{2,}$/u.test(token.text) ? token.text : token.text.toLowerCase(),
          )
          .join(' '),
        canonical: canonicalTitle(
          [...words.slice(0, modifierEnd).map((w) => w.word), coreText].join(' '),
        ),
        membership: MEMBERSHIP_CORES.has(coreText),
      };
    }
  }
  return undefined;
}
