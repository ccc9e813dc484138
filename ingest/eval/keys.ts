import { nameKey } from '@guanxi/graph-schema';

/*
 * How a predicted item is recognised as a gold item. Deliberately simple and documented in
 * docs/ingest-quality.md: people by name, titles by wording, bodies by their content words,
 * events by shared key words with edition numbers kept apart.
 */

/** People (and places): the graph's own notion of "the same name". */
export const personKey = nameKey;

/** Titles: lower case, whitespace folded (nameKey also folds apostrophe style). */
export const titleKey = nameKey;

const STOPWORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'a', 'an', 'to', 'with']);

const words = (text: string): string[] =>
  nameKey(text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));

/** Bodies: the set of content words, order and case ignored ("Shanghai Overseas Returnees Association" = "Shanghai Association of Overseas Returnees"). */
export const bodyKey = (name: string): string => [...new Set(words(name))].sort().join(' ');

const WORD_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

export interface EventKey {
  /** Edition markers: ordinals ("13th", "sixth") as numbers, four-digit years as "y2024". */
  editions: Set<string>;
  /** Content words other than edition markers. */
  words: Set<string>;
}

/** "21st Century" is part of a name, not an edition; any other ordinal or a year is an edition. */
export const eventKey = (name: string): EventKey => {
  const all = words(name);
  const editions = new Set<string>();
  const rest = new Set<string>();
  all.forEach((word, index) => {
    const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(word);
    const wordOrdinal = WORD_ORDINALS.indexOf(word);
    if (ordinal && all[index + 1] !== 'century') editions.add(String(Number(ordinal[1])));
    else if (wordOrdinal >= 0) editions.add(String(wordOrdinal + 1));
    else if (/^(19|20)\d\d$/.test(word)) editions.add(`y${word}`);
    else rest.add(word);
  });
  return { editions, words: rest };
};

const overlap = (a: Set<string>, b: Set<string>): number => [...a].filter((w) => b.has(w)).length;

const sameSet = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && overlap(a, b) === a.size;

/**
 * Loose: for relationships. Editions must not contradict (13th vs 14th); at least half of the
 * smaller set of key words is shared ("the symposium" names the 14th symposium).
 */
export const eventsLooselyAlike = (a: EventKey, b: EventKey): boolean => {
  if (a.editions.size > 0 && b.editions.size > 0 && overlap(a.editions, b.editions) === 0) {
    return false;
  }
  const shared = overlap(a.words, b.words);
  return shared >= Math.max(1, Math.ceil(Math.min(a.words.size, b.words.size) / 2));
};

/**
 * Strict: for identity (is this candidate the gold event a match or a non-match is about?).
 * The same editions (none on both sides counts as the same) and at least half of all key words
 * shared, so an edition is never taken for its series.
 */
export const eventsStrictlyAlike = (a: EventKey, b: EventKey): boolean => {
  if (!sameSet(a.editions, b.editions)) return false;
  const union = new Set([...a.words, ...b.words]).size;
  return union > 0 && overlap(a.words, b.words) / union >= 0.5;
};
