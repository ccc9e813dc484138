import { API_LIMITS, searchFormsOf } from '@guanxi/graph-schema';

/**
 * Turns whatever a person types into a safe, typo-tolerant Lucene query for the name index.
 * User text never reaches Lucene's parser unescaped: every special character is escaped and
 * the words AND/OR/NOT are lower-cased so they stay words.
 */

/** Lucene's classic query syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Long enough for any real name; longer input is cut here, never sent whole to Lucene. */
const { maxChars, maxTerms } = API_LIMITS.search;

export const escapeLucene = (text: string): string => text.replace(LUCENE_SPECIAL, '\\$&');

/** Words as the person wrote them, without punctuation that carries no meaning for names. */
export function searchWords(text: string): string[] {
  return text
    .slice(0, maxChars)
    .normalize('NFKC')
    .split(/[\s,;]+/u)
    .map((word) => word.trim())
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, maxTerms);
}

/** Edits a fuzzy term may differ by: none for short words (they would match everything). */
const fuzziness = (word: string): number => (word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2);

/**
 * The exact phrase (boosted most), each word exactly (boosted), each word fuzzily, and the
 * last word as a prefix so results appear while someone is still typing. Returns undefined
 * when nothing searchable remains.
 */
export function buildNameQuery(text: string): string | undefined {
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  const lower = words.map((word) => escapeLucene(word.toLowerCase()));
  const clauses = [`"${escapeLucene(words.join(' '))}"^8`];
  lower.forEach((word, index) => {
    clauses.push(`${word}^2`);
    const edits = fuzziness(words[index] ?? '');
    if (edits > 0) clauses.push(`${word}~${edits}`);
  });
  const last = lower.at(-1);
  if (last) clauses.push(`${last}*`);
  return clauses.join(' OR ');
}

/**
 * The typed words as `buildNameQuery` asks for them, and each other form search keys are stored
 * in (pinyin of Chinese characters, accents dropped, hyphens and spaces joined) as a boosted
 * phrase; a joined form also as a prefix, for "peig" on the way to "peigang".
 */
export function buildSearchQuery(text: string): string | undefined {
  const typedQuery = buildNameQuery(text);
  if (!typedQuery) return undefined;
  const typed = searchWords(text).join(' ');
  const clauses = searchFormsOf(typed)
    .filter((form) => form !== typed.toLowerCase())
    .flatMap((form) => {
      const phrase = `"${escapeLucene(form)}"^8`;
      return form.includes(' ') ? [phrase] : [phrase, `${escapeLucene(form)}*`];
    });
  return [typedQuery, ...clauses].join(' OR ');
}
