import { nameKey } from '@guanxi/graph-schema';
import { itemAt } from '../text/checked';
import { CURATED_BODIES } from '../lexicon/curated-aliases';
import { PhraseIndex } from '../text/phrase-index';
import { tokenize } from '../text/tokens';

/*
 * One key for the ways a text names one body: word order, case, stop words, plurals,
 * "Chinese"/"China" and curated abbreviations do not matter ("the CPC Shanghai Committee" and
 * "the Shanghai Committee of the Communist Party of China" share a key). Everything that tells
 * bodies apart stays: places ("Pudong" is not "Shanghai"), ordinals ("12th" is not "13th").
 */

const STOP_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  '&',
  'municipal',
  'at',
]);
const SPELLINGS: Readonly<Record<string, string>> = { chinese: 'china', centre: 'center' };

/** Curated names and abbreviations, each replaced by its body's first name. */
const CURATED = new PhraseIndex<string>(true);
for (const body of CURATED_BODIES) {
  for (const name of [...body.abbreviations, ...body.names])
    CURATED.add(name, itemAt(body.names, 0));
}

function expandCurated(name: string): string {
  const tokens = tokenize(name);
  const hits = CURATED.findAll(tokens);
  if (hits.length === 0) return name;
  const words: string[] = [];
  let at = 0;
  for (const hit of hits) {
    words.push(...tokens.slice(at, hit.from).map((t) => t.text), hit.value);
    at = hit.to;
  }
  words.push(...tokens.slice(at).map((t) => t.text));
  return words.join(' ');
}

const stem = (word: string): string => {
  const spelled = SPELLINGS[word] ?? word.replace(/['’]s$/, '');
  return spelled.length > 4 && spelled.endsWith('s') && !spelled.endsWith('ss')
    ? spelled.slice(0, -1)
    : spelled;
};

export function organisationKey(name: string): string {
  const words = nameKey(expandCurated(name.replace(/^the\s+/i, '')))
    .replace(/\bzhi gong\b/g, 'zhigong')
    .replace(/\bjiu san\b/g, 'jiusan')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stem);
  return words.sort().join(' ');
}

/** The curated body a name or abbreviation belongs to, as an index into CURATED_BODIES. */
export const curatedBodyOf = (name: string): number | undefined =>
  CURATED_BODY_OF_KEY.get(organisationKey(name));

const CURATED_BODY_OF_KEY = new Map(
  CURATED_BODIES.flatMap((body, index) =>
    [...body.names, ...body.abbreviations].map((name) => [organisationKey(name), index] as const),
  ),
);
