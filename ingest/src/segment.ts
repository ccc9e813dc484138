import type { Sentence } from './types';

/*
 * Sentences with their offsets. News pages pasted as text carry lines that are not sentences:
 * photo credits ("Ti Gon"), captions ("Symposium participants"), bylines and datelines. They are
 * kept as sentences marked `noise` so that offsets stay whole, and no stage takes names from them.
 */

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'jr',
  'sr',
  'co',
  'inc',
  'ltd',
  'corp',
  'gen',
  'gov',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
]);

const CLOSING = `"”’')\\]`;
const FINAL_PUNCTUATION = new RegExp(`[.!?…:;][${CLOSING}]*$`);
const BYLINE =
  /^(?:by|photo(?:s| by)?|source|editor|reporter|written by|translated by|credit|updated|published|posted)\b/i;
const DATELINE_ONLY =
  /^[\s\d:./,-]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\d:./,-]*)?$/i;
/**
 * "SHANGHAI, May 18 (Xinhua) -- ", "BEIJING (Reuters) - ": a place in capitals, a date and/or
 * the agency in brackets, then a dash, before the first sentence of a wire report. The place is
 * where it was filed and the agency who filed it: neither is a party to the news.
 */
const DATELINE_PREFIX =
  /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*\s*(?:,\s*\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:--|[—–-])\s+/u;

/**
 * A photo credit closing a caption line: "(Xinhua/Ma Liyuan)", "[Photo by Wu Jing / China Daily]",
 * "(Photo: IC)". Bracketed, and either says "photo" or joins an agency and a photographer with a
 * slash; the photographer is no party to the news.
 */
const TRAILING_CREDIT =
  /\s*[([](?:photos?\b[^()[\]\n]{0,80}|[^()[\]\n/]{1,40}\/[^()[\]\n]{1,40})[)\]]\s*$/iu;

/** Captions and credits are short; a line of more words without a full stop is a headline. */
const MAX_CAPTION_WORDS = 6;

function isNoiseLine(line: string): boolean {
  if (DATELINE_ONLY.test(line)) return true;
  const words = line.split(/\s+/).length;
  if (BYLINE.test(line) && words <= 12) return true;
  return !FINAL_PUNCTUATION.test(line) && words <= MAX_CAPTION_WORDS;
}

/** Offsets where a sentence inside one line ends: after . ! ? (and closing quotes) before a capital. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  const boundary = new RegExp(`[.!?…]+[${CLOSING}]*(?=\\s+[“"‘'(\\[]?[\\p{Lu}\\d])`, 'gu');
  for (const found of line.matchAll(boundary)) {
    const at = found.index ?? 0;
    const wordBefore = /([\p{L}]+)$/u.exec(line.slice(0, at))?.[1] ?? '';
    const isAbbreviation = found[0].startsWith('.') && ABBREVIATIONS.has(wordBefore.toLowerCase());
    const isInitial = found[0] === '.' && /^\p{Lu}$/u.test(wordBefore);
    if (!isAbbreviation && !isInitial) ends.push(at + found[0].length);
  }
  return ends;
}

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const found of text.matchAll(/[^\n\r]+/g)) {
    const raw = found[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (!line) continue;
    const lineStart = (found.index ?? 0) + lead;
    if (isNoiseLine(line)) {
      sentences.push({ start: lineStart, end: lineStart + line.length, noise: true });
      continue;
    }
    const credit = TRAILING_CREDIT.exec(line);
    const body = credit ? line.slice(0, credit.index) : line;
    const dateline = DATELINE_PREFIX.exec(body)?.[0] ?? '';
    if (dateline) {
      const start = lineStart;
      sentences.push({ start, end: start + dateline.trimEnd().length, noise: true });
    }
    let from = dateline.length;
    for (const end of [...sentenceEnds(body), body.length]) {
      if (end <= from) continue;
      const piece = body.slice(from, end);
      const pieceLead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) {
        const start = lineStart + from + pieceLead;
        sentences.push({ start, end: start + trimmed.length, noise: false });
      }
      from = end;
    }
    if (credit) {
      const creditLead = credit[0].length - credit[0].trimStart().length;
      sentences.push({
        start: lineStart + credit.index + creditLead,
        end: lineStart + line.length,
        noise: true,
      });
    }
  }
  return sentences;
}
