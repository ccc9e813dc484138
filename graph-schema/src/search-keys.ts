import { CHINESE_BODY_ABBREVIATIONS } from './chinese-body-abbreviations';
import type { EntityKind } from './entity-kinds';
import { nameKey } from './normalised-text';
import { transliterate } from './transliteration';

/*
 * How search finds an entity: every name and alias is stored in the forms a reader may type, and
 * what they type is normalised the same way. Both sides go through this module, so a key written
 * by any write path and a query typed in the explorer always agree.
 */

/** What a search key is derived from: the entity's kind and every name it goes by. */
export interface SearchableNames {
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  /** Absent in records written before curators could add names. */
  curatorAliases?: readonly string[];
}

const APOSTROPHES = /['’‘ʼ`]/g;

/**
 * A name as search compares it: accents dropped, Chinese characters as toneless pinyin, lower
 * case, apostrophes gone, every other separator (hyphens too) one space. "Pei-gang" → "pei gang",
 * "裴钢" → "pei gang", "People’s" → "peoples".
 */
export const foldForSearch = (text: string): string =>
  transliterate(text)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const joinWords = (folded: string): string => folded.replace(/ /g, '');

/** Words that abbreviations skip: "Chinese Academy of Sciences" is CAS. */
const ABBREVIATION_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

/** Fewer initials than this say too little: two letters match half the graph. */
const MIN_INITIALS = 3;

/**
 * The initials of a multi-word name, as an abbreviation ("Chinese People’s Political Consultative
 * Conference" → "cppcc"); a word already in capitals counts whole ("CPC Shanghai Committee" →
 * "cpcsc"), a word starting with a digit or in another script not at all. Undefined when fewer
 * than three letters.
 */
export function initialsOf(name: string): string | undefined {
  const words = name
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (word) => /^\p{Script=Latin}/u.test(word) && !ABBREVIATION_SKIPS.has(word.toLowerCase()),
    );
  if (words.length < 2) return undefined;
  const initials = foldForSearch(
    words.map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.slice(0, 1))).join(''),
  );
  return initials.length >= MIN_INITIALS ? initials : undefined;
}

const CURATED_ABBREVIATIONS: readonly (readonly [string, string])[] = Object.entries(
  CHINESE_BODY_ABBREVIATIONS,
).map(([name, abbreviation]) => [foldForSearch(name), abbreviation.toLowerCase()]);

/**
 * The name with every body of the curated table written as its abbreviation: "Chinese Academy of
 * Sciences" → "cas", "12th National Committee of the Chinese People’s Political Consultative
 * Conference" → "12th national committee of the cppcc".
 */
function withCuratedAbbreviations(folded: string): string | undefined {
  let abbreviated = ` ${folded} `;
  for (const [name, abbreviation] of CURATED_ABBREVIATIONS) {
    abbreviated = abbreviated.replaceAll(` ${name} `, ` ${abbreviation} `);
  }
  abbreviated = abbreviated.trim();
  return abbreviated === folded ? undefined : abbreviated;
}

/** "Pei Gang" → "gang pei": people are also written given name first. */
function givenNameFirst(folded: string): string | undefined {
  const words = folded.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  return [...words.slice(1), words[0]].join(' ');
}

/** Forms of one name: as written (lower case), folded, and folded without spaces. */
function writtenForms(name: string): string[] {
  const folded = foldForSearch(name);
  return [nameKey(name), folded, joinWords(folded)];
}

function keysOfName(kind: EntityKind, name: string): string[] {
  const folded = foldForSearch(name);
  const keys = writtenForms(name);
  if (kind === 'PERSON') {
    const reversed = givenNameFirst(folded);
    if (reversed) keys.push(reversed, joinWords(reversed));
  }
  if (kind === 'INSTITUTION') {
    keys.push(withCuratedAbbreviations(folded) ?? '', initialsOf(name) ?? '');
  }
  return keys;
}

/**
 * Every form an entity is found by, from its name, its aliases and the names a curator added:
 * each as written, folded (pinyin for Chinese characters) and joined ("peigang"); people also
 * given name first; institutions also by the curated abbreviation and by their initials. Stored
 * on the node as `searchKeys` and full-text indexed; never edited by hand.
 */
export function searchKeysOf(entity: SearchableNames): string[] {
  const names = [entity.name, ...entity.aliases, ...(entity.curatorAliases ?? [])];
  const keys = names.flatMap((name) => keysOfName(entity.kind, name));
  return [...new Set(keys.filter((key) => key.length > 0))];
}

/**
 * The forms a typed text is looked for under, matching `searchKeysOf`: as typed (lower case),
 * folded, joined, and with each hyphenated word joined ("Li Ru-xin" → "li ruxin").
 */
export function searchFormsOf(text: string): string[] {
  const hyphenJoined = foldForSearch(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ''));
  const forms = [...writtenForms(text), hyphenJoined];
  return [...new Set(forms.filter((form) => form.length > 0))];
}
