/** A word or a punctuation mark of the text, with its UTF-16 offsets (half-open). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/*
 * Words keep their inner hyphens and apostrophes ("vice-president", "People’s", "Pei-gang") so
 * that names and titles stay whole; every other non-space character is a token of its own.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const found of slice.matchAll(TOKEN)) {
    const at = start + (found.index ?? 0);
    tokens.push({ text: found[0], start: at, end: at + found[0].length });
  }
  return tokens;
}

/** Starts with a capital letter or a digit: "Shanghai", "CPC", "12th". */
export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && /^[\p{Lu}\p{N}]/u.test(token.text);

export const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/** "12th", "1st", "23rd", "2nd": an ordinal in figures. */
export const ORDINAL_FIGURE = /^(\d+)(?:st|nd|rd|th)$/i;

const ORDINAL_WORDS = [
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

/** The number an ordinal word or figure stands for ("13th", "Fifth"), if it is one. */
export function ordinalValue(word: string): number | undefined {
  const figure = ORDINAL_FIGURE.exec(word);
  if (figure) return Number(figure[1]);
  const index = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : undefined;
}
